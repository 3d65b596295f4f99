import { describe, expect, it } from 'vitest';
import { formatTypedDate, localTodayIso, maskTypedDate, parseTypedDate } from '../../../shared/format/dates';

describe('dates typed as dd/mm/yyyy', () => {
  it('lays out digits with slashes as they come, typed with slashes or not', () => {
    expect(maskTypedDate('1512', 'day')).toBe('15/12');
    expect(maskTypedDate('15122026', 'day')).toBe('15/12/2026');
    expect(maskTypedDate('15/12/2026x9', 'day')).toBe('15/12/2026');
    expect(maskTypedDate('122026', 'month')).toBe('12/2026');
  });

  it('reads a whole date as ISO and shows ISO back the same way', () => {
    expect(parseTypedDate('15122026', 'day')).toEqual({ iso: '2026-12-15' });
    expect(parseTypedDate('29/02/2028', 'day')).toEqual({ iso: '2028-02-29' });
    expect(parseTypedDate('12/2026', 'month')).toEqual({ iso: '2026-12' });
    expect(formatTypedDate('2026-12-15', 'day')).toBe('15/12/2026');
    expect(formatTypedDate('2026-12', 'month')).toBe('12/2026');
    expect(parseTypedDate('15/12', 'day')).toEqual({ incomplete: true });
  });

  it('refuses days that do not exist and years out of range, in Vietnamese', () => {
    expect(parseTypedDate('31/02/2026', 'day')).toEqual({ error: 'Không có ngày 31/02/2026.' });
    expect(parseTypedDate('06/02/0026', 'day')).toEqual({ error: 'Năm phải trong khoảng 1900–2100.' });
    expect(parseTypedDate('13/2026', 'month')).toEqual({ error: 'Không có tháng 13/2026.' });
    expect(parseTypedDate('00/2026', 'month')).toEqual({ error: 'Không có tháng 00/2026.' });
    expect(parseTypedDate('00/12/2026', 'day')).toEqual({ error: 'Không có ngày 00/12/2026.' });
  });

  it('shows nothing for a stored value that names no day or month', () => {
    expect(formatTypedDate('2026-02-30', 'day')).toBe('');
    expect(formatTypedDate('2026-13', 'month')).toBe('');
    expect(formatTypedDate('15/12/2026', 'day')).toBe('');
  });

  it('gives today on the local calendar, padded', () => {
    expect(localTodayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(() => localTodayIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});
