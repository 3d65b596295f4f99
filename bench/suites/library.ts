/**
 * The library's speed: search over 10,000 notices (target under 20 ms median), saving a revision of the sample
 * (under 5 ms), listing the 50 latest notices (under 10 ms). The 10,000 notices are built in a temporary folder
 * from the Lai Châu sample: different months, subsets of its sections, an extra paragraph of their own.
 */
import { parseStoredNotice } from '../../shared/notice/migrate';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NoticeRecord } from '../../shared/api';
import { type Notice } from '../../shared/notice/schema';
import { openLibrary, type Library } from '../../electron/services/library/open';
import { formatMs, summarise } from '../measure';

const NOTICES = 10_000;
const SAMPLE = fileURLToPath(new URL('../../resources/samples/lai-chau-2020-09.notice.json', import.meta.url));
const WORDS = ['thủy lợi', 'chăn nuôi', 'du lịch', 'biên giới', 'cao su', 'mắc ca', 'quế', 'thảo quả', 'đường tỉnh', 'sạt lở', 'trường học', 'trạm y tế'];

/** A deterministic pseudo-random sequence, so every run builds the same library. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function variant(sample: Notice, i: number, next: () => number): Notice {
  const year = 2016 + Math.floor(i / 1000);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const body = sample.body.filter(() => next() < 0.3 + next() * 0.7);
  const words = Array.from({ length: 6 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(', ');
  return {
    ...sample,
    summary: `Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh tháng ${month} năm ${year} (${i})`,
    meeting: { ...sample.meeting, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` },
    templateId: i % 4 === 0 ? 'working-session' : 'monthly-session',
    body: [...body, { id: `extra-${i}`, type: 'paragraph', text: [{ text: `Các nội dung khác: ${words}; mã tham chiếu TC${i}.` }] }],
  };
}

interface Timing {
  wall: number[];
  /** CPU time of this process: on a machine busy with other work, closer to what the code itself costs. */
  cpu: number[];
}

function time(runs: number, work: (i: number) => unknown): Timing {
  const timing: Timing = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    work(i);
    timing.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    timing.cpu.push((used.user + used.system) / 1000);
  }
  return timing;
}

const report = (timing: Timing) => `${formatMs(summarise(timing.wall).median)} (CPU ${formatMs(summarise(timing.cpu).median)})`;

export function build(library: Library, sample: Notice, count = NOTICES): void {
  const next = random(30_09_2020);
  const started = performance.now();
  // Batches of 500 in one transaction each (the API's own transactions nest as savepoints): building, not measured.
  for (let start = 0; start < count; start += 500) {
    library.db.transaction(() => {
      for (let i = start; i < Math.min(count, start + 500); i++) {
        const record = library.api.createFromNotice({ notice: variant(sample, i, next) }) as NoticeRecord;
        if (i % 3 === 0) library.api.issueNotice({ id: record.id, date: record.meetingDate });
      }
    })();
  }
  const size = fs.statSync(path.join(library.dataDir, 'thongbao.db')).size + fs.statSync(path.join(library.dataDir, 'thongbao.db-wal')).size;
  console.log(`built ${count} notices in ${((performance.now() - started) / 1000).toFixed(1)} s (${(size / 2 ** 20).toFixed(0)} MB)`);
}

export default async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thongbao-bench-'));
  const sample = parseStoredNotice(JSON.parse(fs.readFileSync(SAMPLE, 'utf8')));
  const library = openLibrary({ dataDir: path.join(dir, 'data') });
  try {
    build(library, sample);
    library.db.pragma('wal_checkpoint(TRUNCATE)');

    const queries: [string, Record<string, unknown>][] = [
      ['so y te', {}],
      ['dau tu cong', {}],
      ['phien hop thang 9', {}],
      ['Sở Nông nghiệp và PTNT', {}],
      ['thao qua sat lo', {}],
      ['TC4242', {}],
      ['giai ngan', { status: 'issued' }],
      ['nong thon moi', { from: '2019-01-01', to: '2019-12-31' }],
      ['phong chong dich', { agencyId: 'so-y-te' }],
    ];
    const all: Timing = { wall: [], cpu: [] };
    const load = os.loadavg()[0]?.toFixed(1);
    console.log(`(wall-clock medians, with this process's CPU time beside them; load average ${load} on ${os.cpus().length} CPUs)`);
    console.log('search over 10,000 notices, 50 results with snippets (median of 15 runs; target < 20 ms):');
    for (const [query, filters] of queries) {
      let count = 0;
      const timing = time(15, () => {
        count = (library.api.searchNotices({ query, limit: 50, ...filters }) as { results: unknown[] }).results.length;
      });
      all.wall.push(...timing.wall);
      all.cpu.push(...timing.cpu);
      console.log(`  ${JSON.stringify(query)}${Object.keys(filters).length ? ` ${JSON.stringify(filters)}` : ''}: ${report(timing)}, ${count} shown`);
    }
    console.log(`  all queries: median ${report(all)}`);

    const record = library.api.createFromNotice({ notice: sample }) as NoticeRecord;
    let base = record.revisionId;
    const save = (reason: 'manual' | 'autosave') => (i: number) => {
      const notice = { ...sample, summary: `${sample.summary} (${reason} ${i})` };
      base = (library.api.saveNotice({ id: record.id, notice, reason, baseRevisionId: base, writerId: 'bench' }) as { revisionId: number }).revisionId;
    };
    console.log('saving a revision of the sample (median of 100; target < 5 ms):');
    console.log(`  manual save (synchronous=FULL, fsync at commit): ${report(time(100, save('manual')))}`);
    console.log(`  autosave (synchronous=NORMAL): ${report(time(100, save('autosave')))}`);

    const list = time(50, () => library.api.listNotices({ trashed: false, limit: 50, offset: 0 }));
    console.log(`listing the 50 latest notices (median of 50; target < 10 ms): ${report(list)}`);
  } finally {
    library.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
