/** The directory with its history in a real library: seeding, upgrading, editing, and "new from last month". */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsOn } from '../../shared/agencies/history';
import { openLibrary } from '../../electron/services/library/open';
import type { AgencyRef, Notice, TaskBlock } from '../../shared/notice/schema';
import { ApiError } from '../../shared/api';
import { call, openTestLibrary, sampleNotice, tempDir, testClock } from './helpers';

const tasks = (n: Notice) => n.body.filter((b): b is TaskBlock => b.type === 'task');
const refs = (n: Notice): AgencyRef[] => tasks(n).flatMap((t) => [...t.leadAgencies, ...t.coordinatingAgencies]);

describe('the directory with history', () => {
  it('is seeded with the 2025 changes: ended agencies keep their names, with end dates and successors', async () => {
    const library = openTestLibrary();
    const { agencies } = await call(library, 'listAgencies', {});
    const planning = agencies.find((a) => a.id === 'so-ke-hoach-dau-tu');
    expect(planning).toMatchObject({ validUntil: '2025-03-01', endKind: 'merged', successors: [{ id: 'so-tai-chinh' }] });
    expect(planning?.source).toContain('45/2025/NĐ-CP');
    expect(agencies.filter((a) => a.kind === 'district' && existsOn(a, '2026-12-02'))).toHaveLength(38);
  });

  it('a library seeded before the history was shipped gains it on the next start, keeping the user\'s own edits', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const first = openLibrary({ dataDir });
    // What a library seeded from the 2020 directory looked like: no 2025 agencies, no history.
    first.db.exec(`
      DELETE FROM agencies WHERE valid_from IS NOT NULL;
      UPDATE agencies SET valid_until = NULL, successors_json = '[]', end_kind = NULL, source = NULL;
      DELETE FROM meta WHERE key = 'agencies-shipped-hash';
    `);
    const { agencies: before } = await call(first, 'listAgencies', {});
    expect(before.some((a) => a.id === 'so-nong-nghiep-moi-truong')).toBe(false);
    const transport = before.find((a) => a.id === 'so-giao-thong-van-tai')!;
    // The user recorded the transport department's end their own way.
    await call(first, 'updateAgency', { ...transport, validUntil: '2025-03-15', endKind: 'merged', successors: [{ id: 'so-xay-dung' }] });
    first.close();

    const again = openTestLibrary({ dataDir });
    const { agencies } = await call(again, 'listAgencies', {});
    expect(agencies.find((a) => a.id === 'so-nong-nghiep-moi-truong')?.name).toBe('Sở Nông nghiệp và Môi trường');
    expect(agencies.find((a) => a.id === 'so-ke-hoach-dau-tu')?.validUntil).toBe('2025-03-01');
    expect(agencies.find((a) => a.id === 'so-giao-thong-van-tai')?.validUntil).toBe('2025-03-15');
    expect(agencies.map((a) => a.id).indexOf('so-nong-nghiep-moi-truong')).toBeLessThan(agencies.map((a) => a.id).indexOf('cong-an-tinh'));
  });

  it('"new from last month" of the 2020 sample for a December 2026 meeting names only agencies of that date, each change marked', async () => {
    const clock = testClock('2026-12-02T02:00:00.000Z');
    const library = openTestLibrary({ now: clock.now });
    const { agencies } = await call(library, 'listAgencies', {});
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const source = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const made = await call(library, 'createFromPrevious', { sourceId: source.id, meetingDate: '2026-12-10' });
    expect(made.meetingDate).toBe('2026-12-10');
    for (const ref of refs(made.notice).filter((r) => r.id)) expect(existsOn(byId.get(ref.id!)!, '2026-12-10'), ref.name).toBe(true);
    expect(tasks(made.notice)[3]?.reviewReason).toContain('Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/3/2025');
    // History is never rewritten: the source still names what it named.
    expect(refs((await call(library, 'getNotice', { id: source.id })).notice)).toEqual(refs(sampleNotice()));
  });

  it('moves onto today\'s agencies even when the moved meeting date is in the past', async () => {
    const library = openTestLibrary({ now: testClock('2026-12-02T02:00:00.000Z').now });
    const source = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const made = await call(library, 'createFromPrevious', { sourceId: source.id });
    expect(made.meetingDate).toBe('2020-10-30');
    expect(refs(made.notice).map((r) => r.id)).not.toContain('so-ke-hoach-dau-tu');
  });

  it('refuses a history that makes no sense', async () => {
    const library = openTestLibrary();
    const { agencies } = await call(library, 'listAgencies', {});
    const foreign = agencies.find((a) => a.id === 'so-ngoai-vu')!;
    await expect(call(library, 'updateAgency', { ...foreign, successors: [{ id: 'so-noi-vu' }] })).rejects.toThrow(ApiError);
    const ended = await call(library, 'updateAgency', { ...foreign, validUntil: '2026-01-01', endKind: 'merged', successors: [{ id: 'so-noi-vu' }] });
    expect(ended.validUntil).toBe('2026-01-01');
  });

  it('deleting an agency unlinks it in notices, which keep its name; a successor of another cannot be deleted', async () => {
    const library = openTestLibrary();
    const created = await call(library, 'createFromNotice', { notice: sampleNotice() });
    await call(library, 'deleteAgency', { id: 'cuc-quan-ly-thi-truong' });
    const after = (await call(library, 'getNotice', { id: created.id })).notice;
    expect(refs(after).find((r) => r.name === 'Cục Quản lý thị trường')).toEqual({ name: 'Cục Quản lý thị trường' });
    expect((await call(library, 'searchNotices', { query: '', agencyId: 'cuc-quan-ly-thi-truong' })).results).toEqual([]);
    await expect(call(library, 'deleteAgency', { id: 'so-tai-chinh' })).rejects.toThrow(/kế tục của Sở Kế hoạch và Đầu tư/u);
  });

  it('merging one agency into another relinks notices without changing their text, and keeps its names as aliases', async () => {
    const library = openTestLibrary();
    const duplicate = await call(library, 'addAgency', { name: 'Sở Công thương tỉnh Lai Châu', shortName: 'SCT Lai Châu', aliases: [], kind: 'department' });
    const notice = sampleNotice();
    const task = tasks(notice)[7]!;
    task.leadAgencies = [{ id: duplicate.id, name: 'SCT Lai Châu' }];
    const created = await call(library, 'createFromNotice', { notice });
    const merged = await call(library, 'mergeAgency', { id: duplicate.id, intoId: 'so-cong-thuong' });
    expect(merged.aliases).toEqual(expect.arrayContaining(['Sở Công thương tỉnh Lai Châu', 'SCT Lai Châu']));
    const after = (await call(library, 'getNotice', { id: created.id })).notice;
    expect(tasks(after)[7]?.leadAgencies).toEqual([{ id: 'so-cong-thuong', name: 'SCT Lai Châu' }]);
    expect(tasks(after)[7]?.content).toEqual(task.content);
    expect((await call(library, 'lookupAgency', { text: 'SCT Lai Châu' })).agency?.id).toBe('so-cong-thuong');
    expect((await call(library, 'listAgencies', {})).agencies.some((a) => a.id === duplicate.id)).toBe(false);
    const found = await call(library, 'searchNotices', { query: '', agencyId: 'so-cong-thuong' });
    expect(found.results.map((r) => r.id)).toContain(created.id);
  });
});
