/**
 * Thinning old autosaves on a small simulation in a real database: days of sittings (autosaves every 15 s, a manual
 * version, a review copy, a comment, a restore, an issue), then the library reopened days later. Every revision
 * that is not an autosave survives, so do the ones a review copy shows, a comment concerns or a restore came from,
 * the newest and the current; each old sitting keeps its last autosave; recent sittings are untouched; the
 * history's entries (the revision each stands for) are the same before and after.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RevisionSummary } from '../../shared/api';
import { historyEntries } from '../../shared/compare/history';
import { THIN_AUTOSAVES_AFTER_DAYS } from '../../electron/services/storage/thinning';
import { call, openTestLibrary, sampleNotice, tempDir, testClock } from '../library/helpers';

const DAY = 86_400_000;

function revisionIds(library: ReturnType<typeof openTestLibrary>): { id: number; reason: string }[] {
  return library.db.prepare('SELECT id, reason FROM revisions ORDER BY id').all() as { id: number; reason: string }[];
}

describe('thinning old autosaves', () => {
  it('keeps every manual version, issue, restore, review copy, commented and newest revision, and the last autosave of each sitting', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const clock = testClock('2026-06-01T01:00:00.000Z');
    let library = openTestLibrary({ dataDir, now: clock.now });
    const sample = sampleNotice();
    const kept = new Set<number>();
    const notices: string[] = [];

    for (let day = 0; day < 4; day += 1) {
      clock.set(new Date(Date.parse('2026-06-01T01:00:00.000Z') + day * DAY).toISOString());
      const created = await call(library, 'createFromNotice', { notice: { ...sample, summary: `Thông báo ngày ${day}` } });
      notices.push(created.id);
      kept.add(created.revisionId);
      let last = created.revisionId;
      for (let save = 0; save < 20; save += 1) {
        clock.advance(15_000);
        const saved = await call(library, 'saveNotice', {
          id: created.id,
          notice: { ...sample, summary: `Thông báo ngày ${day}, lần lưu ${save}` },
          reason: 'autosave',
          baseRevisionId: last,
        });
        last = saved.revisionId;
        if (save === 5) {
          // A review copy and a comment on states that are autosaves in the middle of the sitting.
          const copy = await call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Lãnh đạo Văn phòng', format: 'docx' });
          kept.add(copy.revisionId);
        }
        if (save === 8) {
          await call(library, 'addRevisionComment', { id: created.id, revisionId: saved.revisionId, text: 'Ý kiến về bản này.' });
          kept.add(saved.revisionId);
        }
      }
      kept.add(last);
      clock.advance(15_000);
      const manual = await call(library, 'saveNotice', {
        id: created.id,
        notice: { ...sample, summary: `Bản lưu ngày ${day}` },
        reason: 'manual',
        baseRevisionId: last,
      });
      kept.add(manual.revisionId);
      if (day === 1) {
        // A restore of an autosave of the same day: the autosave it came from is kept.
        const { revisions } = await call(library, 'listRevisions', { id: created.id });
        const source = revisions.find((revision) => revision.reason === 'autosave' && !kept.has(revision.id));
        if (!source) throw new Error('An autosave to restore');
        clock.advance(15_000);
        const restored = await call(library, 'restoreRevision', { id: created.id, revisionId: source.id });
        kept.add(source.id).add(restored.revisionId);
      }
      if (day === 2) {
        clock.advance(15_000);
        const issued = await call(library, 'issueNotice', { id: created.id, acceptance: { reason: 'Mô phỏng ban hành' } });
        kept.add(issued.revisionId);
      }
    }
    const before = revisionIds(library);
    const entriesBefore = await Promise.all(notices.map(async (id) => historyLabels((await call(library, 'listRevisions', { id })).revisions)));
    library.close();

    // Reopened when days 0 and 1 are older than the limit, days 2 and 3 not yet.
    clock.set(new Date(Date.parse('2026-06-02T23:00:00.000Z') + THIN_AUTOSAVES_AFTER_DAYS * DAY).toISOString());
    library = openTestLibrary({ dataDir, now: clock.now });
    const after = revisionIds(library);
    const afterIds = new Set(after.map((row) => row.id));

    for (const row of before) {
      if (row.reason !== 'autosave') expect(afterIds.has(row.id), `${row.reason} revision ${row.id}`).toBe(true);
    }
    for (const id of kept) expect(afterIds.has(id), `revision ${id}`).toBe(true);
    expect(after.length).toBeLessThan(before.length);

    const autosavesOf = async (id: string) =>
      (await call(library, 'listRevisions', { id })).revisions.filter((revision) => revision.reason === 'autosave').length;
    // Day 0: 20 autosaves in two sittings (the review copy's manual revision splits them): the last of each, and the
    // commented one.
    expect(await autosavesOf(notices[0] as string)).toBe(3);
    // Days 2 and 3 are recent: every autosave is still there.
    expect(await autosavesOf(notices[3] as string)).toBe(20);

    // The history reads the same: the same entries, each standing for the same revision.
    const entriesAfter = await Promise.all(notices.map(async (id) => historyLabels((await call(library, 'listRevisions', { id })).revisions)));
    expect(entriesAfter).toEqual(entriesBefore);
    for (const { id } of after) await expect(call(library, 'getRevision', { revisionId: id })).resolves.toBeDefined();
  });
});

function historyLabels(revisions: RevisionSummary[]): string[] {
  return historyEntries(revisions).map(({ revision, autosaves }) => `${revision.id}:${revision.reason}:${autosaves ? 'sitting' : ''}`);
}
