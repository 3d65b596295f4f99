import { describe, expect, it } from 'vitest';
import {
  $getSelection,
  $isRangeSelection,
  DELETE_CHARACTER_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_TAB_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalCommand,
} from 'lexical';
import { computeBlockLabels } from '../../shared/format/numbering';
import type { Block, TaskBlock } from '../../shared/notice/schema';
import { $getSelectedContainer } from '../../renderer/editor/commands/selection';
import {
  $insertBlock,
  INSERT_BLOCK_COMMAND,
  MOVE_BLOCK_COMMAND,
  TOGGLE_HEADING_NUMBERED_COMMAND,
} from '../../renderer/editor/commands/structure';
import { $findNodeById } from '../../renderer/editor/nodes/tree-queries';
import { registerNoticeEditing } from '../../renderer/editor/commands/keys';
import { $readBody } from '../../renderer/editor/mapping';
import { $isSchemeNode } from '../../renderer/editor/nodes/scheme-node';
import { $isTaskNode } from '../../renderer/editor/nodes/task-node';
import { SMALL_NOTICE, editorWith, key, update } from './editor-harness';

function setup(): LexicalEditor {
  const { editor } = editorWith(SMALL_NOTICE, { richText: true });
  registerNoticeEditing(editor);
  return editor;
}

const body = (editor: LexicalEditor): Block[] => editor.getEditorState().read($readBody);
const ids = (editor: LexicalEditor): string[] => body(editor).map((b) => b.id);
const task = (editor: LexicalEditor, id: string): TaskBlock => body(editor).find((b) => b.id === id) as TaskBlock;
const labels = (editor: LexicalEditor): string[] => [...computeBlockLabels(body(editor)).values()];
const plain = (runs: { text: string }[]): string => runs.map((r) => r.text).join('');

type Where = 'start' | 'end' | number;
/** Puts the caret in a block's line: a task's 'title'/'content', a scheme's, or the block/sub-item itself. */
function caret(editor: LexicalEditor, id: string, where: Where, line?: 'title' | 'content'): void {
  update(editor, () => {
    const node = $findNodeById(id);
    if (node === null) throw new Error(`no ${id}`);
    let target: ElementNode = node;
    if ($isTaskNode(node)) target = (line === 'title' ? node.getTitleLine() : node.getContentLine())!;
    if ($isSchemeNode(node)) target = (line === 'content' ? node.getConclusionLine() : node.getTitleLine())!;
    if (where === 'start') target.selectStart();
    else if (where === 'end') target.selectEnd();
    else {
      const text = target.getFirstDescendant();
      if (text === null) throw new Error('empty line');
      (text as unknown as { select(a: number, b: number): void }).select(where, where);
    }
  });
}

function run<T>(editor: LexicalEditor, command: LexicalCommand<T>, payload: T): boolean {
  let handled = false;
  update(editor, () => {
    handled = editor.dispatchCommand(command, payload);
  });
  return handled;
}

function type(editor: LexicalEditor, text: string): void {
  update(editor, () => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) throw new Error('no selection');
    selection.insertText(text);
  });
}

