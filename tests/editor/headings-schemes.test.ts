/**
 * The unnumbered-heading toggle and Enter inside a scheme's conclusion, on a headless editor with the editor's own
 * keyboard registration and history.
 */
import { describe, expect, it } from 'vitest';
import {
  $getSelection,
  $isRangeSelection,
  INSERT_PARAGRAPH_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { computeBlockLabels } from '../../shared/format/numbering';
import type { Block, HeadingBlock, NoticeInput, SchemeBlock } from '../../shared/notice/schema';
import { $getSelectedContainer } from '../../renderer/editor/commands/selection';
import { $toggleHeadingNumbered } from '../../renderer/editor/commands/structure';
import { $findNodeById } from '../../renderer/editor/nodes/tree-queries';
import { registerNoticeEditing } from '../../renderer/editor/commands/keys';
import { $readBody } from '../../renderer/editor/mapping';
import { $isLineNode } from '../../renderer/editor/nodes/line-node';
import { $isNoticeParagraphNode } from '../../renderer/editor/nodes/paragraph-node';
import { $isSchemeNode } from '../../renderer/editor/nodes/scheme-node';
import { SMALL_NOTICE, editorWith, update } from './editor-harness';

const body = (editor: LexicalEditor): Block[] => editor.getEditorState().read($readBody);
const plain = (runs: { text: string }[]): string => runs.map((r) => r.text).join('');

function setup(notice: NoticeInput = SMALL_NOTICE): LexicalEditor {
  const { editor } = editorWith(notice, { richText: true });
  registerNoticeEditing(editor);
  return editor;
}

function type(editor: LexicalEditor, text: string): void {
  update(editor, () => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) throw new Error('no selection');
    selection.insertText(text);
  });
}

function enter(editor: LexicalEditor): boolean {
  let handled = false;
  update(editor, () => {
    handled = editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
  });
  return handled;
}

function command(editor: LexicalEditor, fn: () => boolean): boolean {
  let result = false;
  update(editor, () => {
    result = fn();
  });
  return result;
}

// ------------------------------------------------------------------------------------------------ headings

const HEADINGS: NoticeInput = {
  ...SMALL_NOTICE,
  body: [
    { id: 'h1', type: 'heading', text: [{ text: 'Đánh giá tình hình' }] },
    { id: 'p1', type: 'paragraph', text: [{ text: 'Chín tháng đầu năm.' }] },
    { id: 'h2', type: 'heading', text: [{ text: 'Nhiệm vụ trọng tâm' }] },
    { id: 't1', type: 'task', content: [{ text: 'Nhiệm vụ một.' }] },
    { id: 'h3', type: 'heading', text: [{ text: 'Các đề án trình tại phiên họp' }] },
    { id: 's1', type: 'scheme', title: [{ text: 'Đề án A' }] },
  ],
};

function caretIn(editor: LexicalEditor, id: string): void {
  update(editor, () => {
    const node = $findNodeById(id);
    if (node === null) throw new Error(`no ${id}`);
    node.selectEnd();
  });
}

const headingLabels = (editor: LexicalEditor): Record<string, string | undefined> => {
  const blocks = body(editor);
  const labels = computeBlockLabels(blocks);
  return Object.fromEntries(blocks.filter((b) => b.type === 'heading').map((b) => [b.id, labels.get(b.id)]));
};

