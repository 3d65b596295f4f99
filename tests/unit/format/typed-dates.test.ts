import { describe, expect, it } from 'vitest';
import { formatTypedDate, maskTypedDate, parseTypedDate } from '../../../shared/format/dates';

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
  });
});
