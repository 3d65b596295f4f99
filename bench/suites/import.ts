/**
 * Import parsing speed on long inputs: parseNoticeText on the sample notice's text with its body repeated to 20,000
 * and 100,000 paragraphs (tasks with agencies and deadlines, dash items, headings). Target: 100k paragraphs under
 * 5 s (it was quadratic: 106 s). Peak memory is the process's maximum resident set size after the run; CPU time is
 * printed beside wall time because several processes share this machine.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { AgencyDirectorySchema } from '../../shared/agencies/schema';
import { parseNoticeText } from '../../shared/import/parse-notice-text';
import { formatMs } from '../measure';

const root = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

function longNotice(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; body.length < paragraphs; i++) {
    if (i % 50 === 0) body.push(`${'I'.repeat(1 + ((i / 50) % 3))}. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NHÓM ${i / 50 + 1}`);
    body.push(`${(i % 50) + 1}. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, báo cáo UBND tỉnh trước ngày 15/10/2020.`);
    body.push('- Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ được giao tổ chức thực hiện.');
  }
  return [
    'UBND TỈNH LAI CHÂU',
    'VĂN PHÒNG',
    'Số: 27/TB-VP',
    'Lai Châu, ngày 05 tháng 10 năm 2020',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh tháng 9 năm 2020',
    ...body.slice(0, paragraphs),
    'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
  ].join('\n');
}

export default async function run(): Promise<void> {
  const seed = JSON.parse(readFileSync(root('resources/agencies/lai-chau.json'), 'utf8')) as unknown;
  const directory = AgencyDirectorySchema.parse(seed).agencies;
  for (const paragraphs of (process.env.BENCH_IMPORT_SIZES ?? "20000,100000").split(",").map(Number)) {
    const text = longNotice(paragraphs);
    const start = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = parseNoticeText(text, { directory });
    const elapsed = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(
      `parseNoticeText, ${paragraphs.toLocaleString('en')} paragraphs (${(text.length / 1e6).toFixed(1)} M chars)`.padEnd(58) +
        ` ${formatMs(elapsed).padStart(10)}  CPU ${formatMs((cpu.user + cpu.system) / 1000)}  peak RSS ${peak.toFixed(0)} MB  ${result.report.tasks.length} tasks  (target 100k < 5 s)`,
    );
  }
}