describe('unnumbered heading toggle', () => {
  it('takes the number off the heading holding the caret; the headings after it renumber', () => {
    const editor = setup(HEADINGS);
    expect(headingLabels(editor)).toEqual({ h1: 'I.', h2: 'II.', h3: 'III.' });
    caretIn(editor, 'h2');
    expect(command(editor, $toggleHeadingNumbered)).toBe(true);
    const heading = body(editor).find((b) => b.id === 'h2') as HeadingBlock;
    expect(heading.numbered).toBe(false);
    expect(plain(heading.text)).toBe('Nhiệm vụ trọng tâm');
    expect(headingLabels(editor)).toEqual({ h1: 'I.', h2: undefined, h3: 'II.' });
    // The caret stays in the heading: typing goes on there.
    type(editor, ' năm 2021');
    expect(plain((body(editor).find((b) => b.id === 'h2') as HeadingBlock).text)).toBe('Nhiệm vụ trọng tâm năm 2021');
  });

  it('toggles back to numbered, and is undone and redone like any edit', () => {
    const editor = setup(HEADINGS);
    caretIn(editor, 'h1');
    command(editor, $toggleHeadingNumbered);
    expect(headingLabels(editor)).toEqual({ h1: undefined, h2: 'I.', h3: 'II.' });
    command(editor, $toggleHeadingNumbered);
    expect(headingLabels(editor)).toEqual({ h1: 'I.', h2: 'II.', h3: 'III.' });
    command(editor, $toggleHeadingNumbered);
    update(editor, () => void editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect(headingLabels(editor)).toEqual({ h1: 'I.', h2: 'II.', h3: 'III.' });
    update(editor, () => void editor.dispatchCommand(REDO_COMMAND, undefined));
    expect(headingLabels(editor)).toEqual({ h1: undefined, h2: 'I.', h3: 'II.' });
  });

  it("clears the heading's review mark (changing it is editing it)", () => {
    const editor = setup({
      ...HEADINGS,
      body: HEADINGS.body!.map((block) => (block.id === 'h3' ? { ...block, toReview: true } : block)),
    });
    caretIn(editor, 'h3');
    command(editor, $toggleHeadingNumbered);
    const heading = body(editor).find((b) => b.id === 'h3') as HeadingBlock;
    expect(heading.numbered).toBe(false);
    expect(heading.toReview).toBeUndefined();
  });

  it('does nothing when the caret is not in a heading', () => {
    const editor = setup(HEADINGS);
    caretIn(editor, 'p1');
    const before = body(editor);
    expect(command(editor, $toggleHeadingNumbered)).toBe(false);
    expect(body(editor)).toEqual(before);
  });
});

// ------------------------------------------------------------------------------------------------ schemes

const SCHEMES: NoticeInput = {
  ...SMALL_NOTICE,
  body: [
    { id: 'h1', type: 'heading', text: [{ text: 'Các đề án trình tại phiên họp' }] },
    {
      id: 's1',
      type: 'scheme',
      title: [{ text: 'Đề án A' }],
      conclusion: [{ text: 'Thống nhất thông qua. ' }, { text: 'Giao Sở Tài chính', bold: true }, { text: ' hoàn thiện.' }],
      responsibleAgency: { id: 'so-tai-chinh', name: 'Sở Tài chính' },
    },
    { id: 's2', type: 'scheme', title: [{ text: 'Đề án B' }], conclusion: [{ text: 'Kết luận B.' }] },
  ],
};

/** Puts the caret in scheme s's conclusion: at 'end', or after `offset` characters of its text. */
function caretInConclusion(editor: LexicalEditor, id: string, where: 'end' | number): void {
  update(editor, () => {
    const scheme = $findNodeById(id);
    if (!$isSchemeNode(scheme)) throw new Error(`no scheme ${id}`);
    const line = scheme.getConclusionLine() as ElementNode;
    if (where === 'end') {
      line.selectEnd();
      return;
    }
    let rest = where;
    for (const text of line.getAllTextNodes()) {
      if (rest <= text.getTextContentSize()) {
        text.select(rest, rest);
        return;
      }
      rest -= text.getTextContentSize();
    }
    throw new Error('offset past the end');
  });
}

const schemes = (editor: LexicalEditor): SchemeBlock[] => body(editor).filter((b): b is SchemeBlock => b.type === 'scheme');

function caretLine(editor: LexicalEditor): { role: string | null; scheme: string | null } {
  return editor.getEditorState().read(() => {
    const container = $getSelectedContainer();
    const owner = container?.getParent();
    return {
      role: $isLineNode(container) ? container.getRole() : null,
      scheme: $isSchemeNode(owner) ? owner.getKey() : null,
    };
  });
}

describe('Enter in a scheme', () => {
  it("at the end of a conclusion starts a new scheme after it, the caret in the new scheme's title", () => {
    const editor = setup(SCHEMES);
    caretInConclusion(editor, 's1', 'end');
    expect(enter(editor)).toBe(true);
    expect(caretLine(editor).role).toBe('scheme-title');
    type(editor, 'Đề án mới');
    const list = schemes(editor);
    expect(list.map((s) => plain(s.title))).toEqual(['Đề án A', 'Đề án mới', 'Đề án B']);
    expect(plain(list[0]!.conclusion)).toBe('Thống nhất thông qua. Giao Sở Tài chính hoàn thiện.');
    expect(list[1]!.conclusion).toEqual([]);
    // A new scheme is assigned to no one yet; the numbers follow the position.
    expect(list[1]!.responsibleAgency).toBeUndefined();
    const labels = computeBlockLabels(body(editor));
    expect(list.map((s) => labels.get(s.id))).toEqual(['1.', '2.', '3.']);
  });

  it('in the middle of a conclusion splits it: the text after the caret, with its formatting, becomes the new scheme\'s conclusion', () => {
    const editor = setup(SCHEMES);
    // After "Thống nhất thông qua. " (22 characters).
    caretInConclusion(editor, 's1', 22);
    expect(enter(editor)).toBe(true);
    expect(caretLine(editor).role).toBe('scheme-title');
    type(editor, 'Đề án tách ra');
    const [first, created, last] = schemes(editor);
    expect(plain(first!.conclusion)).toBe('Thống nhất thông qua. ');
    expect(first!.responsibleAgency).toEqual({ id: 'so-tai-chinh', name: 'Sở Tài chính' });
    expect(plain(created!.title)).toBe('Đề án tách ra');
    expect(created!.conclusion).toEqual([{ text: 'Giao Sở Tài chính', bold: true }, { text: ' hoàn thiện.' }]);
    expect(plain(last!.title)).toBe('Đề án B');
  });

  it('inside a word splits the word at the caret', () => {
    const editor = setup(SCHEMES);
    caretInConclusion(editor, 's2', 4); // "Kết " | "luận B."
    enter(editor);
    const list = schemes(editor);
    expect(list.map((s) => plain(s.conclusion))).toEqual(['Thống nhất thông qua. Giao Sở Tài chính hoàn thiện.', 'Kết ', 'luận B.']);
  });

  it('on an empty scheme turns it into a paragraph, from its title or its conclusion', () => {
    for (const line of ['title', 'conclusion'] as const) {
      const editor = setup(SCHEMES);
      caretInConclusion(editor, 's2', 'end');
      enter(editor); // a new, empty scheme after s2, the caret in its title
      expect(schemes(editor)).toHaveLength(3);
      if (line === 'conclusion') {
        update(editor, () => {
          const scheme = $getSelectedContainer()?.getParent();
          if (!$isSchemeNode(scheme)) throw new Error('caret not in a scheme');
          scheme.getConclusionLine()?.selectStart();
        });
      }
      expect(enter(editor)).toBe(true);
      const blocks = body(editor);
      expect(blocks.map((b) => b.type)).toEqual(['heading', 'scheme', 'scheme', 'paragraph']);
      const inParagraph = editor.getEditorState().read(() => $isNoticeParagraphNode($getSelectedContainer()));
      expect(inParagraph).toBe(true);
      type(editor, 'Đoạn kết.');
      expect(plain((body(editor)[3] as { text: { text: string }[] }).text)).toBe('Đoạn kết.');
    }
  });

  it('at the end of an empty conclusion under a title still starts a new scheme (the scheme is not empty)', () => {
    const editor = setup({
      ...SMALL_NOTICE,
      body: [{ id: 's1', type: 'scheme', title: [{ text: 'Đề án chỉ có tên' }] }],
    });
    caretInConclusion(editor, 's1', 'end');
    enter(editor);
    expect(schemes(editor).map((s) => plain(s.title))).toEqual(['Đề án chỉ có tên', '']);
  });

  it('is undone in one step', () => {
    const editor = setup(SCHEMES);
    const before = body(editor);
    caretInConclusion(editor, 's1', 22);
    enter(editor);
    expect(schemes(editor)).toHaveLength(3);
    update(editor, () => void editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect(body(editor)).toEqual(before);
  });
});