describe('Enter', () => {
  it('at the end of a task starts the next task, numbered at once', () => {
    const editor = setup();
    caret(editor, 't1', 'end');
    run(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    type(editor, 'Nhiệm vụ mới');
    const blocks = body(editor);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'task', 'task', 'task', 'task', 'scheme']);
    const created = blocks[3] as TaskBlock;
    expect(plain(created.content)).toBe('Nhiệm vụ mới');
    expect(created.id).not.toBe('t1');
    expect(labels(editor)).toEqual(['I.', '1.', '2.', '3.', '4.', '5.']);
  });

  it('in the middle of a task content splits the rest into a sub-item', () => {
    const editor = setup();
    caret(editor, 't1', 9);
    run(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    const t1 = task(editor, 't1');
    expect(plain(t1.content)).toBe('Nhiệm vụ ');
    expect(t1.subItems.map((s) => plain(s.text))).toEqual(['một.']);
  });

  it('in a task title moves the rest into the content', () => {
    const editor = setup();
    caret(editor, 't2', 5, 'title');
    run(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    const t2 = task(editor, 't2');
    expect(plain(t2.title)).toBe('Giao ');
    expect(t2.content).toEqual([{ text: 'Sở Y tế:', bold: true }]);
  });

  it('in a sub-item adds a sub-item; on an empty last sub-item starts the next task', () => {
    const editor = setup();
    caret(editor, 't2-2', 'end');
    run(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(task(editor, 't2').subItems).toHaveLength(3);
    expect(task(editor, 't2').subItems[2]?.level).toBe(2);
    run(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(task(editor, 't2').subItems).toHaveLength(2);
    expect(body(editor).filter((b) => b.type === 'task')).toHaveLength(4);
    expect(ids(editor).indexOf('t3')).toBe(5);
  });

  it('on an empty task leaves the tasks for a paragraph', () => {
    const editor = setup();
    caret(editor, 't3', 'end');
    run(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    run(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(body(editor).map((b) => b.type)).toEqual(['heading', 'paragraph', 'task', 'task', 'task', 'paragraph', 'scheme']);
  });
});

describe('Tab and Shift+Tab', () => {
  it('Tab turns a task into the last sub-item of the previous task, and renumbers', () => {
    const editor = setup();
    caret(editor, 't3', 3);
    expect(run(editor, KEY_TAB_COMMAND, key())).toBe(true);
    const t2 = task(editor, 't2');
    expect(t2.subItems.map((s) => [s.id, plain(s.text), s.level, s.toReview])).toEqual([
      ['t2-1', 'Ý một', 1, undefined],
      ['t2-2', 'Ý hai', 2, undefined],
      ['t3', 'Nhiệm vụ ba.', 1, true],
    ]);
    expect(ids(editor)).not.toContain('t3');
    expect(labels(editor)).toEqual(['I.', '1.', '2.', '3.']);
    // The caret stayed in the moved text: typing goes there.
    type(editor, 'X');
    expect(plain(task(editor, 't2').subItems[2]!.text)).toBe('NhiXệm vụ ba.');
  });

  it('Tab on a task takes its title, content, agencies and sub-items along', () => {
    const editor = setup();
    caret(editor, 't2', 'end', 'title');
    run(editor, KEY_TAB_COMMAND, key());
    const t1 = task(editor, 't1');
    expect(t1.subItems.map((s) => [s.id, plain(s.text), s.level])).toEqual([
      ['t2', 'Giao Sở Y tế:', 1],
      ['t2-1', 'Ý một', 2],
      ['t2-2', 'Ý hai', 2],
    ]);
    expect(t1.subItems[0]?.deadline).toEqual({ kind: 'within-month', year: 2020, month: 10 });
  });

  it('Tab does nothing on the first task (no task before it) and lets focus move on', () => {
    const editor = setup();
    caret(editor, 't1', 'start');
    const event = key();
    expect(run(editor, KEY_TAB_COMMAND, event)).toBe(false);
    expect(event.defaultPrevented).toBe(false);
  });

  it('Shift+Tab turns a level-1 sub-item into a task after its task, with the sub-items below it', () => {
    const editor = setup();
    caret(editor, 't2-1', 2);
    expect(run(editor, KEY_TAB_COMMAND, key({ shiftKey: true }))).toBe(true);
    expect(ids(editor)).toEqual(['h1', 'p1', 't1', 't2', 't2-1', 't3', 's1']);
    const promoted = task(editor, 't2-1');
    expect(plain(promoted.content)).toBe('Ý một');
    expect(promoted.subItems.map((s) => s.id)).toEqual(['t2-2']);
    expect(task(editor, 't2').subItems).toEqual([]);
    expect(labels(editor)).toEqual(['I.', '1.', '2.', '3.', '4.', '5.']);
  });

  it('Tab / Shift+Tab move sub-items and dash items between levels 1 and 2, and back', () => {
    const editor = setup();
    caret(editor, 't2-1', 'end');
    run(editor, KEY_TAB_COMMAND, key());
    expect(task(editor, 't2').subItems.map((s) => s.level)).toEqual([2, 2]);
    run(editor, KEY_TAB_COMMAND, key({ shiftKey: true }));
    expect(task(editor, 't2').subItems.map((s) => s.level)).toEqual([1, 2]);
  });

  it('a task and a sub-item round-trip through Tab then Shift+Tab', () => {
    const editor = setup();
    const before = task(editor, 't3');
    caret(editor, 't3', 'end');
    run(editor, KEY_TAB_COMMAND, key());
    run(editor, KEY_TAB_COMMAND, key({ shiftKey: true }));
    expect(task(editor, 't3')).toEqual(before);
    expect(ids(editor)).toEqual(['h1', 'p1', 't1', 't2', 't3', 's1']);
  });
});

describe('Alt+↑ / Alt+↓', () => {
  it('move a task with its sub-items and renumber; the caret stays in the moved task', () => {
    const editor = setup();
    caret(editor, 't2', 2, 'title');
    run(editor, KEY_ARROW_UP_COMMAND, key({ altKey: true }));
    expect(ids(editor)).toEqual(['h1', 'p1', 't2', 't1', 't3', 's1']);
    expect(task(editor, 't2').subItems.map((s) => s.id)).toEqual(['t2-1', 't2-2']);
    expect(computeBlockLabels(body(editor)).get('t2')).toBe('1.');
    run(editor, KEY_ARROW_DOWN_COMMAND, key({ altKey: true }));
    run(editor, KEY_ARROW_DOWN_COMMAND, key({ altKey: true }));
    expect(ids(editor)).toEqual(['h1', 'p1', 't1', 't3', 't2', 's1']);
    type(editor, '!');
    expect(plain(task(editor, 't2').title)).toBe('Gi!ao Sở Y tế:');
  });

  it('move task 3 above task 1 (two moves)', () => {
    const editor = setup();
    caret(editor, 't3', 'end');
    run(editor, KEY_ARROW_UP_COMMAND, key({ altKey: true }));
    run(editor, KEY_ARROW_UP_COMMAND, key({ altKey: true }));
    expect(ids(editor)).toEqual(['h1', 'p1', 't3', 't1', 't2', 's1']);
    expect(computeBlockLabels(body(editor)).get('t3')).toBe('1.');
  });

  it('move a sub-item among its siblings only', () => {
    const editor = setup();
    caret(editor, 't2-2', 'end');
    run(editor, KEY_ARROW_UP_COMMAND, key({ altKey: true }));
    expect(task(editor, 't2').subItems.map((s) => s.id)).toEqual(['t2-2', 't2-1']);
    run(editor, KEY_ARROW_UP_COMMAND, key({ altKey: true }));
    expect(task(editor, 't2').subItems.map((s) => s.id)).toEqual(['t2-2', 't2-1']);
  });

  it('plain arrows are left to the browser', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    registerNoticeEditing(editor);
    caret(editor, 't2', 'end');
    const event = key();
    expect(run(editor, KEY_ARROW_UP_COMMAND, event)).toBe(false);
    expect(event.defaultPrevented).toBe(false);
  });
});

describe('Backspace and Delete', () => {
  it('inside text are never taken over (the input method deletes characters itself)', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    registerNoticeEditing(editor);
    for (const [id, where] of [['t1', 4], ['t2-1', 1], ['p1', 3], ['s1', 'end']] as const) {
      caret(editor, id, where);
      expect(run(editor, DELETE_CHARACTER_COMMAND, true)).toBe(false);
    }
    caret(editor, 't1', 4);
    expect(run(editor, DELETE_CHARACTER_COMMAND, false)).toBe(false);
  });

  it('at the start of a non-empty task line merge nothing across the task border', () => {
    const editor = setup();
    caret(editor, 't3', 'start');
    const before = body(editor);
    run(editor, DELETE_CHARACTER_COMMAND, true);
    expect(body(editor)).toEqual(before);
    caret(editor, 't1', 'end');
    run(editor, DELETE_CHARACTER_COMMAND, false);
    expect(body(editor)).toEqual(before);
  });

  it('at the start of an empty sub-item removes it; of an empty task removes the task', () => {
    const editor = setup();
    caret(editor, 't2-2', 'end');
    run(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(task(editor, 't2').subItems).toHaveLength(3);
    run(editor, DELETE_CHARACTER_COMMAND, true);
    expect(task(editor, 't2').subItems).toHaveLength(2);
    caret(editor, 't3', 'end');
    run(editor, INSERT_PARAGRAPH_COMMAND, undefined);
    expect(body(editor).filter((b) => b.type === 'task')).toHaveLength(4);
    run(editor, DELETE_CHARACTER_COMMAND, true);
    expect(ids(editor)).toEqual(['h1', 'p1', 't1', 't2', 't3', 's1']);
    // The caret went back to the end of task 3.
    type(editor, '?');
    expect(plain(task(editor, 't3').content)).toBe('Nhiệm vụ ba.?');
  });

  it('at the start of a level-2 sub-item outdents it; of a level-1 sub-item merges it into the line above', () => {
    const editor = setup();
    caret(editor, 't2-2', 'start');
    run(editor, DELETE_CHARACTER_COMMAND, true);
    expect(task(editor, 't2').subItems.map((s) => s.level)).toEqual([1, 1]);
    run(editor, DELETE_CHARACTER_COMMAND, true);
    expect(task(editor, 't2').subItems.map((s) => plain(s.text))).toEqual(['Ý mộtÝ hai']);
  });
});

describe('toolbar insert actions', () => {
  it('insert each kind after the current block, a sub-item into the current task', () => {
    const editor = setup();
    caret(editor, 't1', 'end');
    update(editor, () => {
      $insertBlock('task');
    });
    type(editor, 'Mới');
    update(editor, () => {
      $insertBlock('sub-item');
    });
    type(editor, 'Ý con');
    update(editor, () => {
      $insertBlock('scheme');
      $insertBlock('heading');
      $insertBlock('paragraph');
      $insertBlock('dash');
    });
    const blocks = body(editor);
    expect(blocks.map((b) => b.type)).toEqual([
      'heading', 'paragraph', 'task', 'task', 'scheme', 'heading', 'paragraph', 'dash', 'task', 'task', 'scheme',
    ]);
    const created = blocks[3] as TaskBlock;
    expect(plain(created.content)).toBe('Mới');
    expect(created.subItems.map((s) => plain(s.text))).toEqual(['Ý con']);
    expect(labels(editor)).toEqual(['I.', '1.', '2.', '3.', 'II.', '1.', '2.', '3.']);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
  });

  it('a sub-item needs a task', () => {
    const editor = setup();
    caret(editor, 'p1', 'end');
    let result: unknown = 'unset';
    update(editor, () => {
      result = $insertBlock('sub-item');
      expect($getSelectedContainer()?.getKey()).toBeDefined();
    });
    expect(result).toBeNull();
  });
});

describe('the named structure commands the toolbar dispatches', () => {
  it('insert, move and number blocks as the keys and the insert actions do', () => {
    const editor = setup();
    caret(editor, 't1', 'end');
    expect(run(editor, INSERT_BLOCK_COMMAND, 'task')).toBe(true);
    type(editor, 'Mới');
    expect(ids(editor).slice(0, 3)).toEqual(['h1', 'p1', 't1']);
    const created = body(editor)[3] as TaskBlock;
    expect(plain(created.content)).toBe('Mới');
    // The same command Alt+↑ dispatches moves the new task above task 1; the caret stays in it.
    expect(run(editor, MOVE_BLOCK_COMMAND, -1)).toBe(true);
    expect(ids(editor).slice(0, 4)).toEqual(['h1', 'p1', created.id, 't1']);
    type(editor, '!');
    expect(plain(task(editor, created.id).content)).toBe('Mới!');
    caret(editor, 'h1', 'end');
    expect(run(editor, TOGGLE_HEADING_NUMBERED_COMMAND, undefined)).toBe(true);
    expect(body(editor)[0]).toMatchObject({ id: 'h1', type: 'heading', numbered: false });
    caret(editor, 'p1', 'end');
    expect(run(editor, TOGGLE_HEADING_NUMBERED_COMMAND, undefined)).toBe(false);
    expect(run(editor, INSERT_BLOCK_COMMAND, 'sub-item')).toBe(false);
  });
});

describe('undo and redo', () => {
  it('undo a move and a Tab, redo them', async () => {
    const editor = setup();
    const original = body(editor);
    caret(editor, 't3', 'end');
    run(editor, KEY_ARROW_UP_COMMAND, key({ altKey: true }));
    const moved = body(editor);
    run(editor, UNDO_COMMAND, undefined);
    expect(body(editor)).toEqual(original);
    run(editor, REDO_COMMAND, undefined);
    expect(body(editor)).toEqual(moved);
  });
});
