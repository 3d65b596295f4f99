/**
 * Comparing versions: inserted, deleted and moved tasks, changed words, agencies, deadlines and meeting fields;
 * the history's labels and sittings; and, through a real library, the comparison .docx with Word tracked changes.
 */
import { describe, expect, it } from 'vitest';
import type { RevisionSummary } from '../../shared/api';
import { compareNotices, isUnchanged } from '../../shared/compare/compare-notices';
import { entryLabel, historyEntries } from '../../shared/compare/history';
import type { Notice, TaskBlock } from '../../shared/notice/schema';
import { Docx, all } from '../docx/ooxml';
import { call, openTestLibrary, sampleNotice, testClock } from '../library/helpers';

const tasks = (notice: Notice) => notice.body.filter((block): block is TaskBlock => block.type === 'task');

function edited(): { before: Notice; after: Notice } {
  const before = sampleNotice();
  const after = structuredClone(before);
  const [first, second, third] = tasks(after);
  if (!first || !second || !third) throw new Error('The sample has at least three tasks');
  // Words changed in the first task, agencies and deadline in the second, the third moved to the front.
  first.content = [...first.content, { text: ' Báo cáo kết quả cho Ban Thường vụ.' }];
  second.leadAgencies = [{ name: 'Sở Tài chính' }];
  second.deadline = { kind: 'by-date', date: '2020-12-31' };
  after.body = after.body.filter((block) => block.id !== third.id);
  after.body.splice(after.body.indexOf(first), 0, third);
  // One task deleted, one inserted, a meeting field changed.
  const deleted = tasks(after).at(-1) as TaskBlock;
  after.body = after.body.filter((block) => block.id !== deleted.id);
  after.body.push({ ...first, id: 'moi', content: [{ text: 'Giao Sở Y tế rà soát trạm y tế xã.' }], leadAgencies: [{ name: 'Sở Y tế' }] });
  after.meeting = { ...after.meeting, chairName: 'Giàng A Tính' };
  return { before, after };
}

describe('compareNotices', () => {
  it('finds inserted, deleted and moved tasks, changed words, agencies, deadline and meeting fields', () => {
    const { before, after } = edited();
    const comparison = compareNotices(before, after);
    const third = tasks(before)[2] as TaskBlock;
    const deletedId = (tasks(before).at(-1) as TaskBlock).id;

    expect(comparison.counts).toMatchObject({ inserted: 1, deleted: 1, moved: 1 });
    expect(comparison.blocks.find((b) => b.blockId === third.id)).toMatchObject({ status: 'moved' });
    expect(comparison.blocks.find((b) => b.blockId === deletedId)).toMatchObject({ status: 'deleted' });
    const inserted = comparison.blocks.find((b) => b.blockId === 'moi');
    expect(inserted?.status).toBe('inserted');
    expect(inserted?.parts.every((p) => p.change === 'added')).toBe(true);

    const first = comparison.blocks.find((b) => b.blockId === tasks(before)[0]?.id);
    expect(first?.status).toBe('changed');
    expect(first?.parts.filter((p) => p.change === 'added').map((p) => p.text).join('')).toContain('Báo cáo kết quả cho Ban Thường vụ.');
    expect(first?.parts.filter((p) => p.change === 'removed')).toEqual([]);

    const second = comparison.blocks.find((b) => b.blockId === tasks(before)[1]?.id);
    expect(second?.details.map((d) => d.field).sort()).toEqual(['deadline', 'leadAgencies']);
    expect(second?.details.find((d) => d.field === 'deadline')?.after).toBe('trước ngày 31/12/2020');

    expect(comparison.fields).toEqual([
      expect.objectContaining({ field: 'meeting.chairName', before: 'Trần Tiến Dũng', after: 'Giàng A Tính' }),
    ]);
    // Reading order: the deleted task where it was, the moved task where it now stands.
    const order = comparison.blocks.map((b) => b.blockId);
    expect(order.indexOf(third.id)).toBeLessThan(order.indexOf(tasks(before)[0]?.id ?? ''));
  });

  it('shows the meeting and issue dates as dd/mm/yyyy, as the app shows them', () => {
    const { before } = edited();
    const after = { ...before, date: '2020-10-05', meeting: { ...before.meeting, date: '2020-09-29' } };
    const byField = new Map(compareNotices(before, after).fields.map((change) => [change.field, change]));
    expect(byField.get('meeting.date')).toMatchObject({ label: 'Ngày họp', after: '29/09/2020' });
    expect(byField.get('date')).toMatchObject({ label: 'Ngày ban hành', after: '05/10/2020' });
  });

  it('reports nothing for identical versions', () => {
    expect(isUnchanged(compareNotices(sampleNotice(), sampleNotice()))).toBe(true);
  });
});

