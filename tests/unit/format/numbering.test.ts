import { describe, expect, it } from 'vitest';
import { BlockSchema, type Block, type NoticeInput } from '../../../shared/notice/schema';
import {
  VIETNAMESE_POINT_LETTERS,
  computeBlockLabels,
  insertBlock,
  moveBlock,
  removeBlock,
  subItemLabel,
  subItemLabels,
  toRoman,
  vietnameseLetter,
} from '../../../shared/format/numbering';

type BlockInput = NonNullable<NoticeInput['body']>[number];
const block = (input: BlockInput): Block => BlockSchema.parse(input);
const heading = (id: string, numbered = true) => block({ id, type: 'heading', text: [{ text: id }], numbered });
const task = (id: string) => block({ id, type: 'task', content: [{ text: id }] });
const scheme = (id: string) => block({ id, type: 'scheme', title: [{ text: id }] });
const paragraph = (id: string) => block({ id, type: 'paragraph', text: [{ text: id }] });
const dash = (id: string) => block({ id, type: 'dash', text: [{ text: id }] });

/** Labels in block order, "" for blocks without one: easy to read in assertions. */
const labelsInOrder = (blocks: Block[]): string[] => {
  const labels = computeBlockLabels(blocks);
  return blocks.map((b) => labels.get(b.id) ?? '');
};

describe('toRoman', () => {
  it.each([
    [1, 'I'], [2, 'II'], [3, 'III'], [4, 'IV'], [5, 'V'], [6, 'VI'], [7, 'VII'], [8, 'VIII'], [9, 'IX'],
    [10, 'X'], [11, 'XI'], [14, 'XIV'], [19, 'XIX'], [20, 'XX'], [24, 'XXIV'], [29, 'XXIX'], [39, 'XXXIX'],
    [40, 'XL'], [44, 'XLIV'], [49, 'XLIX'], [50, 'L'], [90, 'XC'], [99, 'XCIX'], [400, 'CD'], [444, 'CDXLIV'],
    [900, 'CM'], [1994, 'MCMXCIV'], [2020, 'MMXX'], [3999, 'MMMCMXCIX'],
  ])('%i → %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });

  it('never repeats a symbol four times', () => {
    for (let n = 1; n <= 3999; n++) expect(toRoman(n)).not.toMatch(/(I{4}|X{4}|C{4}|M{4}|V{2}|L{2}|D{2})/);
  });

  it('gives a different numeral to every number', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 3999; n++) seen.add(toRoman(n));
    expect(seen.size).toBe(3999);
  });

  it.each([0, -1, 1.5, 4000, Number.NaN])('rejects %s', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });
});

describe('vietnameseLetter', () => {
  it('runs over the 23 letters of the Decree, đ right after d', () => {
    const letters = Array.from({ length: 23 }, (_, i) => vietnameseLetter(i + 1));
    expect(letters.join(' ')).toBe('a b c d đ e g h i k l m n o p q r s t u v x y');
    expect(letters).toEqual(VIETNAMESE_POINT_LETTERS);
  });

  it('has no f, j, w or z', () => {
    const letters = Array.from({ length: 100 }, (_, i) => vietnameseLetter(i + 1));
    for (const letter of letters) expect(letter).not.toMatch(/[fjwz]/);
  });

  it.each([
    [1, 'a'], [4, 'd'], [5, 'đ'], [6, 'e'], [7, 'g'], [8, 'h'], [10, 'k'], [22, 'x'], [23, 'y'],
  ])('%i → %s', (n, letter) => {
    expect(vietnameseLetter(n)).toBe(letter);
  });

  it('continues after y as a1, b1 … y1, a2', () => {
    expect(vietnameseLetter(24)).toBe('a1');
    expect(vietnameseLetter(25)).toBe('b1');
    expect(vietnameseLetter(28)).toBe('đ1');
    expect(vietnameseLetter(46)).toBe('y1');
    expect(vietnameseLetter(47)).toBe('a2');
  });

  it('never gives the same letter twice', () => {
    const seen = new Set(Array.from({ length: 500 }, (_, i) => vietnameseLetter(i + 1)));
    expect(seen.size).toBe(500);
  });

  it.each([0, -3, 2.5])('rejects %s', (n) => {
    expect(() => vietnameseLetter(n)).toThrow(RangeError);
  });
});

describe('subItemLabel', () => {
  it('marks dash sub-items with - and level-2 ones with +', () => {
    expect(subItemLabel('dash', 0, 1)).toBe('-');
    expect(subItemLabel('dash', 7, 1)).toBe('-');
    expect(subItemLabel('dash', 0, 2)).toBe('+');
  });

  it('letters points a), b) … from a 0-based index', () => {
    expect(subItemLabel('letter', 0, 1)).toBe('a)');
    expect(subItemLabel('letter', 1, 1)).toBe('b)');
    expect(subItemLabel('letter', 3, 1)).toBe('d)');
    expect(subItemLabel('letter', 4, 1)).toBe('đ)');
    expect(subItemLabel('letter', 5, 1)).toBe('e)');
    expect(subItemLabel('letter', 22, 1)).toBe('y)');
    expect(subItemLabel('letter', 23, 1)).toBe('a1)');
  });

  it('marks a level-2 item inside a lettered point with a dash', () => {
    expect(subItemLabel('letter', 2, 2)).toBe('-');
  });

  it('rejects a negative index', () => {
    expect(() => subItemLabel('letter', -1, 1)).toThrow(RangeError);
  });
});

