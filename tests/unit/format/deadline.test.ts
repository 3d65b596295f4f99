import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../shared/notice/schema';
import { DeadlineSchema } from '../../../shared/notice/schema';
import { deadlineDueDate, findDeadline, findDeadlines, formatDeadline } from '../../../shared/format/deadline';

const SAMPLE = readFileSync(new URL('../../fixtures/import/lai-chau-2020-09-ket-luan.txt', import.meta.url), 'utf8');
const byDate = (date: string): Deadline => ({ kind: 'by-date', date });
const withinMonth = (month: number, year: number): Deadline => ({ kind: 'within-month', year, month });

describe('formatDeadline', () => {
  it('writes a day as "trước ngày dd/mm/yyyy"', () => {
    expect(formatDeadline(byDate('2020-10-15'))).toBe('trước ngày 15/10/2020');
    expect(formatDeadline(byDate('2020-10-05'))).toBe('trước ngày 05/10/2020');
    expect(formatDeadline(byDate('2021-01-09'))).toBe('trước ngày 09/01/2021');
  });

  it('writes a month as "trong tháng m năm yyyy", padding months 1 and 2', () => {
    expect(formatDeadline(withinMonth(10, 2020))).toBe('trong tháng 10 năm 2020');
    expect(formatDeadline(withinMonth(9, 2020))).toBe('trong tháng 9 năm 2020');
    expect(formatDeadline(withinMonth(3, 2021))).toBe('trong tháng 3 năm 2021');
    expect(formatDeadline(withinMonth(12, 2020))).toBe('trong tháng 12 năm 2020');
    expect(formatDeadline(withinMonth(1, 2021))).toBe('trong tháng 01 năm 2021');
    expect(formatDeadline(withinMonth(2, 2021))).toBe('trong tháng 02 năm 2021');
  });
});

describe('deadlineDueDate', () => {
  it('is the date itself for a day', () => {
    expect(deadlineDueDate(byDate('2020-10-15'))).toBe('2020-10-15');
  });

  it('is the last day of the month for a month', () => {
    expect(deadlineDueDate(withinMonth(10, 2020))).toBe('2020-10-31');
    expect(deadlineDueDate(withinMonth(9, 2020))).toBe('2020-09-30');
    expect(deadlineDueDate(withinMonth(2, 2020))).toBe('2020-02-29');
    expect(deadlineDueDate(withinMonth(2, 2021))).toBe('2021-02-28');
    expect(deadlineDueDate(withinMonth(2, 2100))).toBe('2100-02-28');
    expect(deadlineDueDate(withinMonth(12, 2020))).toBe('2020-12-31');
    expect(deadlineDueDate(withinMonth(1, 2021))).toBe('2021-01-31');
    expect(deadlineDueDate(withinMonth(4, 2021))).toBe('2021-04-30');
  });

  it('refuses an impossible date or month', () => {
    expect(() => deadlineDueDate(byDate('2020-02-31'))).toThrow(RangeError);
    expect(() => deadlineDueDate(withinMonth(13, 2020))).toThrow(RangeError);
  });
});

