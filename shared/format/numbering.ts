/**
 * Numbering as Decree 30/2020 writes it: sections I., II. …; tasks and schemes 1., 2. … (restarting under every
 * numbered section); points a), b) … in the Vietnamese alphabet. Numbers are computed from position, never stored,
 * so inserting, removing or moving a block renumbers everything after it.
 */
import type { Block, SubItem } from '../notice/schema';

const ROMAN_DIGITS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function assertPositiveInteger(n: number, max: number): void {
  if (!Number.isInteger(n) || n < 1 || n > max) throw new RangeError(`Expected an integer from 1 to ${max}, got ${n}`);
}

/** 1 → "I", 4 → "IV", 14 → "XIV" (1 to 3999). */
export function toRoman(n: number): string {
  assertPositiveInteger(n, 3999);
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** The Vietnamese alphabet used for points (Decree 30, Appendix I): no f, j, w, z; đ comes right after d. */
export const VIETNAMESE_POINT_LETTERS: readonly string[] = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
];

/**
 * 1-based letter of a point: 1 → "a", 5 → "đ", 23 → "y".
 * The Decree has no letter after "y"; points 24 and on restart the alphabet with a round number, the way amended
 * legal texts add points: 24 → "a1", 46 → "y1", 47 → "a2". ("aa" is never used in Vietnamese documents.)
 */
export function vietnameseLetter(n: number): string {
  assertPositiveInteger(n, Number.MAX_SAFE_INTEGER);
  const size = VIETNAMESE_POINT_LETTERS.length;
  const round = Math.floor((n - 1) / size);
  const letter = VIETNAMESE_POINT_LETTERS[(n - 1) % size] as string;
  return round === 0 ? letter : `${letter}${round}`;
}

/**
 * Printed labels of the body's blocks, by block id, without a trailing space: numbered headings "I.", "II." …;
 * tasks and schemes share one counter "1.", "2." … that restarts after every heading: a heading, numbered or not
 * (such as "Các đề án trình tại phiên họp"), starts a new list. Paragraphs, dash items and unnumbered headings get
 * no entry.
 */
export function computeBlockLabels(blocks: readonly Block[]): Map<string, string> {
  const labels = new Map<string, string>();
  let section = 0;
  let item = 0;
  for (const block of blocks) {
    if (block.type === 'heading') {
      item = 0;
      if (block.numbered === false) continue;
      section += 1;
      labels.set(block.id, `${toRoman(section)}.`);
    } else if (block.type === 'task' || block.type === 'scheme') {
      item += 1;
      labels.set(block.id, `${item}.`);
    }
  }
  return labels;
}

/**
 * The mark of one sub-item. Dash style: "-" at level 1, "+" at level 2. Letter style: "a)", "b)" … from the
 * 0-based index of the point; a level-2 item inside a lettered point is a dash "-".
 */
export function subItemLabel(style: 'dash' | 'letter', index: number, level: 1 | 2): string {
  if (style === 'dash') return level === 1 ? '-' : '+';
  if (level === 2) return '-';
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Expected a 0-based index, got ${index}`);
  return `${vietnameseLetter(index + 1)})`;
}

/**
 * The marks of all sub-items of a task, in order. In letter style only level-1 items are points, so the letters
 * run a), b) … over them and skip the level-2 dashes between.
 */
export function subItemLabels(style: 'dash' | 'letter', subItems: readonly Pick<SubItem, 'level'>[]): string[] {
  let point = 0;
  return subItems.map((sub) => {
    const level = sub.level ?? 1;
    if (style === 'letter' && level === 1) return subItemLabel(style, point++, 1);
    return subItemLabel(style, 0, level);
  });
}

/** A copy of `blocks` with `block` inserted at `index` (0 … length). Block ids must stay unique. */
export function insertBlock<B extends { id: string }>(blocks: readonly B[], index: number, block: B): B[] {
  if (!Number.isInteger(index) || index < 0 || index > blocks.length) {
    throw new RangeError(`Insert position ${index} is outside 0…${blocks.length}`);
  }
  if (blocks.some((b) => b.id === block.id)) throw new Error(`A block with id "${block.id}" already exists`);
  return [...blocks.slice(0, index), block, ...blocks.slice(index)];
}

/** A copy of `blocks` without the block `id` (an unknown id leaves the copy unchanged). */
export function removeBlock<B extends { id: string }>(blocks: readonly B[], id: string): B[] {
  return blocks.filter((b) => b.id !== id);
}

/**
 * A copy of `blocks` with block `id` moved one place up (-1) or down (+1), past its neighbour. A task carries its
 * sub-items with it because they live inside the task. At either end, or for an unknown id, the copy is unchanged.
 */
export function moveBlock<B extends { id: string }>(blocks: readonly B[], id: string, delta: -1 | 1): B[] {
  const out = [...blocks];
  const from = out.findIndex((b) => b.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= out.length) return out;
  [out[from], out[to]] = [out[to] as B, out[from] as B];
  return out;
}
