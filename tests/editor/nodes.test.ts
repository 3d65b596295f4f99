import { describe, expect, it } from 'vitest';
import { $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import type { Block, TaskBlock } from '../../shared/notice/schema';
import { $findNodeById } from '../../renderer/editor/nodes/tree-queries';
import { $readBody, noticeToEditorState } from '../../renderer/editor/mapping';
import { $createNoticeParagraphNode, NoticeParagraphNode } from '../../renderer/editor/nodes/paragraph-node';
import { $isSchemeNode } from '../../renderer/editor/nodes/scheme-node';
import { $isTaskNode } from '../../renderer/editor/nodes/task-node';
import { SMALL_NOTICE, createTestEditor, editorWith, loadSample, update } from './editor-harness';

const body = (editor: LexicalEditor): Block[] => editor.getEditorState().read($readBody);
const plain = (runs: { text: string }[]): string => runs.map((r) => r.text).join('');

describe('structure kept by node transforms', () => {
  it('a task that lost its title line gets an empty one back', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    update(editor, () => {
      const task = $findNodeById('t2');
      if (!$isTaskNode(task)) throw new Error();
      task.getTitleLine()!.remove();
    });
    const t2 = body(editor).find((b) => b.id === 't2') as TaskBlock;
    expect(t2.title).toEqual([]);
    expect(t2.subItems.map((s) => s.id)).toEqual(['t2-1', 't2-2']);
  });

  it('a paragraph that lands inside a task becomes a sub-item with its text', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    update(editor, () => {
      const task = $findNodeById('t1');
      if (!$isTaskNode(task)) throw new Error();
      task.append($createNoticeParagraphNode().append($createTextNode('Lạc vào')));
    });
    const t1 = body(editor).find((b) => b.id === 't1') as TaskBlock;
    expect(t1.subItems.map((s) => plain(s.text))).toEqual(['Lạc vào']);
  });

  it('a sub-item outside a task becomes a dash item; a task line at the top becomes a paragraph', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    update(editor, () => {
      const task = $findNodeById('t2');
      if (!$isTaskNode(task)) throw new Error();
      const [first, second] = task.getSubItems();
      task.insertAfter(second!);
      task.insertAfter(first!);
      $getRoot().append(task.getTitleLine()!);
    });
    const blocks = body(editor);
    expect(blocks.slice(3, 6).map((b) => [b.id, b.type, b.type === 'dash' ? b.level : null])).toEqual([
      ['t2', 'task', null],
      ['t2-1', 'dash', 1],
      ['t2-2', 'dash', 2],
    ]);
    const last = blocks.at(-1)!;
    expect(last.type === 'paragraph' && plain(last.text)).toBe('Giao Sở Y tế:');
  });

  it('stray blocks in a scheme join its conclusion', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    update(editor, () => {
      const scheme = $findNodeById('s1');
      if (!$isSchemeNode(scheme)) throw new Error();
      scheme.append($createNoticeParagraphNode().append($createTextNode(' Thêm.')));
    });
    const s1 = body(editor).find((b) => b.id === 's1');
    expect(s1?.type === 'scheme' && plain(s1.conclusion)).toBe('Kết luận A. Thêm.');
  });

  it('every paragraph Lexical creates is a notice paragraph with a fresh id', () => {
    const editor = createTestEditor();
    update(editor, () => {
      $getRoot().clear();
      const paragraph = new NoticeParagraphNode();
      $getRoot().append(paragraph.append($createTextNode('a')));
    });
    const [only] = body(editor);
    expect(only?.type).toBe('paragraph');
    expect(only?.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('serialised editor state', () => {
  it('JSON of the editor state parses back to the same body (copy, history, devtools use it)', () => {
    const sample = loadSample();
    const { editor } = editorWith(sample);
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const other = createTestEditor();
    other.setEditorState(other.parseEditorState(json));
    expect(body(other)).toEqual(sample.body);
  });

  it('an empty body gives one empty line to type in, and reads back as no blocks', () => {
    const editor = createTestEditor();
    noticeToEditorState(editor, { body: [] });
    expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(1);
    expect(body(editor)).toEqual([]);
  });
});