describe('history entries', () => {
  const revision = (id: number, reason: RevisionSummary['reason'], createdAt: string): RevisionSummary => ({ id, noticeId: 'n', reason, createdAt });

  it('labels each kind of version and collapses the autosaves of one sitting', () => {
    const revisions = [
      revision(7, 'issue', '2026-11-27T10:00:00.000Z'),
      revision(6, 'autosave', '2026-11-27T09:40:00.000Z'),
      revision(5, 'autosave', '2026-11-27T09:20:00.000Z'),
      revision(4, 'autosave', '2026-11-27T09:00:00.000Z'),
      revision(3, 'manual', '2026-11-27T08:59:00.000Z'),
      revision(2, 'autosave', '2026-11-26T15:00:00.000Z'),
      revision(1, 'create', '2026-11-26T14:00:00.000Z'),
    ];
    const entries = historyEntries(revisions);
    expect(entries.map((e) => [e.revision.id, e.autosaves?.count])).toEqual([
      [7, undefined],
      [6, 3],
      [3, undefined],
      [2, 1],
      [1, undefined],
    ]);
    expect(entryLabel(entries[0] as (typeof entries)[number])).toMatch(/^Ban hành lúc \d\d:\d\d ngày 27\/11\/2026$/);
    expect(entryLabel(entries[1] as (typeof entries)[number])).toMatch(/^Tự động lưu \d\d:\d\d–\d\d:\d\d ngày 27\/11\/2026 \(3 lần\)$/);
    expect(entryLabel(entries[2] as (typeof entries)[number])).toMatch(/^Lưu thủ công lúc/);
  });

  it('keeps an autosave a review copy or comment points to as its own entry, gathering the older ones of its sitting', () => {
    const revisions = [
      revision(6, 'autosave', '2026-11-27T09:40:00.000Z'),
      revision(5, 'autosave', '2026-11-27T09:30:00.000Z'),
      revision(4, 'autosave', '2026-11-27T09:20:00.000Z'),
      revision(3, 'autosave', '2026-11-27T09:10:00.000Z'),
      revision(1, 'create', '2026-11-27T09:00:00.000Z'),
    ];
    expect(historyEntries(revisions, new Set([4])).map((e) => [e.revision.id, e.autosaves?.count])).toEqual([
      [6, 2],
      [4, 2],
      [1, undefined],
    ]);
  });
});

describe('comparing versions in the library', () => {
  it('compares a saved version with the current text, and exports the comparison as a .docx with tracked changes', async () => {
    const clock = testClock();
    const library = openTestLibrary({ now: clock.now });
    const { before, after } = edited();
    const created = await call(library, 'createFromNotice', { notice: before });
    clock.advance(60_000);
    await call(library, 'saveNotice', { id: created.id, notice: after, reason: 'manual', baseRevisionId: created.revisionId });

    const result = await call(library, 'compareVersions', { id: created.id, from: created.revisionId });
    expect(result.beforeLabel).toMatch(/^Tạo mới lúc/);
    expect(result.afterLabel).toBe('Nội dung hiện tại');
    expect(result.comparison.counts).toMatchObject({ inserted: 1, deleted: 1, moved: 1 });

    const exported = await call(library, 'exportComparisonDocx', { id: created.id, from: created.revisionId });
    const docx = new Docx(new Uint8Array(Buffer.from(exported.base64, 'base64')));
    const document = docx.xml('word/document.xml');
    const inserted = all('//w:ins//w:t', document).map((n) => n.textContent).join('');
    const deleted = all('//w:del//w:delText', document).map((n) => n.textContent).join('');
    expect(inserted).toContain('Giao Sở Y tế rà soát trạm y tế xã.');
    // Word by word: the spaces between the changed words are kept text, outside the marks.
    expect(inserted).toContain('GiàngATính');
    expect(deleted).toContain('TrầnTiếnDũng');
    expect(deleted).toContain(blockWords(tasks(before).at(-1) as TaskBlock));
  });

  it('refuses a revision of another notice', async () => {
    const library = openTestLibrary();
    const a = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const b = await call(library, 'createFromNotice', { notice: sampleNotice() });
    await expect(call(library, 'compareVersions', { id: a.id, from: b.revisionId })).rejects.toMatchObject({ code: 'not-found' });
  });
});

function blockWords(task: TaskBlock): string {
  return task.content.map((run) => run.text).join('').slice(0, 20);
}
