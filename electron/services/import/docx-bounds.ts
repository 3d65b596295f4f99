/**
 * Bounds on what a .docx may ask of the reader: list numbers as Word allows them (starts 0 to 32,767, levels 0 to
 * 8) and how deep tables, content controls and fields may nest. Anything beyond is a broken or hostile file, not a
 * notice: it is refused with a Vietnamese message before it can cost memory, time or the call stack.
 */
import { toRoman } from '../../../shared/format/numbering';
import { ImportError } from '../../../shared/import/errors';

/** Word's own limits on a list: the start value and the levels (ilvl) of one list. */
export const MAX_LIST_START = 32_767;
export const MAX_LIST_LEVEL = 8;
/** Tables in tables, content controls and fields inside one another; a real notice needs two or three. */
export const MAX_NESTING = 64;

const REDO_IN_WORD = 'Tệp có thể bị hỏng. Hãy mở tệp trong Word, đánh số lại danh sách, lưu rồi nhập lại.';

/** A start or startOverride value, checked. */
export function listStart(value: string | undefined, fileName: string): number {
  if (value === undefined) return 1;
  const start = Number(value);
  if (!Number.isInteger(start) || start < 0 || start > MAX_LIST_START) {
    throw new ImportError(
      'bad-numbering',
      `Tệp «${fileName}» có danh sách đánh số bắt đầu từ «${value.slice(0, 30)}», ngoài giới hạn Word cho phép ` +
        `(từ 0 đến 32.767). ${REDO_IN_WORD}`,
    );
  }
  return start;
}

/** A list level (ilvl), checked. */
export function listLevel(value: string | undefined, fileName: string): number {
  if (value === undefined) return 0;
  const level = Number(value);
  if (!Number.isInteger(level) || level < 0 || level > MAX_LIST_LEVEL) {
    throw new ImportError(
      'bad-numbering',
      `Tệp «${fileName}» có danh sách ở cấp «${value.slice(0, 30)}», trong khi Word chỉ có ${MAX_LIST_LEVEL + 1} cấp. ${REDO_IN_WORD}`,
    );
  }
  return level;
}

/** Word's letters: 1 → a, 26 → z, 27 → aa (at most 32,767 / 26 + 1 = 1,261 letters, from the bounds above). */
function letters(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A list counter as Word writes it in `format`; values a format cannot write (0 in roman) are written as digits. */
export function formatListNumber(value: number, format: string): string {
  const roman = value >= 1 && value <= 3999;
  switch (format) {
    case 'upperRoman':
      return roman ? toRoman(value) : String(value);
    case 'lowerRoman':
      return roman ? toRoman(value).toLowerCase() : String(value);
    case 'lowerLetter':
      return value >= 1 ? letters(value) : String(value);
    case 'upperLetter':
      return value >= 1 ? letters(value).toUpperCase() : String(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

/** Throws once `depth` nested containers exceed MAX_NESTING. */
export function checkNesting(depth: number, fileName: string): void {
  if (depth <= MAX_NESTING) return;
  throw new ImportError(
    'too-deep',
    `Tệp «${fileName}» có nội dung lồng nhau quá sâu (hơn ${MAX_NESTING} lớp bảng, khung hoặc trường), không giống một ` +
      'thông báo: tệp có thể bị hỏng. Hãy mở tệp trong Word, chép nội dung sang một văn bản mới rồi nhập lại.',
  );
}
