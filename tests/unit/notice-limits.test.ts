/** noticeLimitProblems names each over-long field by its exact path, wherever it sits in the notice. */
import { describe, expect, it } from 'vitest';
import sample from '../../resources/samples/lai-chau-2020-09.notice.json';
import { NOTICE_LIMITS, noticeLimitProblems } from '../../shared/notice/limits';
import { NoticeSchema, type TaskBlock } from '../../shared/notice/schema';

describe('noticeLimitProblems', () => {
  it('finds nothing in a real notice', () => {
    expect(noticeLimitProblems(NoticeSchema.parse(sample))).toEqual([]);
  });

  it('gives the path of a run, an agency of a sub-item and a header field beyond their limits', () => {
    const notice = NoticeSchema.parse(sample);
    const long = (max: number) => 'x'.repeat(max + 1);
    const task = notice.body[13] as TaskBlock;
    const sub = task.subItems[2];
    if (task.type !== 'task' || !sub) throw new Error('the sample changed: block 13 is a task with sub-items');
    task.content = [{ text: 'đầu ' }, { text: long(NOTICE_LIMITS.runText) }];
    sub.coordinatingAgencies = [{ name: 'Sở Y tế' }, { name: long(NOTICE_LIMITS.agencyName) }];
    notice.summary = long(NOTICE_LIMITS.summary);
    expect(noticeLimitProblems(notice).map((problem) => problem.path)).toEqual([
      ['summary'],
      ['body', 13, 'content', 1, 'text'],
      ['body', 13, 'subItems', 2, 'coordinatingAgencies', 1, 'name'],
    ]);
  });
});
