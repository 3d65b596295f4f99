import { describe, expect, it } from 'vitest';
import { longestLineTwips, textWidthTwips } from '../../shared/docx/text-width';

describe('textWidthTwips', () => {
  it('measures Times New Roman advances: 14 pt digits are half an em, 7 pt = 140 twips each', () => {
    expect(textWidthTwips('2020', 14, false)).toBe(4 * 140);
    expect(textWidthTwips('2020', 14, true)).toBe(4 * 140);
  });

  it('gives bold text its own, wider advances', () => {
    expect(textWidthTwips('PHÒNG', 13, true)).toBeGreaterThan(textWidthTwips('PHÒNG', 13, false));
    // Bold "M" is 1933/2048 em: at 13 pt, 1933 / 2048 × 260 twips.
    expect(textWidthTwips('M', 13, true)).toBeCloseTo((1933 / 2048) * 260, 6);
  });

  it('measures a Vietnamese letter as its base letter', () => {
    expect(textWidthTwips('ĐỘC LẬP', 14, true)).toBe(textWidthTwips('DOC LAP', 14, true));
    expect(textWidthTwips('đường', 14, false)).toBe(textWidthTwips('duong', 14, false));
    expect(textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true)).toBe(
      textWidthTwips('CONG HOA XA HOI CHU NGHIA VIET NAM', 13, true),
    );
  });

  it('is wide enough for the Quốc hiệu on one line in the right column of the header (5846 twips)', () => {
    expect(textWidthTwips('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true)).toBeLessThan(5846 - 170);
  });
});

describe('longestLineTwips', () => {
  it('is the text width when the text fits', () => {
    expect(longestLineTwips('VĂN PHÒNG', 13, true, 3766)).toBe(textWidthTwips('VĂN PHÒNG', 13, true));
  });

  it('is the longest of the lines a wrapped text breaks into at spaces', () => {
    const available = textWidthTwips('ỦY BAN NHÂN DÂN', 13, true) + 10;
    expect(longestLineTwips('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 13, true, available)).toBe(
      textWidthTwips('ỦY BAN NHÂN DÂN', 13, true),
    );
  });

  it('never exceeds the space available, even for one long word', () => {
    expect(longestLineTwips('KHÔNGCÓKHOẢNGTRẮNGNÀOCẢTRONGDÒNGNÀY', 14, true, 2000)).toBe(2000);
  });
});