describe('subItemLabels', () => {
  it('letters only level-1 points and keeps counting past level-2 dashes', () => {
    const items = [{ level: 1 }, { level: 2 }, { level: 2 }, { level: 1 }, { level: 1 }, { level: 2 }] as const;
    expect(subItemLabels('letter', [...items])).toEqual(['a)', '-', '-', 'b)', 'c)', '-']);
    expect(subItemLabels('dash', [...items])).toEqual(['-', '+', '+', '-', '-', '+']);
  });

  it('reaches đ as the fifth point', () => {
    const five = Array.from({ length: 6 }, () => ({ level: 1 as const }));
    expect(subItemLabels('letter', five)).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
  });

  it('is empty for no sub-items', () => {
    expect(subItemLabels('letter', [])).toEqual([]);
  });
});

describe('computeBlockLabels', () => {
  it('numbers headings I., II. and tasks 1., 2. restarting after each numbered heading', () => {
    const blocks = [
      heading('h1'), paragraph('p1'), task('t1'), task('t2'), task('t3'),
      heading('h2'), task('t4'), task('t5'),
      heading('h3'), task('t6'),
    ];
    expect(labelsInOrder(blocks)).toEqual(['I.', '', '1.', '2.', '3.', 'II.', '1.', '2.', 'III.', '1.']);
  });

  it('lets tasks and schemes share one counter', () => {
    const blocks = [task('t1'), scheme('s1'), task('t2'), scheme('s2'), heading('h'), scheme('s3'), task('t3')];
    expect(labelsInOrder(blocks)).toEqual(['1.', '2.', '3.', '4.', 'I.', '1.', '2.']);
  });

  it('gives paragraphs, dash items and unnumbered headings no entry', () => {
    const blocks = [paragraph('p'), dash('d'), heading('u', false), task('t')];
    const labels = computeBlockLabels(blocks);
    expect([...labels.keys()]).toEqual(['t']);
    expect(labels.has('p')).toBe(false);
    expect(labels.has('d')).toBe(false);
    expect(labels.has('u')).toBe(false);
  });

  it('does not count an unnumbered heading, but restarts the list under it', () => {
    const blocks = [
      heading('h1'), task('t1'), task('t2'),
      heading('u1', false), task('t3'),
      heading('h2'), task('t4'),
    ];
    expect(labelsInOrder(blocks)).toEqual(['I.', '1.', '2.', '', '1.', 'II.', '1.']);
  });

  it('does not let paragraphs or dash items between tasks break the count', () => {
    const blocks = [task('t1'), paragraph('p'), dash('d'), task('t2'), dash('d2'), scheme('s1')];
    expect(labelsInOrder(blocks)).toEqual(['1.', '', '', '2.', '', '3.']);
  });

  it('labels without a trailing space', () => {
    for (const label of computeBlockLabels([heading('h'), task('t')]).values()) expect(label).toMatch(/^\S+\.$/);
  });

  it('numbers the sample layout: two sections, 16 tasks then 3 schemes', () => {
    const blocks = [
      heading('i'), paragraph('intro'), dash('d1'), dash('d2'),
      ...Array.from({ length: 16 }, (_, n) => task(`t${n + 1}`)),
      heading('ii'), ...Array.from({ length: 3 }, (_, n) => scheme(`s${n + 1}`)),
    ];
    const labels = computeBlockLabels(blocks);
    expect(labels.get('i')).toBe('I.');
    expect(labels.get('ii')).toBe('II.');
    for (let n = 1; n <= 16; n++) expect(labels.get(`t${n}`)).toBe(`${n}.`);
    for (let n = 1; n <= 3; n++) expect(labels.get(`s${n}`)).toBe(`${n}.`);
  });

  it('handles more than 3 sections and long lists', () => {
    const blocks = Array.from({ length: 14 }, (_, n) => [heading(`h${n}`), task(`t${n}`)]).flat();
    const labels = computeBlockLabels(blocks);
    expect(labels.get('h3')).toBe('IV.');
    expect(labels.get('h8')).toBe('IX.');
    expect(labels.get('h13')).toBe('XIV.');
    expect(labels.get('t13')).toBe('1.');
    const many = Array.from({ length: 500 }, (_, n) => task(`m${n}`));
    expect(computeBlockLabels(many).get('m499')).toBe('500.');
  });

  it('is empty for an empty body', () => {
    expect(computeBlockLabels([]).size).toBe(0);
  });
});