describe('findDeadline', () => {
  it.each([
    ['báo cáo UBND tỉnh trước ngày 15/10/2020.', byDate('2020-10-15')],
    ['Rà soát các nguồn vốn còn lại để phân bổ trước ngày 10/10/2020.', byDate('2020-10-10')],
    ['trước ngày 5/1/2021', byDate('2021-01-05')],
    ['trước ngày 05-01-2021', byDate('2021-01-05')],
    ['trước ngày 05.01.2021', byDate('2021-01-05')],
    ['trước ngày 15 / 10 / 2020', byDate('2020-10-15')],
    ['trước ngày 15 tháng 10 năm 2020', byDate('2020-10-15')],
    ['Trước ngày 15/10/2020, các sở hoàn thành', byDate('2020-10-15')],
    ['TRƯỚC NGÀY 15/10/2020', byDate('2020-10-15')],
    ['chậm nhất ngày 30/11/2020', byDate('2020-11-30')],
    ['chậm nhất là ngày 30/11/2020', byDate('2020-11-30')],
    ['đến hết ngày 31/12/2020', byDate('2020-12-31')],
    ['không quá ngày 29/02/2024', byDate('2024-02-29')],
    ['báo cáo UBND tỉnh trong tháng 10 năm 2020.', withinMonth(10, 2020)],
    ['trong tháng 10/2020', withinMonth(10, 2020)],
    ['trong tháng 01 năm 2021', withinMonth(1, 2021)],
    ['Trong tháng 3 năm 2021', withinMonth(3, 2021)],
    ['hoàn thành trong quý IV năm 2020', withinMonth(12, 2020)],
    ['trong quý I năm 2021', withinMonth(3, 2021)],
    ['trong quý II/2021', withinMonth(6, 2021)],
    ['trong quý III năm 2021', withinMonth(9, 2021)],
    ['trong quý 4 năm 2020', withinMonth(12, 2020)],
  ])('%s', (text, deadline) => {
    expect(findDeadline(text)).toEqual(deadline);
  });

  it('reads every phrase it returns back as valid Notice data', () => {
    for (const text of ['trước ngày 15/10/2020', 'trong tháng 10 năm 2020', 'trong quý IV năm 2020']) {
      expect(DeadlineSchema.safeParse(findDeadline(text)).success).toBe(true);
    }
  });

  it('reads back what formatDeadline writes', () => {
    const cases: Deadline[] = [
      byDate('2020-10-15'), byDate('2020-10-05'), byDate('2021-01-01'), byDate('2024-02-29'), byDate('2020-12-31'),
      ...Array.from({ length: 12 }, (_, i) => withinMonth(i + 1, 2021)),
    ];
    for (const deadline of cases) {
      const phrase = formatDeadline(deadline);
      expect(findDeadline(phrase)).toEqual(deadline);
      expect(findDeadline(`Sở Tài chính chủ trì, báo cáo UBND tỉnh ${phrase}.`)).toEqual(deadline);
    }
  });

  it('returns the last deadline stated when there are several', () => {
    expect(findDeadline('đề xuất trước ngày 10/10/2020; báo cáo UBND tỉnh trong tháng 11 năm 2020')).toEqual(
      withinMonth(11, 2020),
    );
    expect(findDeadline('trong tháng 10 năm 2020 và báo cáo trước ngày 05/11/2020.')).toEqual(byDate('2020-11-05'));
    expect(findDeadlines('trước ngày 10/10/2020, trước ngày 20/10/2020').map((m) => m.deadline)).toEqual([
      byDate('2020-10-10'),
      byDate('2020-10-20'),
    ]);
  });

  it.each([
    ['trước ngày 31/02/2020'],
    ['trước ngày 30/02/2021'],
    ['trước ngày 29/02/2021'],
    ['trước ngày 31/04/2020'],
    ['trước ngày 00/10/2020'],
    ['trước ngày 15/13/2020'],
    ['trong tháng 13 năm 2020'],
    ['trong tháng 0 năm 2020'],
    ['trong quý V năm 2020'],
    ['trước ngày 15/10/0020'],
  ])('does not take the impossible "%s" for a deadline', (text) => {
    expect(findDeadline(text)).toBeUndefined();
  });

  it('skips an impossible date and keeps the real deadline', () => {
    expect(findDeadline('trước ngày 15/10/2020, không phải trước ngày 31/02/2020')).toEqual(byDate('2020-10-15'));
  });

  it.each([
    ['Văn bản số 1505/UBND-KTN ngày 28/7/2020 của ủy ban nhân dân tỉnh'],
    ['Kế hoạch số 03/KH-BCĐ ngày 12/8/2020 của Ban chỉ đạo'],
    ['Dự báo trong 3 tháng cuối năm còn nhiều thách thức'],
    ['nhiệm vụ trọng tâm tháng 3 cuối năm 2020'],
    ['phiên họp UBND tỉnh tháng 9/2020'],
    ['hoàn thành kế hoạch năm 2020'],
    ['trước ngày 15/10'],
    ['trong tháng 10'],
    ['không có thời hạn'],
    [''],
  ])('finds no deadline in "%s"', (text) => {
    expect(findDeadline(text)).toBeUndefined();
  });

  it('needs the phrase to start a word', () => {
    expect(findDeadline('xtrước ngày 15/10/2020')).toBeUndefined();
    expect(findDeadline('trước ngày 15/10/20201')).toBeUndefined();
  });

  it('reads text typed with decomposed diacritics (NFD)', () => {
    expect(findDeadline('báo cáo trước ngày 15/10/2020'.normalize('NFD'))).toEqual(byDate('2020-10-15'));
    expect(findDeadline('trong tháng 10 năm 2020'.normalize('NFD'))).toEqual(withinMonth(10, 2020));
  });

  it('tolerates several spaces and non-breaking spaces inside the phrase', () => {
    expect(findDeadline('trước  ngày\u00A015/10/2020')).toEqual(byDate('2020-10-15'));
    expect(findDeadline('trong\u00A0tháng  10   năm 2020')).toEqual(withinMonth(10, 2020));
  });

  it('reports where each phrase is', () => {
    const text = 'Sở Y tế báo cáo trước ngày 20/10/2020.';
    const [match] = findDeadlines(text);
    expect(match?.text).toBe('trước ngày 20/10/2020');
    expect(text.slice(match?.index, (match?.index ?? 0) + (match?.text.length ?? 0))).toBe('trước ngày 20/10/2020');
  });
});

