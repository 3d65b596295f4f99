/**
 * Two writers on one notice (two tabs, two windows, or the app and another process), 300 ms apart: each save names
 * the revision it started from, a save on a stale base is kept as its own revision and never overwrites, and
 * autosave merging folds only one writer's own consecutive saves, each time under a new revision id.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../electron/services/library/open';
import { openLibrary } from '../../electron/services/library/open';
import type { Notice } from '../../shared/notice/schema';
import { call, sampleNotice, tempDir, testClock } from './helpers';

const withSummary = (notice: Notice, summary: string): Notice => ({ ...notice, summary });

/** One editor session: what it last saw of the notice, as the renderer's autosave keeps it. */
function writer(library: Library, id: string, writerId: string, base: number) {
  return {
    base,
    async save(notice: Notice, reason: 'autosave' | 'manual' = 'autosave') {
      const saved = await call(library, 'saveNotice', { id, notice, reason, baseRevisionId: this.base, writerId });
      if (!saved.conflict) this.base = saved.revisionId;
      return saved;
    },
  };
}

async function revisionTexts(library: Library, id: string): Promise<string[]> {
  const { revisions } = await call(library, 'listRevisions', { id });
  return Promise.all(revisions.map(async (r) => (await call(library, 'getRevision', { revisionId: r.id })).notice.summary));
}

describe('two writers, one notice', () => {
  it('two tabs autosaving 300 ms apart: neither text is lost, the stale one is kept and reported', async () => {
    const clock = testClock();
    const dataDir = path.join(tempDir(), 'data');
    const library = openLibrary({ dataDir, now: clock.now });
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const a = writer(library, record.id, 'tab-a', record.revisionId);
    const b = writer(library, record.id, 'tab-b', record.revisionId);

    clock.advance(1000);
    const first = await a.save(withSummary(record.notice, 'Bản của A'));
    expect(first.conflict).toBeUndefined();
    clock.advance(300);
    const second = await b.save(withSummary(record.notice, 'Bản của B'));
    // B never saw A's text: B's save is kept apart and the notice stays as A left it.
    expect(second.conflict).toEqual({ currentRevisionId: first.revisionId });
    expect(second.revisionId).not.toBe(first.revisionId);
    expect((await call(library, 'getNotice', { id: record.id })).notice.summary).toBe('Bản của A');
    expect((await call(library, 'getRevision', { revisionId: second.revisionId })).notice.summary).toBe('Bản của B');

    // A keeps typing 300 ms later: B's revision stands between, so A's autosaves are not consecutive and stay apart.
    clock.advance(300);
    const third = await a.save(withSummary(record.notice, 'Bản của A, sửa tiếp'));
    expect(third.conflict).toBeUndefined();
    expect(await revisionTexts(library, record.id)).toEqual(['Bản của A, sửa tiếp', 'Bản của B', 'Bản của A', sampleNotice().summary]);
    // …then merge with each other again, under a new id each time.
    clock.advance(300);
    const fourth = await a.save(withSummary(record.notice, 'Bản của A, sửa nữa'));
    expect(fourth.revisionId).toBeGreaterThan(third.revisionId);
    await expect(call(library, 'getRevision', { revisionId: third.revisionId })).rejects.toMatchObject({ code: 'not-found' });
    expect(await revisionTexts(library, record.id)).toEqual(['Bản của A, sửa nữa', 'Bản của B', 'Bản của A', sampleNotice().summary]);

    // B takes its own version, now knowing A's: a save on the current revision; A is told in turn.
    clock.advance(300);
    const taken = await call(library, 'saveNotice', {
      id: record.id,
      notice: withSummary(record.notice, 'Bản của B'),
      reason: 'manual',
      baseRevisionId: fourth.revisionId,
      writerId: 'tab-b',
    });
    expect(taken.conflict).toBeUndefined();
    clock.advance(300);
    const late = await a.save(withSummary(record.notice, 'A chưa biết B đã chọn'));
    expect(late.conflict).toEqual({ currentRevisionId: taken.revisionId });
    expect((await call(library, 'getNotice', { id: record.id })).notice.summary).toBe('Bản của B');
    expect(await revisionTexts(library, record.id)).toEqual([
      'A chưa biết B đã chọn',
      'Bản của B',
      'Bản của A, sửa nữa',
      'Bản của B',
      'Bản của A',
      sampleNotice().summary,
    ]);
    library.close();
  });

  it('a stale save of the text already current (a reload re-sending it) is no conflict and adds nothing', async () => {
    const library = openLibrary({ dataDir: path.join(tempDir(), 'data') });
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const text = withSummary(record.notice, 'Gõ trước khi tải lại');
    const first = await call(library, 'saveNotice', { id: record.id, notice: text, reason: 'autosave', baseRevisionId: record.revisionId, writerId: 'page-1' });
    const again = await call(library, 'saveNotice', { id: record.id, notice: text, reason: 'autosave', baseRevisionId: record.revisionId, writerId: 'page-2' });
    expect(again).toEqual({ revisionId: first.revisionId, updatedAt: first.updatedAt });
    expect((await call(library, 'listRevisions', { id: record.id })).revisions).toHaveLength(2);
    library.close();
  });

  it("an autosave never merges into another writer's revision, even one it is based on", async () => {
    const clock = testClock();
    const library = openLibrary({ dataDir: path.join(tempDir(), 'data'), now: clock.now });
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const a = writer(library, record.id, 'window-a', record.revisionId);
    clock.advance(1000);
    const fromA = await a.save(withSummary(record.notice, 'A gõ'));
    // B opens the notice after A's autosave, so B's base is A's revision, and B saves 300 ms later.
    const b = writer(library, record.id, 'window-b', fromA.revisionId);
    clock.advance(300);
    const fromB = await b.save(withSummary(record.notice, 'B gõ'));
    expect(fromB.conflict).toBeUndefined();
    expect(await revisionTexts(library, record.id)).toEqual(['B gõ', 'A gõ', sampleNotice().summary]);
    library.close();
  });

  it('two processes on one database (the app and another process): a stale save is kept, not written over', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const app = openLibrary({ dataDir });
    const other = openLibrary({ dataDir });
    try {
      const record = await call(app, 'createFromNotice', { notice: sampleNotice() });
      const seen = await call(other, 'getNotice', { id: record.id });
      const saved = await call(app, 'saveNotice', { id: record.id, notice: withSummary(record.notice, 'Từ ứng dụng'), reason: 'manual', baseRevisionId: record.revisionId });
      const stale = await call(other, 'saveNotice', { id: record.id, notice: withSummary(seen.notice, 'Từ tiến trình khác'), reason: 'manual', baseRevisionId: seen.revisionId });
      expect(stale.conflict).toEqual({ currentRevisionId: saved.revisionId });
      expect((await call(app, 'getNotice', { id: record.id })).notice.summary).toBe('Từ ứng dụng');
      expect(await revisionTexts(app, record.id)).toEqual(['Từ tiến trình khác', 'Từ ứng dụng', sampleNotice().summary]);
    } finally {
      other.close();
      app.close();
    }
  });
});