describe('list edits renumber by position', () => {
  const start = (): Block[] => [heading('h1'), task('a'), task('b'), task('c'), heading('h2'), task('d')];

  it('inserting a task shifts the numbers after it', () => {
    const before = start();
    const after = insertBlock(before, 2, task('new'));
    expect(after.map((b) => b.id)).toEqual(['h1', 'a', 'new', 'b', 'c', 'h2', 'd']);
    expect(labelsInOrder(after)).toEqual(['I.', '1.', '2.', '3.', '4.', 'II.', '1.']);
    expect(before.map((b) => b.id)).toEqual(['h1', 'a', 'b', 'c', 'h2', 'd']);
  });

  it('inserting a numbered heading splits the numbering', () => {
    const after = insertBlock(start(), 3, heading('mid'));
    expect(labelsInOrder(after)).toEqual(['I.', '1.', '2.', 'II.', '1.', 'III.', '1.']);
  });

  it('inserting at both ends', () => {
    expect(labelsInOrder(insertBlock(start(), 0, task('first')))).toEqual(['1.', 'I.', '1.', '2.', '3.', 'II.', '1.']);
    expect(labelsInOrder(insertBlock(start(), 6, scheme('last')))).toEqual(['I.', '1.', '2.', '3.', 'II.', '1.', '2.']);
  });

  it('refuses an insert position outside the list and a duplicate id', () => {
    expect(() => insertBlock(start(), 7, task('x'))).toThrow(RangeError);
    expect(() => insertBlock(start(), -1, task('x'))).toThrow(RangeError);
    expect(() => insertBlock(start(), 1, task('b'))).toThrow(/already exists/);
  });

  it('removing a task renumbers the following ones', () => {
    const before = start();
    const after = removeBlock(before, 'a');
    expect(after.map((b) => b.id)).toEqual(['h1', 'b', 'c', 'h2', 'd']);
    expect(labelsInOrder(after)).toEqual(['I.', '1.', '2.', 'II.', '1.']);
    expect(before).toHaveLength(6);
  });

  it('removing a heading merges its tasks into the section before', () => {
    expect(labelsInOrder(removeBlock(start(), 'h2'))).toEqual(['I.', '1.', '2.', '3.', '4.']);
  });

  it('removing an unknown id changes nothing', () => {
    expect(removeBlock(start(), 'nope').map((b) => b.id)).toEqual(start().map((b) => b.id));
  });

  it('moving a task down swaps the numbers: numbers follow position, not the task', () => {
    const blocks = start();
    const before = computeBlockLabels(blocks);
    expect(before.get('a')).toBe('1.');
    const after = moveBlock(blocks, 'a', 1);
    expect(after.map((b) => b.id)).toEqual(['h1', 'b', 'a', 'c', 'h2', 'd']);
    const labels = computeBlockLabels(after);
    expect(labels.get('b')).toBe('1.');
    expect(labels.get('a')).toBe('2.');
    expect(blocks.map((b) => b.id)).toEqual(['h1', 'a', 'b', 'c', 'h2', 'd']);
  });

  it('moving a task past a heading moves it into the next section', () => {
    const after = moveBlock(start(), 'c', 1);
    expect(after.map((b) => b.id)).toEqual(['h1', 'a', 'b', 'h2', 'c', 'd']);
    expect(labelsInOrder(after)).toEqual(['I.', '1.', '2.', 'II.', '1.', '2.']);
    const back = moveBlock(after, 'c', -1);
    expect(back.map((b) => b.id)).toEqual(start().map((b) => b.id));
  });

  it('moving a heading up takes the task above into its section', () => {
    const after = moveBlock(start(), 'h2', -1);
    expect(labelsInOrder(after)).toEqual(['I.', '1.', '2.', 'II.', '1.', '2.']);
  });

  it('a moved task carries its sub-items', () => {
    const withSubs = block({
      id: 'subs',
      type: 'task',
      content: [{ text: 'Giao Sở Nông nghiệp và PTNT:' }],
      subItems: [
        { id: 's1', text: [{ text: 'một' }] },
        { id: 's2', text: [{ text: 'hai' }], level: 2 },
      ],
    });
    const after = moveBlock([task('x'), withSubs, task('y')], 'subs', -1);
    expect(after.map((b) => b.id)).toEqual(['subs', 'x', 'y']);
    const moved = after[0];
    expect(moved?.type === 'task' && moved.subItems.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(computeBlockLabels(after).get('subs')).toBe('1.');
  });

  it('moving past either end or an unknown id changes nothing', () => {
    const ids = start().map((b) => b.id);
    expect(moveBlock(start(), 'h1', -1).map((b) => b.id)).toEqual(ids);
    expect(moveBlock(start(), 'd', 1).map((b) => b.id)).toEqual(ids);
    expect(moveBlock(start(), 'nope', 1).map((b) => b.id)).toEqual(ids);
  });

  it('returns new arrays, never the input', () => {
    const blocks = start();
    expect(moveBlock(blocks, 'a', 1)).not.toBe(blocks);
    expect(moveBlock(blocks, 'h1', -1)).not.toBe(blocks);
    expect(removeBlock(blocks, 'nope')).not.toBe(blocks);
    expect(insertBlock(blocks, 0, task('z'))).not.toBe(blocks);
  });
});
