/** Which blocks "Lưu phần này làm mẫu" saves: the section holding the caret, or the selected blocks. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/notice/schema';
import { sectionToSave } from '../../shared/notice/section-blocks';

const block = (id: string, type: 'heading' | 'paragraph' | 'dash'): Block => ({ id, type, text: [{ text: id }] }) as Block;
const body = [
  block('opening', 'paragraph'),
  block('h1', 'heading'),
  block('p1', 'paragraph'),
  block('d1', 'dash'),
  block('h2', 'heading'),
  block('p2', 'paragraph'),
];
const ids = (blocks: Block[]) => blocks.map((b) => b.id);

describe('sectionToSave', () => {
  it('takes the heading above the caret and the blocks up to the next heading', () => {
    expect(ids(sectionToSave(body, 'd1'))).toEqual(['h1', 'p1', 'd1']);
    expect(ids(sectionToSave(body, 'h1'))).toEqual(['h1', 'p1', 'd1']);
    expect(ids(sectionToSave(body, 'p2'))).toEqual(['h2', 'p2']);
  });

  it('takes the opening blocks before the first heading', () => {
    expect(ids(sectionToSave(body, 'opening'))).toEqual(['opening']);
  });

  it('takes exactly the selected blocks when the selection spans several, either direction', () => {
    expect(ids(sectionToSave(body, 'p1', 'h2'))).toEqual(['p1', 'd1', 'h2']);
    expect(ids(sectionToSave(body, 'p2', 'd1'))).toEqual(['d1', 'h2', 'p2']);
  });

  it('saves nothing for a block that is not in the body', () => {
    expect(sectionToSave(body, 'gone')).toEqual([]);
  });
});
