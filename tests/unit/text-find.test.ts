import { describe, expect, it } from 'vitest';
import { findMatches, replaceAll } from '../../shared/text/find';

const slices = (text: string, query: string) => findMatches(text, query).map((m) => text.slice(m.start, m.end));

describe('finding Vietnamese text', () => {
  it('ignores case and diacritics, đ included, and reports the original text', () => {
    const text = 'Trong Tháng 11, Sở Tài chính đôn đốc; THÁNG 11 NĂM 2026; thang 11.';
    expect(slices(text, 'thang 11')).toEqual(['Tháng 11', 'THÁNG 11', 'thang 11']);
    expect(slices(text, 'don doc')).toEqual(['đôn đốc']);
    expect(slices(text, 'ĐÔN')).toEqual(['đôn']);
  });

  it('finds ellipses and repeated dots without overlapping', () => {
    expect(slices('ngày …/…/2026, tại ......', '…')).toEqual(['…', '…']);
    expect(findMatches('......', '...')).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
    ]);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findMatches('tháng 11', '')).toEqual([]);
    expect(findMatches('tháng 11', '  ')).toEqual([]);
  });

  it('keeps offsets right when the text is written in decomposed form', () => {
    const decomposed = 'Tha\u0301ng 11 và tháng 12';
    expect(slices(decomposed, 'thang 1')).toEqual(['Tha\u0301ng 1', 'tháng 1']);
  });

  it('replaces every occurrence', () => {
    expect(replaceAll('Tháng 11 và tháng 11.', 'thang 11', 'tháng 12')).toBe('tháng 12 và tháng 12.');
  });
});
