/**
 * A year of daily editing in a real library: 250 working days, 2 new notices a day, each edited for an hour with an
 * autosave every 15 s, a review copy sent half-way, a manual version at the end, then issued. The app is opened
 * each morning (which thins old autosaves: electron/services/storage/thinning.ts). Prints the database size at the
 * end (target: under 200 MB) and checks that no manual version, issue or review copy was lost.
 * `BENCH_YEAR_DAYS=20 npm run bench -- storage-year` runs a shorter simulation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { NoticeSchema, type Notice } from '../../shared/notice/schema';
import { openLibrary } from '../../electron/services/library/open';

const SAMPLE = fileURLToPath(new URL('../../resources/samples/lai-chau-2020-09.notice.json', import.meta.url));
const DAYS = Number(process.env.BENCH_YEAR_DAYS ?? 250);
const NOTICES_PER_DAY = 2;
const SAVE_EVERY_MS = 15_000;
const SAVES_PER_SITTING = 240;

function fileSize(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

/** Working days from Monday 5 January 2026, two sittings each (08:00 and 14:00 Vietnam time). */
function dayStart(day: number): number {
  const week = Math.floor(day / 5);
  return Date.parse('2026-01-05T01:00:00.000Z') + (week * 7 + (day % 5)) * 86_400_000;
}

/** The notice as typed so far: the first paragraph grows by a few words per save. */
function edited(sample: Notice, label: string, save: number): Notice {
  const [first, ...rest] = sample.body;
  const grown = first?.type === 'paragraph' ? [{ ...first, text: [...first.text, { text: ` Bổ sung lần ${save}.` }] }, ...rest] : sample.body;
  return { ...sample, summary: `${sample.summary} (${label})`, body: grown };
}

export default async function storageYear(): Promise<void> {
  const sample = NoticeSchema.parse(JSON.parse(fs.readFileSync(SAMPLE, 'utf8')));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thongbao-bench-year-'));
  let time = dayStart(0);
  const now = () => new Date(time);
  const expected = { manual: 0, issue: 0, reviewCopies: 0 };
  const started = performance.now();
  let saves = 0;
  try {
    for (let day = 0; day < DAYS; day += 1) {
      time = dayStart(day);
      const library = openLibrary({ dataDir, now });
      try {
        for (let n = 0; n < NOTICES_PER_DAY; n += 1) {
          time = dayStart(day) + n * 6 * 3_600_000;
          const label = `ngày ${day + 1}, thông báo ${n + 1}`;
          const created = await library.api.createFromNotice({ notice: edited(sample, label, 0) });
          // One editor session per sitting, as the editor's autosave names itself: its autosaves merge.
          const writerId = `bench-${day}-${n}`;
          let base = created.revisionId;
          for (let save = 1; save <= SAVES_PER_SITTING; save += 1) {
            time += SAVE_EVERY_MS;
            base = (await library.api.saveNotice({ id: created.id, notice: edited(sample, label, save), reason: 'autosave', baseRevisionId: base, writerId })).revisionId;
            saves += 1;
            if (save === SAVES_PER_SITTING / 2) {
              await library.api.exportReviewCopy({ id: created.id, sentTo: 'Lãnh đạo Văn phòng', format: 'docx' });
              expected.reviewCopies += 1;
            }
          }
          time += SAVE_EVERY_MS;
          await library.api.saveNotice({ id: created.id, notice: edited(sample, label, SAVES_PER_SITTING + 1), reason: 'manual', baseRevisionId: base, writerId });
          expected.manual += 1;
          time += SAVE_EVERY_MS;
          await library.api.issueNotice({ id: created.id, acceptance: { reason: 'Mô phỏng một năm' } });
          expected.issue += 1;
        }
      } finally {
        library.close();
      }
      if ((day + 1) % 50 === 0) console.log(`  day ${day + 1}: ${(fileSize(path.join(dataDir, 'thongbao.db')) / 1e6).toFixed(1)} MB`);
    }
    // The next morning's opening, then a checkpoint so the WAL is folded into the file that is measured.
    time = dayStart(DAYS);
    const library = openLibrary({ dataDir, now });
    const count = (sql: string) => (library.db.prepare(sql).get() as { n: number }).n;
    const kept = {
      manual: count("SELECT COUNT(*) AS n FROM revisions WHERE reason = 'manual' AND id NOT IN (SELECT revision_id FROM review_copies)"),
      issue: count("SELECT COUNT(*) AS n FROM revisions WHERE reason = 'issue'"),
      reviewCopies: count('SELECT COUNT(*) AS n FROM review_copies r JOIN revisions v ON v.id = r.revision_id'),
    };
    const revisions = count('SELECT COUNT(*) AS n FROM revisions');
    const autosaves = count("SELECT COUNT(*) AS n FROM revisions WHERE reason = 'autosave'");
    const averageJson = count('SELECT CAST(AVG(LENGTH(notice_json)) AS INTEGER) AS n FROM revisions');
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    library.close();
    const bytes = fileSize(path.join(dataDir, 'thongbao.db')) + fileSize(path.join(dataDir, 'thongbao.db-wal'));
    console.log(`${DAYS} days × ${NOTICES_PER_DAY} notices × ${SAVES_PER_SITTING} autosaves (${saves} saves) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    console.log(`database size after the simulated year: ${(bytes / 1e6).toFixed(1)} MB (target under 200 MB)`);
    console.log(`revisions kept: ${revisions} (${autosaves} autosaves); without thinning about ${((saves * averageJson) / 1e6).toFixed(0)} MB of revisions`);
    const lost = (Object.keys(expected) as (keyof typeof expected)[]).filter((key) => kept[key] < expected[key]);
    console.log(
      `kept: ${kept.manual}/${expected.manual} manual versions, ${kept.issue}/${expected.issue} issues, ${kept.reviewCopies}/${expected.reviewCopies} review copies` +
        (lost.length > 0 ? ` — LOST: ${lost.join(', ')}` : ''),
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