describe('findDeadline on the published sample notice', () => {
  // Every deadline phrase of the published sample (tests/fixtures/import), in order.
  const expected = [
    ['trước ngày 10/10/2020', byDate('2020-10-10')],
    ['trong tháng 10 năm 2020', withinMonth(10, 2020)],
    ['trước ngày 15/10/2020', byDate('2020-10-15')],
    ['trước ngày 20/10/2020', byDate('2020-10-20')],
    ['trước ngày 20/10/2020', byDate('2020-10-20')],
    ['trước ngày 20/10/2020', byDate('2020-10-20')],
    ['trong tháng 10 năm 2020', withinMonth(10, 2020)],
    ['trong tháng 10 năm 2020', withinMonth(10, 2020)],
    ['trong tháng 9 năm 2020', withinMonth(9, 2020)],
    ['trong tháng 10 năm 2020', withinMonth(10, 2020)],
    ['trong tháng 12 năm 2020', withinMonth(12, 2020)],
  ] as const;

  it('finds exactly the eleven deadline phrases and nothing else (no document references, no menus)', () => {
    expect(findDeadlines(SAMPLE).map((m) => [m.text, m.deadline])).toEqual(expected);
  });

  it('finds each task line’s deadline', () => {
    const lines = SAMPLE.split('\n');
    // The published text separates numbers from text with runs of regular and non-breaking spaces.
    const lineWith = (start: string): string => {
      const line = lines.find((l) => l.replace(/\s+/gu, ' ').trimStart().startsWith(start));
      if (line === undefined) throw new Error(`No line starts with "${start}"`);
      return line;
    };
    expect(findDeadline(lineWith('4. '))).toEqual(byDate('2020-10-10'));
    expect(findDeadline(lineWith('10. '))).toEqual(byDate('2020-10-20'));
    expect(findDeadline(lineWith('13. '))).toEqual(withinMonth(10, 2020));
    expect(findDeadline(lineWith('15. '))).toEqual(withinMonth(10, 2020));
    expect(findDeadline(lineWith('6. '))).toBeUndefined();
    expect(findDeadline(lineWith('Báo cáo tổng kết Chiến lược'))).toEqual(withinMonth(9, 2020));
    expect(findDeadline(lineWith('Sở Y tế tiếp thu'))).toEqual(withinMonth(12, 2020));
  });
});
