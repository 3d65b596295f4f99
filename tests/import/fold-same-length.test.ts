/**
 * foldSameLength: cue words are found in the folded text and cut out of the original at the same offsets, so the
 * fold must keep every offset, whatever the characters.
 */
import { describe, expect, it } from 'vitest';
import { foldSameLength } from '../../shared/import/agencies';

describe('foldSameLength', () => {
  it('folds case, diacritics and đ, one unit for one unit', () => {
    const text = 'GIAO Sở Tài chính CHỦ TRÌ, phối hợp với Đài PT-TH; Ủy ban nhân dân tỉnh.';
    const folded = foldSameLength(text);
    expect(folded).toBe('giao so tai chinh chu tri, phoi hop voi dai pt-th; uy ban nhan dan tinh.');
    expect(folded).toHaveLength(text.length);
  });

  it('returns ASCII text as it is and composes decomposed text first', () => {
    expect(foldSameLength('so tai chinh 15/12/2026')).toBe('so tai chinh 15/12/2026');
    expect(foldSameLength('Sở Y tế'.normalize('NFD'))).toBe('so y te');
  });

  it('keeps the length beyond the Vietnamese range: full-width letters, CJK, astral characters', () => {
    const text = 'ＳỞ 東京 😀 𝐒ở';
    const folded = foldSameLength(text);
    expect(folded).toBe('ｓo 東京 😀 𝐒o');
    expect(folded).toHaveLength(text.length);
  });

  it('folds a text longer than one working buffer', () => {
    const text = 'Sở Tài chính; '.repeat(2_000);
    expect(foldSameLength(text)).toBe('so tai chinh; '.repeat(2_000));
  });
});
