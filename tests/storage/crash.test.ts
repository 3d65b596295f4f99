/**
 * Crash safety: a separate process saves revisions in a loop and reports each one after its commit; it is killed
 * with SIGKILL at random moments, 20 times. After every kill the database must pass a full integrity check and
 * hold every revision the process reported, with the content it reported.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/services/library/open';
import { databasePath } from '../../electron/services/storage/database';
import { call, sampleNotice, tempDir } from '../library/helpers';
import { startWorker } from './spawn-worker';

const KILLS = 20;

describe('crash safety', () => {
  it(`keeps every reported revision through ${KILLS} kills at random moments`, async () => {
    const dataDir = path.join(tempDir(), 'data');
    const library = openLibrary({ dataDir });
    const { id } = await call(library, 'createFromNotice', { notice: sampleNotice() });
    library.close();

    let totalReported = 0;
    let killedMidRun = 0;
    for (let round = 0; round < KILLS; round++) {
      const worker = startWorker(['save', dataDir, id]);
      await worker.waitFor((line) => line === 'ready');
      // Some rounds die right away, most after a few dozen commits, at no particular point of a transaction.
      await sleep(Math.floor(Math.random() * 400));
      worker.child.kill('SIGKILL');
      const exit = await worker.exited;
      expect(exit.signal, worker.stderr()).toBe('SIGKILL');

      const reported = worker.lines
        .filter((line) => /^\d+ \d+$/.test(line))
        .map((line) => line.split(' ').map(Number) as [number, number]);
      if (reported.length > 0) killedMidRun++;
      totalReported += reported.length;

      // The raw file first, as SQLite sees it after the crash…
      const db = new Database(databasePath(dataDir));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const read = db.prepare('SELECT notice_id, reason, notice_json FROM revisions WHERE id = ?');
      for (const [revisionId, counter] of reported) {
        const row = read.get(revisionId) as { notice_id: string; reason: string; notice_json: string } | undefined;
        expect(row, `revision ${revisionId} reported in round ${round}`).toBeDefined();
        expect(row!.notice_id).toBe(id);
        expect(row!.reason).toBe('manual');
        expect(JSON.parse(row!.notice_json).summary).toBe(`Lần lưu ${counter}`);
      }
      const last = reported.at(-1);
      if (last) {
        const current = db.prepare('SELECT revision_id FROM notices WHERE id = ?').get(id) as { revision_id: number };
        expect(current.revision_id).toBeGreaterThanOrEqual(last[0]);
      }
      db.close();
    }
    // …and the app opens it afterwards, with the notice searchable.
    const after = openLibrary({ dataDir });
    expect((await call(after, 'searchNotices', { query: 'lan luu' })).results.map((r) => r.id)).toEqual([id]);
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();

    expect(killedMidRun).toBeGreaterThan(KILLS / 2);
    expect(totalReported).toBeGreaterThan(KILLS);
  }, 300_000);
});
