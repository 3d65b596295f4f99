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
import { longNoticeText } from '../../tests/import/long-notice';
import { formatMs } from '../measure';

const root = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export default async function run(): Promise<void> {
  const seed = JSON.parse(readFileSync(root('resources/agencies/lai-chau.json'), 'utf8')) as unknown;
  const directory = AgencyDirectorySchema.parse(seed).agencies;
  for (const paragraphs of (process.env.BENCH_IMPORT_SIZES ?? "20000,100000").split(",").map(Number)) {
    const text = longNoticeText(paragraphs, { sections: true });
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
