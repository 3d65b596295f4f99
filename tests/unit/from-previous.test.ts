import { parseStoredNotice } from '../../shared/notice/migrate';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addOneMonth, makeFromPrevious, shiftMonthsInRichText, shiftMonthsInText } from '../../shared/notice/from-previous';
import {
  SUMMARY_REVIEW_ID,
  clearEditedReviewMarks,
  confirmReviewMark,
  countReviewMarks,
  listReviewMarks,
} from '../../shared/notice/review';
import { NoticeSchema, type Block, type Notice, type NoticeInput, type TaskBlock } from '../../shared/notice/schema';
import { validateNotice } from '../../shared/notice/validate';

function counter(prefix = 'n'): () => string {
  let i = 0;
  return () => `${prefix}${++i}`;
}

const runs = (text: string) => [{ text }];
const plain = (r: { text: string }[]) => r.map((x) => x.text).join('');

/** A September 2020 session shaped like the sample: assessment, tasks with agencies and deadlines, a scheme. */
function septemberSession(overrides: Partial<NoticeInput> = {}): Notice {
  return NoticeSchema.parse({
    schemaVersion: 3,
    issuer: { parentAgency: 'UBND TỈNH LAI CHÂU', agency: 'VĂN PHÒNG' },
    number: 205,
    code: 'TB-VP',
    place: 'Lai Châu',
    date: '2020-10-02',
    summary: 'Kết luận của Chủ tịch UBND tỉnh Trần Tiến Dũng tại phiên họp UBND tỉnh tháng 9 năm 2020',
    meeting: { date: '2020-09-28', chairName: 'Trần Tiến Dũng', chairTitle: 'Chủ tịch UBND tỉnh' },
    body: [
      { id: 'p1', type: 'paragraph', text: runs('Ngày 28 tháng 9 năm 2020, tại Hội trường UBND tỉnh, đồng chí Trần Tiến Dũng chủ trì phiên họp UBND tỉnh tháng 9/2020.') },
      { id: 'h1', type: 'heading', text: runs('TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 9 NĂM 2020') },
      { id: 'd1', type: 'dash', text: runs('Giá trị sản xuất công nghiệp tăng 13,6% so với tháng 8/2020.') },
      {
        id: 't1',
        type: 'task',
        content: runs(
          'Sở Kế hoạch và Đầu tư chủ trì rà soát các nguồn vốn còn lại để phân bổ trước ngày 10/10/2020; thực hiện Văn bản số 1505/UBND-KTN ngày 28/7/2020 và Kế hoạch số 03/KH-BCĐ ngày 12/9/2020.',
        ),
        leadAgencies: [{ id: 'so-khdt', name: 'Sở Kế hoạch và Đầu tư' }],
        coordinatingAgencies: [{ name: 'Sở Tài chính' }],
        deadline: { kind: 'by-date', date: '2020-10-10' },
      },
      {
        id: 't2',
        type: 'task',
        title: runs('Giao Sở Nông nghiệp và PTNT:'),
        leadAgencies: [{ name: 'Sở Nông nghiệp và PTNT' }],
        subItems: [
          { id: 's1', text: runs('Báo cáo kết quả rà soát 3 loại rừng trong tháng 10 năm 2020.'), deadline: { kind: 'within-month', year: 2020, month: 10 } },
          { id: 's2', text: runs('Đề xuất UBND tỉnh trước ngày 20/10/2020.'), deadline: { kind: 'by-date', date: '2020-10-20' } },
        ],
      },
      { id: 'h2', type: 'heading', text: runs('CÁC ĐỀ ÁN TRÌNH TẠI PHIÊN HỌP') },
      {
        id: 'sc1',
        type: 'scheme',
        title: runs('Báo cáo tổng kết Chiến lược công tác Dân tộc đến năm 2020'),
        conclusion: runs('Ban Dân tộc hoàn chỉnh báo cáo trình UBND tỉnh ban hành trong tháng 9 năm 2020.'),
        responsibleAgency: { name: 'Ban Dân tộc' },
        deadline: { kind: 'within-month', year: 2020, month: 9 },
      },
    ],
    closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    signature: { authorityLines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'], title: 'PHÓ CHÁNH VĂN PHÒNG', signerName: 'Nguyễn Văn Bình' },
    recipients: ['Thường trực Tỉnh ủy (b/c)', 'Các sở, ban, ngành tỉnh'],
    archive: 'VT, TH',
    templateId: 'monthly-session',
    ...overrides,
  });
}

function blockById(notice: Notice, index: number): Block {
  const block = notice.body[index];
  if (!block) throw new Error(`no block ${index}`);
  return block;
}

function textOf(block: Block): string {
  switch (block.type) {
    case 'task':
      return [plain(block.title), plain(block.content), ...block.subItems.map((s) => plain(s.text))].filter(Boolean).join(' | ');
    case 'scheme':
      return `${plain(block.title)} | ${plain(block.conclusion)}`;
    default:
      return plain(block.text);
  }
}

describe('addOneMonth', () => {
  it('keeps the day, and clamps to the last day of a shorter month', () => {
    expect(addOneMonth('2020-09-28')).toBe('2020-10-28');
    expect(addOneMonth('2021-01-31')).toBe('2021-02-28');
    expect(addOneMonth('2020-01-31')).toBe('2020-02-29');
    expect(addOneMonth('2020-03-31')).toBe('2020-04-30');
    expect(addOneMonth('2020-12-15')).toBe('2021-01-15');
  });
});

describe('makeFromPrevious', () => {
  const source = septemberSession();
  const copy = makeFromPrevious(source, { newId: counter() });

  it('is a valid notice', () => {
    const result = validateNotice(copy);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('clears the register number and the issue date', () => {
    expect(copy.number).toBeUndefined();
    expect(copy.date).toBeUndefined();
    expect('number' in copy).toBe(false);
  });

  it('moves the meeting date and the month in the trích yếu forward one month', () => {
    expect(copy.meeting.date).toBe('2020-10-28');
    expect(copy.summary).toBe('Kết luận của Chủ tịch UBND tỉnh Trần Tiến Dũng tại phiên họp UBND tỉnh tháng 10 năm 2020');
    expect(copy.meeting.chairName).toBe('Trần Tiến Dũng');
  });

  it('moves the meeting date and month in the text, but not the dates of cited documents nor earlier months', () => {
    expect(textOf(blockById(copy, 0))).toBe(
      'Ngày 28 tháng 10 năm 2020, tại Hội trường UBND tỉnh, đồng chí Trần Tiến Dũng chủ trì phiên họp UBND tỉnh tháng 10/2020.',
    );
    expect(textOf(blockById(copy, 1))).toBe('TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 NĂM 2020');
    // "so với tháng 8/2020" is a month before the meeting: history, unchanged.
    expect(textOf(blockById(copy, 2))).toBe('Giá trị sản xuất công nghiệp tăng 13,6% so với tháng 8/2020.');
    expect(textOf(blockById(copy, 3))).toBe(
      'Sở Kế hoạch và Đầu tư chủ trì rà soát các nguồn vốn còn lại để phân bổ trước ngày 10/11/2020; thực hiện Văn bản số 1505/UBND-KTN ngày 28/7/2020 và Kế hoạch số 03/KH-BCĐ ngày 12/9/2020.',
    );
  });

  it('moves deadlines forward one month, as data and in the text, once each', () => {
    const t1 = blockById(copy, 3) as TaskBlock;
    expect(t1.deadline).toEqual({ kind: 'by-date', date: '2020-11-10' });
    const t2 = blockById(copy, 4) as TaskBlock;
    expect(t2.subItems.map((s) => s.deadline)).toEqual([
      { kind: 'within-month', year: 2020, month: 11 },
      { kind: 'by-date', date: '2020-11-20' },
    ]);
    expect(t2.subItems.map((s) => plain(s.text))).toEqual([
      'Báo cáo kết quả rà soát 3 loại rừng trong tháng 11 năm 2020.',
      'Đề xuất UBND tỉnh trước ngày 20/11/2020.',
    ]);
    const scheme = blockById(copy, 6);
    expect(scheme.type === 'scheme' && scheme.deadline).toEqual({ kind: 'within-month', year: 2020, month: 10 });
    // The meeting month inside a deadline phrase moves one month, not two.
    expect(textOf(scheme)).toBe(
      'Báo cáo tổng kết Chiến lược công tác Dân tộc đến năm 2020 | Ban Dân tộc hoàn chỉnh báo cáo trình UBND tỉnh ban hành trong tháng 10 năm 2020.',
    );
  });

  it('keeps structure, agencies, schemes, recipients, signer, closing and template', () => {
    expect(copy.body.map((b) => b.type)).toEqual(source.body.map((b) => b.type));
    const t1 = blockById(copy, 3) as TaskBlock;
    expect(t1.leadAgencies).toEqual([{ id: 'so-khdt', name: 'Sở Kế hoạch và Đầu tư' }]);
    expect(t1.coordinatingAgencies).toEqual([{ name: 'Sở Tài chính' }]);
    const scheme = blockById(copy, 6);
    expect(scheme.type === 'scheme' && scheme.responsibleAgency).toEqual({ name: 'Ban Dân tộc' });
    expect(copy.recipients).toEqual(source.recipients);
    expect(copy.signature).toEqual(source.signature);
    expect(copy.closing).toBe(source.closing);
    expect(copy.archive).toBe('VT, TH');
    expect(copy.templateId).toBe('monthly-session');
    expect(copy.issuer).toEqual(source.issuer);
  });

  it('gives every block and sub-item a new id from newId', () => {
    const ids = copy.body.flatMap((b) => [b.id, ...(b.type === 'task' ? b.subItems.map((s) => s.id) : [])]);
    expect(ids).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9']);
  });

  it('marks every copied block, sub-item and the trích yếu to review', () => {
    expect(copy.summaryToReview).toBe(true);
    for (const block of copy.body) {
      expect(block.toReview).toBe(true);
      if (block.type === 'task') for (const sub of block.subItems) expect(sub.toReview).toBe(true);
    }
    expect(countReviewMarks(copy)).toBe(1 + 7 + 2);
  });

  it('leaves the source untouched and shares nothing with it', () => {
    expect(source).toEqual(septemberSession());
    (blockById(copy, 3) as TaskBlock).leadAgencies[0]!.name = 'changed';
    copy.recipients.push('changed');
    copy.signature.authorityLines.push('changed');
    expect(source).toEqual(septemberSession());
  });

  it('rolls the year over from December to January, padding months 1 and 2', () => {
    const december = septemberSession({
      summary: 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh tháng 12/2020',
      meeting: { date: '2020-12-31' },
      body: [
        { id: 'a', type: 'paragraph', text: runs('Phiên họp tháng 12 năm 2020; kế hoạch tháng 01/2021.') },
        {
          id: 'b',
          type: 'task',
          content: runs('Báo cáo trước ngày 31/12/2020 và trong tháng 01 năm 2021.'),
          deadline: { kind: 'by-date', date: '2020-12-31' },
        },
      ],
    });
    const next = makeFromPrevious(december, { newId: counter() });
    expect(next.meeting.date).toBe('2021-01-31');
    expect(next.summary).toBe('Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh tháng 01/2021');
    expect(textOf(blockById(next, 0))).toBe('Phiên họp tháng 01 năm 2021; kế hoạch tháng 02/2021.');
    expect(textOf(blockById(next, 1))).toBe('Báo cáo trước ngày 31/01/2021 và trong tháng 02 năm 2021.');
    expect((blockById(next, 1) as TaskBlock).deadline).toEqual({ kind: 'by-date', date: '2021-01-31' });
    // And on to February: 31 January becomes the last day of February.
    const february = makeFromPrevious(next, { newId: counter() });
    expect(february.meeting.date).toBe('2021-02-28');
    expect(february.summary).toBe('Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh tháng 02/2021');
    expect(textOf(blockById(february, 1))).toBe('Báo cáo trước ngày 28/02/2021 và trong tháng 3 năm 2021.');
  });

  it('finds the meeting month in the trích yếu when the meeting has no date', () => {
    const undated = septemberSession({ meeting: {} });
    const next = makeFromPrevious(undated, { newId: counter() });
    expect(next.meeting.date).toBeUndefined();
    expect(next.summary).toMatch(/tháng 10 năm 2020$/u);
    expect(textOf(blockById(next, 1))).toBe('TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 10 NĂM 2020');
    // Without a meeting date no date in words can be told to be the meeting's, so a full date stays as written.
    expect(textOf(blockById(next, 0))).toContain('Ngày 28 tháng 9 năm 2020');
  });

  it('moves only deadlines when neither the meeting nor the trích yếu names a month', () => {
    const next = makeFromPrevious(septemberSession({ meeting: {}, summary: 'Kết luận của Chủ tịch UBND tỉnh' }), { newId: counter() });
    expect(textOf(blockById(next, 1))).toBe('TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 9 NĂM 2020');
    expect(textOf(blockById(next, 3))).toContain('trước ngày 10/11/2020');
  });
});

describe('shifting months in text', () => {
  const context = { meetingMonth: { year: 2020, month: 9 } };

  it('handles the slash, words, padding and the deadline words', () => {
    expect(shiftMonthsInText('tháng 9/2020, tháng 09/2020, tháng 9 năm 2020', context)).toBe('tháng 10/2020, tháng 10/2020, tháng 10 năm 2020');
    expect(shiftMonthsInText('Chậm nhất là ngày 05/10/2020; không quá ngày 5/9/2020', context)).toBe(
      'Chậm nhất là ngày 05/11/2020; không quá ngày 5/10/2020',
    );
    expect(shiftMonthsInText('trước ngày 15 tháng 10 năm 2020', context)).toBe('trước ngày 15 tháng 11 năm 2020');
    expect(shiftMonthsInText('trước ngày 31/01/2021', context)).toBe('trước ngày 28/02/2021');
  });

  it('leaves counts of months, impossible dates and words that merely contain "tháng" alone', () => {
    expect(shiftMonthsInText('9 tháng đầu năm 2020, 3 tháng cuối năm', context)).toBe('9 tháng đầu năm 2020, 3 tháng cuối năm');
    expect(shiftMonthsInText('trước ngày 31/02/2020', context)).toBe('trước ngày 31/02/2020');
    expect(shiftMonthsInText('tháng 13/2020', context)).toBe('tháng 13/2020');
  });

  it('finds phrases written in decomposed Unicode', () => {
    expect(shiftMonthsInText('phiên họp tháng 9 năm 2020'.normalize('NFD'), context)).toBe('phiên họp tháng 10 năm 2020');
  });

  it('keeps formatting when a phrase straddles runs', () => {
    const shifted = shiftMonthsInRichText(
      [{ text: 'báo cáo trước ngày 1' }, { text: '5/10/2020', bold: true }, { text: ' và trong tháng 12 năm 2020.', italic: true }],
      context,
    );
    // Each rewritten piece (not the day and year that stay) is a run of its own, marked changed, in the format of the run it starts in.
    expect(shifted).toEqual([
      { text: 'báo cáo trước ngày 1' },
      { text: '5/', bold: true },
      { text: '11', bold: true, changed: true },
      { text: '/2020', bold: true },
      { text: ' và trong tháng ', italic: true },
      { text: '01', italic: true, changed: true },
      { text: ' năm ', italic: true },
      { text: '2021', italic: true, changed: true },
      { text: '.', italic: true },
    ]);
    expect(shifted.map((run) => run.text).join('')).toBe('báo cáo trước ngày 15/11/2020 và trong tháng 01 năm 2021.');
  });

  it('drops the change marks of an earlier copy and marks only what this copy moved', () => {
    const shifted = shiftMonthsInRichText([{ text: 'THÁNG ' }, { text: '9', changed: true }, { text: ' và tháng 7/2020' }], context);
    expect(shifted).toEqual([{ text: 'THÁNG ' }, { text: '10', changed: true }, { text: ' và tháng 7/2020' }]);
  });
});

describe('months without a year, in digits alone and in capitals (issue 12, bug 5)', () => {
  const november = { meetingMonth: { year: 2026, month: 11 } };

  it("moves the meeting's month and the next month's references, with or without their year, consistently", () => {
    expect(shiftMonthsInText('TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11; NHIỆM VỤ TRỌNG TÂM THÁNG 12', november)).toBe(
      'TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 12; NHIỆM VỤ TRỌNG TÂM THÁNG 01 NĂM 2027',
    );
    expect(shiftMonthsInText('NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2026', november)).toBe('NHIỆM VỤ TRỌNG TÂM THÁNG 01 NĂM 2027');
    expect(shiftMonthsInText('Trong tháng 11, thu ngân sách đạt 82%; tháng 12 tập trung giải ngân', november)).toBe(
      'Trong tháng 12, thu ngân sách đạt 82%; tháng 01 năm 2027 tập trung giải ngân',
    );
    expect(shiftMonthsInText('tháng 11 năm 2026, 11/2026 và 12/2026', november)).toBe('tháng 12 năm 2026, 12/2026 và 01/2027');
  });

  it('a December meeting rolls into January of the new meeting year without naming it', () => {
    expect(shiftMonthsInText('THÁNG 12; NHIỆM VỤ THÁNG 01', { meetingMonth: { year: 2026, month: 12 } })).toBe('THÁNG 01; NHIỆM VỤ THÁNG 02');
  });

  it('leaves earlier months, days of a month, dates, document numbers and counts of months alone', () => {
    for (const text of [
      'so với tháng 10, tháng 10/2026 và 10/2026',
      'Văn bản ngày 15 tháng 11 và ngày 28/11/2026',
      'Nghị quyết số 11/2026/NQ-HĐND; Kế hoạch số 11/2026',
      '11 tháng đầu năm 2026, 12 tháng',
    ]) {
      expect(shiftMonthsInText(text, november)).toBe(text);
    }
  });

  it('moves nothing without a year when the meeting month is unknown', () => {
    expect(shiftMonthsInText('THÁNG 11, 11/2026', {})).toBe('THÁNG 11, 11/2026');
  });
});

describe('review marks', () => {
  const copy = makeFromPrevious(septemberSession(), { newId: counter('b') });

  it('lists every mark in document order with Vietnamese labels and excerpts', () => {
    const marks = listReviewMarks(copy);
    expect(marks.map((m) => [m.id, m.kind, m.label])).toEqual([
      [SUMMARY_REVIEW_ID, 'summary', 'Trích yếu'],
      ['b1', 'paragraph', 'Đoạn văn'],
      ['b2', 'heading', 'Mục I'],
      ['b3', 'dash', 'Ý gạch đầu dòng'],
      ['b4', 'task', 'Nhiệm vụ 1, mục I'],
      ['b5', 'task', 'Nhiệm vụ 2, mục I'],
      ['b6', 'sub-item', 'Nhiệm vụ 2, mục I, ý thứ 1'],
      ['b7', 'sub-item', 'Nhiệm vụ 2, mục I, ý thứ 2'],
      ['b8', 'heading', 'Mục II'],
      ['b9', 'scheme', 'Đề án 1, mục II'],
    ]);
    expect(marks.find((m) => m.id === 'b6')?.parentId).toBe('b5');
    expect(marks[0]?.excerpt).toBe('Kết luận của Chủ tịch UBND tỉnh Trần Tiến Dũng tại phiên họp UBND tỉnh tháng 10…');
    expect(marks.every((m) => m.excerpt.length <= 81)).toBe(true);
    expect(marks.find((m) => m.id === 'b5')?.excerpt).toBe('Giao Sở Nông nghiệp và PTNT: Báo cáo kết quả rà soát 3 loại rừng trong tháng 11…');
  });

  it('labels lettered points by their letter', () => {
    const lettered = {
      ...copy,
      body: copy.body.map((b) => (b.type === 'task' && b.id === 'b5' ? { ...b, subItemStyle: 'letter' as const } : b)),
    };
    expect(listReviewMarks(lettered).filter((m) => m.kind === 'sub-item').map((m) => m.label)).toEqual([
      'Nhiệm vụ 2, mục I, ý a)',
      'Nhiệm vụ 2, mục I, ý b)',
    ]);
  });

  it('confirming clears exactly one mark: a block, a sub-item or the trích yếu', () => {
    const total = countReviewMarks(copy);
    const a = confirmReviewMark(copy, 'b4');
    expect(countReviewMarks(a)).toBe(total - 1);
    expect(a.body[3]?.toReview).toBeUndefined();
    const b = confirmReviewMark(a, 'b7');
    expect(countReviewMarks(b)).toBe(total - 2);
    expect((b.body[4] as TaskBlock).subItems.map((s) => s.toReview)).toEqual([true, undefined]);
    expect(b.body[4]?.toReview).toBe(true);
    const c = confirmReviewMark(b, SUMMARY_REVIEW_ID);
    expect(c.summaryToReview).toBeUndefined();
    expect(countReviewMarks(c)).toBe(total - 3);
    expect(confirmReviewMark(c, 'no-such-id')).toEqual(c);
    expect(validateNotice(c).ok).toBe(true);
    // The original is not changed.
    expect(countReviewMarks(copy)).toBe(total);
  });

  it('editing a block clears its mark; moving it or editing a neighbour does not', () => {
    const edited: Notice = structuredClone(copy);
    const task = edited.body[3] as TaskBlock;
    task.content = [{ text: 'Nội dung mới.' }];
    const moved = { ...edited, body: [edited.body[1]!, edited.body[0]!, ...edited.body.slice(2)] };
    const result = clearEditedReviewMarks(copy, moved);
    expect(result.body.find((b) => b.id === 'b4')?.toReview).toBeUndefined();
    expect(result.body.filter((b) => b.toReview).map((b) => b.id)).toEqual(['b2', 'b1', 'b3', 'b5', 'b8', 'b9']);
    expect(result.summaryToReview).toBe(true);
    expect(countReviewMarks(result)).toBe(countReviewMarks(copy) - 1);
  });

  it('editing a sub-item clears only that sub-item; editing the trích yếu clears its mark', () => {
    const edited: Notice = structuredClone(copy);
    const task = edited.body[4] as TaskBlock;
    task.subItems[0]!.text = [{ text: 'Báo cáo trong tháng 11 năm 2020.' }];
    edited.summary = 'Kết luận tại phiên họp UBND tỉnh tháng 10 năm 2020';
    const result = clearEditedReviewMarks(copy, edited);
    const after = result.body[4] as TaskBlock;
    expect(after.toReview).toBe(true);
    expect(after.subItems.map((s) => s.toReview)).toEqual([undefined, true]);
    expect(result.summaryToReview).toBeUndefined();
  });

  it('an identical notice keeps every mark, whatever the key order or undefined keys', () => {
    const same = JSON.parse(JSON.stringify(copy)) as Notice;
    const reordered = { ...same, body: same.body.map((b) => Object.fromEntries(Object.entries(b).reverse()) as Block) };
    (reordered.body[3] as TaskBlock).deadline = (reordered.body[3] as TaskBlock).deadline;
    expect(clearEditedReviewMarks(copy, reordered)).toBe(reordered);
    expect(countReviewMarks(clearEditedReviewMarks(copy, reordered))).toBe(countReviewMarks(copy));
  });
});

const SAMPLE = join(__dirname, '../../resources/samples/lai-chau-2020-09.notice.json');

describe.skipIf(!existsSync(SAMPLE))('the September 2020 sample', () => {
  const sample = parseStoredNotice(JSON.parse(readFileSync(SAMPLE, 'utf8')));
  const copy = makeFromPrevious(sample, { newId: counter('s') });
  const tasks = (n: Notice) => n.body.filter((b): b is TaskBlock => b.type === 'task');

  it('has 16 tasks, all marked to review, with their agencies kept', () => {
    expect(tasks(copy)).toHaveLength(16);
    expect(tasks(copy).every((t) => t.toReview)).toBe(true);
    expect(tasks(copy).map((t) => t.leadAgencies)).toEqual(tasks(sample).map((t) => t.leadAgencies));
    expect(listReviewMarks(copy).filter((m) => m.kind === 'task')).toHaveLength(16);
    expect(validateNotice(copy).ok).toBe(true);
  });

  it('moves the month in the trích yếu from 9 to 10, clears number and date', () => {
    expect(sample.summary).toMatch(/tháng 9(\/| năm )2020/u);
    expect(copy.summary).toBe(sample.summary.replace(/tháng 9(\/| năm )2020/u, 'tháng 10$12020'));
    expect(copy.summaryToReview).toBe(true);
    expect(copy.number).toBeUndefined();
    expect(copy.date).toBeUndefined();
  });

  it('moves "trước ngày 10/10/2020" of task 4 forward', () => {
    const text = tasks(copy).map((t) => plain(t.content)).join('\n');
    expect(text).toContain('trước ngày 10/11/2020');
    expect(text).not.toContain('trước ngày 10/10/2020');
    expect(text).toContain('Văn bản số 1505/UBND-KTN ngày 28/7/2020');
  });
});
