import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsOn } from '../../shared/agencies/history';
import { AgencyDirectorySchema } from '../../shared/agencies/schema';
import { moveOntoAgenciesOfDate } from '../../shared/notice/agency-succession';
import { makeFromPrevious } from '../../shared/notice/from-previous';
import { chooseSuccessor, pendingSuccessorChoices } from '../../shared/notice/successor-choice';
import { listReviewMarks } from '../../shared/notice/review';
import { NoticeSchema, type AgencyRef, type Notice, type TaskBlock } from '../../shared/notice/schema';
import { validateNotice } from '../../shared/notice/validate';

const directory = AgencyDirectorySchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../resources/agencies/lai-chau.json'), 'utf8')),
).agencies;
const sample = NoticeSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../resources/samples/lai-chau-2020-09.notice.json'), 'utf8')),
);
const counter = () => {
  let n = 0;
  return () => `n${++n}`;
};
const tasks = (n: Notice) => n.body.filter((b): b is TaskBlock => b.type === 'task');
const refsOf = (n: Notice): AgencyRef[] =>
  tasks(n).flatMap((t) => [
    ...t.leadAgencies,
    ...t.coordinatingAgencies,
    ...t.subItems.flatMap((s) => [...s.leadAgencies, ...s.coordinatingAgencies]),
  ]);
