import { describe, expect, it } from 'vitest';
import {
  DRAFT_BLANK,
  DRAFT_NUMBER_BLANK,
  formatDay,
  formatLongDate,
  formatMonth,
  formatNumberLine,
  formatPlaceDate,
  formatShortDate,
} from '../../../shared/format/vietnamese';
import { isValidIsoDate, isoDateFromParts, splitIsoDate } from '../../../shared/format/dates';

describe('formatMonth', () => {
  it('pads months 1 and 2 only', () => {
    expect(formatMonth(1)).toBe('01');
    expect(formatMonth(2)).toBe('02');
    expect(formatMonth(3)).toBe('3');
    expect(formatMonth(9)).toBe('9');
    expect(formatMonth(10)).toBe('10');
    expect(formatMonth(11)).toBe('11');
    expect(formatMonth(12)).toBe('12');
  });

  it.each([0, 13, -1, 1.5])('rejects %s', (m) => {
    expect(() => formatMonth(m)).toThrow(RangeError);
  });
});

describe('formatDay', () => {
  it('pads days below 10', () => {
    expect(formatDay(1)).toBe('01');
    expect(formatDay(5)).toBe('05');
    expect(formatDay(9)).toBe('09');
    expect(formatDay(10)).toBe('10');
    expect(formatDay(31)).toBe('31');
  });

  it.each([0, 32, 2.5])('rejects %s', (d) => {
    expect(() => formatDay(d)).toThrow(RangeError);
  });
});

describe('formatPlaceDate', () => {
  it('writes the Decree 30 place and date line', () => {
    expect(formatPlaceDate('Lai Châu', '2020-10-05')).toBe('Lai Châu, ngày 05 tháng 10 năm 2020');
  });

  it.each([
    ['2021-01-15', 'Lai Châu, ngày 15 tháng 01 năm 2021'],
    ['2021-02-03', 'Lai Châu, ngày 03 tháng 02 năm 2021'],
    ['2020-03-01', 'Lai Châu, ngày 01 tháng 3 năm 2020'],
    ['2020-09-30', 'Lai Châu, ngày 30 tháng 9 năm 2020'],
    ['2020-11-11', 'Lai Châu, ngày 11 tháng 11 năm 2020'],
    ['2020-12-31', 'Lai Châu, ngày 31 tháng 12 năm 2020'],
    ['2024-02-29', 'Lai Châu, ngày 29 tháng 02 năm 2024'],
  ])('%s → %s', (date, line) => {
    expect(formatPlaceDate('Lai Châu', date)).toBe(line);
  });

  it('uses the place as given, trimmed', () => {
    expect(formatPlaceDate('  Hà Nội ', '2020-10-20')).toBe('Hà Nội, ngày 20 tháng 10 năm 2020');
  });

  it('leaves blanks for a pen when the draft has no date', () => {
    const line = formatPlaceDate('Lai Châu');
    expect(line).toBe(`Lai Châu, ngày ${DRAFT_BLANK} tháng ${DRAFT_BLANK} năm ${DRAFT_BLANK}`);
    expect(line).not.toMatch(/\d/);
    // The blanks are non-breaking spaces wide enough to write in, and survive HTML space collapsing.
    expect(DRAFT_BLANK).toMatch(/^\u00A0{4,}$/);
    expect(line.replace(/\u00A0+/g, '_')).toBe('Lai Châu, ngày _ tháng _ năm _');
  });

  it('refuses an impossible date', () => {
    expect(() => formatPlaceDate('Lai Châu', '2020-02-31')).toThrow(RangeError);
    expect(() => formatLongDate('05/10/2020')).toThrow(RangeError);
  });
});

describe('formatLongDate', () => {
  it('writes the date without the place', () => {
    expect(formatLongDate('2020-10-05')).toBe('ngày 05 tháng 10 năm 2020');
    expect(formatLongDate('2021-01-09')).toBe('ngày 09 tháng 01 năm 2021');
  });
});

describe('formatNumberLine', () => {
  it('pads numbers below 10', () => {
    expect(formatNumberLine(5, 'TB-VP')).toBe('Số: 05/TB-VP');
    expect(formatNumberLine(1, 'TB-UBND')).toBe('Số: 01/TB-UBND');
    expect(formatNumberLine(9, 'TB-VP')).toBe('Số: 09/TB-VP');
  });

  it('writes larger numbers as they are', () => {
    expect(formatNumberLine(10, 'TB-VP')).toBe('Số: 10/TB-VP');
    expect(formatNumberLine(123, 'TB-VP')).toBe('Số: 123/TB-VP');
    expect(formatNumberLine(4567, 'TB-UBND')).toBe('Số: 4567/TB-UBND');
  });

  it('writes the code in upper case without spaces', () => {
    expect(formatNumberLine(5, 'tb-vp')).toBe('Số: 05/TB-VP');
    expect(formatNumberLine(12, ' TB - VP ')).toBe('Số: 12/TB-VP');
    expect(formatNumberLine(3, 'qđ-ubnd')).toBe('Số: 03/QĐ-UBND');
  });

  it('leaves a blank number in a draft', () => {
    const line = formatNumberLine(undefined, 'TB-VP');
    expect(line).toBe(`Số:${DRAFT_NUMBER_BLANK}/TB-VP`);
    expect(line).toMatch(/^Số:\u00A0{6,}\/TB-VP$/);
  });

  it.each([0, -2, 1.5])('rejects the number %s', (n) => {
    expect(() => formatNumberLine(n, 'TB-VP')).toThrow(RangeError);
  });
});

describe('formatShortDate', () => {
  it.each([
    ['2020-10-15', '15/10/2020'],
    ['2020-10-05', '05/10/2020'],
    ['2021-01-09', '09/01/2021'],
    ['2020-12-31', '31/12/2020'],
  ])('%s → %s', (iso, short) => {
    expect(formatShortDate(iso)).toBe(short);
  });

  it('refuses an impossible date', () => {
    expect(() => formatShortDate('2020-02-30')).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('checks that a date exists', () => {
    expect(isValidIsoDate('2020-02-29')).toBe(true);
    expect(isValidIsoDate('2021-02-29')).toBe(false);
    expect(isValidIsoDate('2020-02-31')).toBe(false);
    expect(isValidIsoDate('2020-04-31')).toBe(false);
    expect(isValidIsoDate('2020-13-01')).toBe(false);
    expect(isValidIsoDate('2020-1-5')).toBe(false);
    expect(isValidIsoDate('15/10/2020')).toBe(false);
  });

  it('builds ISO dates from parts, refusing impossible ones', () => {
    expect(isoDateFromParts(2020, 10, 5)).toBe('2020-10-05');
    expect(isoDateFromParts(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDateFromParts(2023, 2, 29)).toBeUndefined();
    expect(isoDateFromParts(2020, 2, 31)).toBeUndefined();
    expect(isoDateFromParts(2020, 13, 1)).toBeUndefined();
    expect(isoDateFromParts(2020, 0, 1)).toBeUndefined();
    expect(isoDateFromParts(2020, 1, 0)).toBeUndefined();
    expect(isoDateFromParts(2020, 1.5, 1)).toBeUndefined();
  });

  it('splits an ISO date', () => {
    expect(splitIsoDate('2020-10-05')).toEqual({ year: 2020, month: 10, day: 5 });
    expect(() => splitIsoDate('2020-02-31')).toThrow(RangeError);
  });
});
