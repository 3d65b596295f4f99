/** The outgoing register: the next number per code and year, atomically, never twice; issued notices are read-only. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { Notice } from '../../shared/notice/schema';
import { openLibrary } from '../../electron/services/library/open';
import { startWorker } from '../storage/spawn-worker';
import { call, openTestLibrary, sampleNotice, tempDir, testClock } from './helpers';

const withCode = (code: string): Notice => ({ ...sampleNotice(), code });

describe('issuing', () => {
  it('numbers 01, 02 … per code and per year, restarting each year', async () => {
    const library = openTestLibrary();
    const issue = async (code: string, date: string) => {
      const { id } = await call(library, 'createFromNotice', { notice: withCode(code) });
      const issued = await call(library, 'issueNotice', { id, date });
      return [issued.number, issued.notice.number, issued.notice.date, issued.status];
    };
    expect(await issue('TB-VP', '2020-10-05')).toEqual([1, 1, '2020-10-05', 'issued']);
    expect(await issue('TB-VP', '2020-10-06')).toEqual([2, 2, '2020-10-06', 'issued']);
    expect(await issue('TB-UBND', '2020-10-06')).toEqual([1, 1, '2020-10-06', 'issued']);
    // The code as printed: case and spaces do not start another series.
    expect(await issue('tb-vp', '2020-12-31')).toEqual([3, 3, '2020-12-31', 'issued']);
    expect(await issue('TB-VP', '2021-01-04')).toEqual([1, 1, '2021-01-04', 'issued']);
    expect(await issue('TB-UBND', '2021-01-05')).toEqual([1, 1, '2021-01-05', 'issued']);
    expect(await issue('TB-VP', '2021-01-05')).toEqual([2, 2, '2021-01-05', 'issued']);
  });

  it('takes today (on the app clock) when no date is given, and records an "issue" revision', async () => {
    const clock = testClock('2026-03-15T03:00:00.000Z');
    const library = openTestLibrary({ now: clock.now });
    const { id } = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const issued = await call(library, 'issueNotice', { id });
    const local = clock.now();
    const today = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    expect(issued.issueDate).toBe(today);
    expect(issued.number).toBe(1);
    const { revisions } = await call(library, 'listRevisions', { id });
    expect(revisions[0]).toMatchObject({ reason: 'issue', id: issued.revisionId });
  });

  it('an issued notice is read-only; a correction is a new draft', async () => {
    const library = openTestLibrary();
    const draft = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const issued = await call(library, 'issueNotice', { id: draft.id, date: '2020-10-05' });

    const save = call(library, 'saveNotice', {
      id: draft.id,
      notice: { ...issued.notice, summary: 'Sửa sau khi ban hành' },
      reason: 'manual',
      baseRevisionId: issued.revisionId,
    });
    await expect(save).rejects.toBeInstanceOf(ApiError);
    await expect(save).rejects.toMatchObject({ code: 'read-only', message: expect.stringContaining('đã ban hành') });
    await expect(call(library, 'restoreRevision', { id: draft.id, revisionId: draft.revisionId })).rejects.toMatchObject({ code: 'read-only' });
    await expect(call(library, 'issueNotice', { id: draft.id })).rejects.toMatchObject({ code: 'conflict' });
    expect((await call(library, 'getNotice', { id: draft.id })).notice).toEqual(issued.notice);

    // Kept in the register for good: it may go to the trash, not away.
    await call(library, 'trashNotice', { id: draft.id });
    await expect(call(library, 'deleteForever', { id: draft.id })).rejects.toMatchObject({ code: 'read-only' });

    const correction = await call(library, 'duplicateNotice', { id: draft.id });
    await call(library, 'saveNotice', { id: correction.id, notice: { ...correction.notice, summary: 'Đính chính' }, reason: 'manual', baseRevisionId: correction.revisionId });
    expect((await call(library, 'issueNotice', { id: correction.id, date: '2020-10-06' })).number).toBe(2);
  });

  it('refuses to issue while copied text is still to review', async () => {
    const library = openTestLibrary();
    const september = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const october = await call(library, 'createFromPrevious', { sourceId: september.id });
    await expect(call(library, 'issueNotice', { id: october.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('rà soát'),
    });
    expect((await call(library, 'getNotice', { id: october.id })).status).toBe('draft');
    // Reviewed: marks removed, then it can be issued.
    const reviewed = structuredClone(october.notice);
    reviewed.summaryToReview = undefined;
    for (const block of reviewed.body) {
      block.toReview = undefined;
      if (block.type === 'task') block.subItems.forEach((item) => (item.toReview = undefined));
    }
    await call(library, 'saveNotice', { id: october.id, notice: reviewed, reason: 'manual', baseRevisionId: october.revisionId });
    expect((await call(library, 'issueNotice', { id: october.id, date: '2020-11-02' })).number).toBe(1);
  });

  it('never gives a number twice, with two processes issuing at once', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const library = openLibrary({ dataDir });
    const batches: string[][] = [[], []];
    for (let i = 0; i < 30; i++) batches[i % 2]!.push((await call(library, 'createFromNotice', { notice: sampleNotice() })).id);
    library.close();

    const workers = batches.map((ids) => startWorker(['issue', dataDir, '2020-10-05', ...ids]));
    await Promise.all(workers.map((w) => w.waitFor((line) => line === 'ready')));
    workers.forEach((w) => w.child.stdin.write('go\n'));
    const results = await Promise.all(workers.map((w) => w.exited));
    for (const [i, result] of results.entries()) expect(result, workers[i]!.stderr()).toEqual({ code: 0, signal: null });

    const numbers = workers.flatMap((w) => w.lines.filter((l) => l.includes(' ')).map((l) => Number(l.split(' ')[1])));
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const again = openTestLibrary({ dataDir });
    const rows = again.db.prepare('SELECT number, notice_id FROM register_entries WHERE code = ? AND year = 2020 ORDER BY number').all('TB-VP') as {
      number: number;
      notice_id: string;
    }[];
    expect(rows.map((r) => r.number)).toEqual(numbers);
    expect(new Set(rows.map((r) => r.notice_id)).size).toBe(30);
  });
});
