import { describe, expect, it } from 'vitest';
import {
  $getSelection,
  $isRangeSelection,
  $setCompositionKey,
  KEY_ARROW_UP_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import type { Block } from '../../shared/notice/schema';
import { $findNodeById } from '../../renderer/editor/nodes/tree-queries';
import { registerNoticeEditing } from '../../renderer/editor/commands/keys';
import { $readBody, IncrementalBodyReader } from '../../renderer/editor/mapping';
import { $isTaskNode } from '../../renderer/editor/nodes/task-node';
import { registerReviewClearing } from '../../renderer/editor/commands/review';
import { SMALL_NOTICE, editorWith, key, update } from './editor-harness';

const body = (editor: LexicalEditor): Block[] => editor.getEditorState().read($readBody);
const marked = (editor: LexicalEditor): string[] => {
  const out: string[] = [];
  for (const b of body(editor)) {
    if (b.toReview) out.push(b.id);
    if (b.type === 'task') for (const s of b.subItems) if (s.toReview) out.push(s.id);
  }
  return out;
};

/** Lets the queued (non-discrete) update that clears marks commit. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function setup(): LexicalEditor {
  const notice = structuredClone(SMALL_NOTICE);
  notice.body = notice.body!.map((b) => ({ ...b, toReview: true }));
  const { editor } = editorWith(notice, { richText: true });
  registerNoticeEditing(editor);
  registerReviewClearing(editor);
  return editor;
}

function typeAtEnd(editor: LexicalEditor, id: string, text: string, composing = false): void {
  update(editor, () => {
    const node = $findNodeById(id)!;
    const line = $isTaskNode(node) ? node.getContentLine()! : node;
    line.selectEnd();
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) throw new Error('no selection');
    selection.insertText(text);
    if (composing) $setCompositionKey(selection.anchor.key);
  });
}

describe('review marks', async () => {
  it('editing a block clears its mark, and only its mark', async () => {
    const editor = setup();
    expect(marked(editor)).toEqual(['h1', 'p1', 't1', 't2', 't3', 's1']);
    typeAtEnd(editor, 't3', ' Thêm');
    await settle();
    expect(marked(editor)).toEqual(['h1', 'p1', 't1', 't2', 's1']);
    typeAtEnd(editor, 'p1', '.');
    await settle();
    expect(marked(editor)).toEqual(['h1', 't1', 't2', 's1']);
  });

  it('editing a sub-item clears its task mark and its own', async () => {
    const notice = structuredClone(SMALL_NOTICE);
    const t2 = notice.body!.find((b) => b.id === 't2')!;
    if (t2.type !== 'task') throw new Error();
    t2.toReview = true;
    t2.subItems = t2.subItems!.map((s) => ({ ...s, toReview: true }));
    const { editor } = editorWith(notice, { richText: true });
    registerReviewClearing(editor);
    expect(marked(editor)).toEqual(['t2', 't2-1', 't2-2', 't3']);
    typeAtEnd(editor, 't2-1', ' x');
    await settle();
    expect(marked(editor)).toEqual(['t2-2', 't3']);
  });

  it('moving a block is not editing it; undo of an edit brings the mark back', async () => {
    const editor = setup();
    update(editor, () => $findNodeById('t3')!.selectEnd());
    update(editor, () => {
      editor.dispatchCommand(KEY_ARROW_UP_COMMAND, key({ altKey: true }));
    });
    expect(body(editor).map((b) => b.id)).toEqual(['h1', 'p1', 't1', 't3', 't2', 's1']);
    expect(marked(editor)).toContain('t3');
    typeAtEnd(editor, 't1', '!');
    await settle();
    expect(marked(editor)).not.toContain('t1');
    update(editor, () => {
      editor.dispatchCommand(UNDO_COMMAND, undefined);
    });
    await settle();
    expect(marked(editor)).toContain('t1');
  });

  it('waits for an input method to finish composing', async () => {
    const editor = setup();
    typeAtEnd(editor, 't1', 'ê', true);
    expect(editor.isComposing()).toBe(true);
    expect(marked(editor)).toContain('t1');
    update(editor, () => $setCompositionKey(null));
    await settle();
    expect(marked(editor)).not.toContain('t1');
  });
});

describe('incremental body reading', () => {
  it('gives the same body as a full read after every edit, reusing untouched blocks', () => {
    const { editor } = editorWith(SMALL_NOTICE, { richText: true });
    registerNoticeEditing(editor);
    const reader = new IncrementalBodyReader();
    let latest = reader.read(editor.getEditorState(), null);
    editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      const dirty = new Set<NodeKey>([...dirtyElements.keys(), ...dirtyLeaves]);
      latest = reader.read(editorState, dirty);
    });
    const first = latest;
    typeAtEnd(editor, 't2-2', ' thêm');
    expect(latest).toEqual(body(editor));
    // Untouched blocks are the very same objects; the edited task is new.
    expect(latest[2]).toBe(first[2]);
    expect(latest[3]).not.toBe(first[3]);
    update(editor, () => {
      editor.dispatchCommand(KEY_ARROW_UP_COMMAND, key({ altKey: true }));
    });
    expect(latest).toEqual(body(editor));
    typeAtEnd(editor, 's1', ' Hết.');
    expect(latest).toEqual(body(editor));
  });
});