const plain = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('"new from last month" of the September 2020 sample for a December 2026 meeting', () => {
  const MEETING = '2026-12-10';
  const copy = makeFromPrevious(sample, { newId: counter() });
  const moved = moveOntoAgenciesOfDate({ ...copy, meeting: { ...copy.meeting, date: MEETING } }, MEETING, directory);
  const byId = new Map(directory.map((a) => [a.id, a]));

  it('names no agency that no longer exists', () => {
    const linked = refsOf(moved).filter((r) => r.id);
    expect(linked.length).toBeGreaterThan(10);
    for (const ref of linked) expect(existsOn(byId.get(ref.id!)!, MEETING), `${ref.name} (${ref.id})`).toBe(true);
    // The sample did name ended ones: the copy before the move still does.
    expect(refsOf(copy).some((r) => r.id && !existsOn(byId.get(r.id)!, MEETING))).toBe(true);
  });

  it('marks each block whose agency was replaced, with the reason', () => {
    const planning = tasks(moved)[3]!;
    expect(planning.leadAgencies).toEqual([{ id: 'so-tai-chinh', name: 'Sở Tài chính' }]);
    expect(planning.coordinatingAgencies).toEqual([{ id: 'so-dan-toc-ton-giao', name: 'Sở Dân tộc và Tôn giáo' }]);
    expect(planning.toReview).toBe(true);
    expect(planning.reviewReason).toContain('Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/3/2025');
    expect(planning.reviewReason).toContain('Ban Dân tộc tỉnh đã đổi tên thành Sở Dân tộc và Tôn giáo từ 01/3/2025');
    expect(plain(planning.content)).not.toMatch(/Kế hoạch và Đầu tư/u);

    const reasons = listReviewMarks(moved).filter((m) => m.reason);
    expect(reasons.length).toBeGreaterThanOrEqual(8);
    for (const task of tasks(copy)) {
      const named = [...task.leadAgencies, ...task.coordinatingAgencies].filter((r) => r.id && !existsOn(byId.get(r.id)!, MEETING));
      const after = tasks(moved).find((t) => t.id === task.id)!;
      for (const ended of named) expect(after.reviewReason, task.id).toContain(byId.get(ended.id!)!.name);
    }
    expect(validateNotice(moved).ok).toBe(true);
  });

  it('merges two ended departments into their one successor once, and keeps agencies that continue', () => {
    const investment = tasks(moved)[13]!;
    expect(investment.leadAgencies.map((r) => r.id)).toEqual(['so-tai-chinh', 'so-xay-dung', 'so-nong-nghiep-moi-truong']);
    expect(plain(investment.content)).toMatch(/^Các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường chủ động/u);
  });

  it('keeps a coordinating agency that became the lead\'s successor once, as the lead', () => {
    const task = tasks(sample)[0]!;
    const merged: TaskBlock = {
      ...task,
      leadAgencies: [{ id: 'so-ke-hoach-dau-tu', name: 'Sở Kế hoạch và Đầu tư' }],
      coordinatingAgencies: [{ id: 'so-tai-chinh', name: 'Sở Tài chính' }, { id: 'so-tu-phap', name: 'Sở Tư pháp' }],
    };
    const notice: Notice = { ...sample, meeting: { ...sample.meeting, date: MEETING }, body: [merged] };
    const [after] = tasks(moveOntoAgenciesOfDate(notice, MEETING, directory));
    expect(after?.leadAgencies.map((r) => r.id)).toEqual(['so-tai-chinh']);
    expect(after?.coordinatingAgencies.map((r) => r.id)).toEqual(['so-tu-phap']);
  });

  it('offers the several successors of a split department as candidates, and keeps the old name in the text', () => {
    const labour = tasks(moved)[11]!;
    expect(labour.leadAgencies).toEqual([
      { id: 'so-noi-vu', name: 'Sở Nội vụ', replaces: 'Sở Lao động - Thương binh và Xã hội' },
      { id: 'so-y-te', name: 'Sở Y tế', replaces: 'Sở Lao động - Thương binh và Xã hội' },
      { id: 'so-giao-duc-dao-tao', name: 'Sở Giáo dục và Đào tạo', replaces: 'Sở Lao động - Thương binh và Xã hội' },
    ]);
    expect(labour.reviewReason).toContain('chuyển cho: lao động – Sở Nội vụ; bảo trợ xã hội – Sở Y tế');
  });

  it('lists the choice of a split department with the part each successor took, and applies the one chosen', () => {
    const LABOUR = 'Sở Lao động - Thương binh và Xã hội';
    const choices = pendingSuccessorChoices(moved, directory);
    const labour = choices.find((c) => c.endedName === LABOUR)!;
    expect(labour.candidates.map((c) => c.name)).toEqual(['Sở Nội vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo']);
    expect(labour.candidates.every((c) => c.part)).toBe(true);
    expect(labour.candidates[1]!.part).toMatch(/bảo trợ xã hội/u);
    expect(labour.blockCount).toBeGreaterThanOrEqual(1);

    const chosen = chooseSuccessor(moved, LABOUR, labour.candidates[1], directory);
    const task = tasks(chosen)[11]!;
    expect(task.leadAgencies).toEqual([{ id: 'so-y-te', name: 'Sở Y tế' }]);
    expect(plain(task.title)).toBe('Sở Y tế');
    // Still to review, with the reason: the secretary reads the task again.
    expect(task.toReview).toBe(true);
    expect(task.reviewReason).toContain(LABOUR);
    expect(pendingSuccessorChoices(chosen, directory).map((c) => c.endedName)).not.toContain(LABOUR);
    expect(validateNotice(chosen).ok).toBe(true);

    // Keeping them all: three plain references, the text as it was, nothing left to ask.
    const shared = tasks(chooseSuccessor(moved, LABOUR, undefined, directory))[11]!;
    expect(shared.leadAgencies.map((r) => [r.name, r.replaces])).toEqual([
      ['Sở Nội vụ', undefined],
      ['Sở Y tế', undefined],
      ['Sở Giáo dục và Đào tạo', undefined],
    ]);
    expect(plain(shared.title)).toBe(LABOUR);
  });

  it('addresses the communes and wards instead of the districts', () => {
    const local = tasks(moved)[1]!;
    expect(local.leadAgencies.map((r) => r.name)).toContain('UBND các xã, phường');
    expect(local.leadAgencies.map((r) => r.name)).not.toContain('UBND các huyện, thành phố');
  });

  it('leaves the source notice and a notice dated before the change as they were', () => {
    expect(moveOntoAgenciesOfDate(copy, '2020-10-30', directory)).toEqual(copy);
    expect(refsOf(copy)).toEqual(refsOf(makeFromPrevious(sample, { newId: counter() })));
  });
});
