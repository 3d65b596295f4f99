/**
 * Text widths in Times New Roman, to size the lines drawn under the agency name, the Tiêu ngữ and the trích yếu
 * (Decree 30 ties their lengths to the text's). Advance widths of U+0020–U+007E in font units (2048 per em), read
 * from Liberation Serif, which is metric-compatible with Times New Roman. Vietnamese letters are measured as their
 * base letter: the decree's fonts give accented letters the advance of the letter they are built on.
 */
const UNITS_PER_EM = 2048;
const FIRST = 0x20;

// prettier-ignore
const REGULAR: readonly number[] = [
  512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108
];
// prettier-ignore
const BOLD: readonly number[] = [
  512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065
];

/** Advance for anything outside the table (rare in an agency name or a title): the width of a digit. */
const FALLBACK = 1024;

function baseLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Width in twips of one line of text set in Times New Roman at sizePt points. */
export function textWidthTwips(text: string, sizePt: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of baseLetters(text)) {
    units += table[(char.codePointAt(0) ?? 0) - FIRST] ?? FALLBACK;
  }
  // 20 twips per point.
  return (units / UNITS_PER_EM) * sizePt * 20;
}

/**
 * Width in twips of the longest line the text takes when it wraps at spaces in a space `available` twips wide
 * (a word processor's greedy line breaking); a line under wrapped text is measured against that line.
 */
export function longestLineTwips(text: string, sizePt: number, bold: boolean, available: number): number {
  const space = textWidthTwips(' ', sizePt, bold);
  let longest = 0;
  let current = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const width = textWidthTwips(word, sizePt, bold);
    if (current > 0 && current + space + width > available) {
      longest = Math.max(longest, current);
      current = width;
    } else {
      current = current > 0 ? current + space + width : width;
    }
  }
  return Math.min(Math.max(longest, current), available);
}
