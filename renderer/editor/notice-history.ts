/**
 * One undo history for the whole notice. The page fields around the body (header, signature, Nơi nhận …) live in
 * the Lexical editor state as NodeState of the root, so Lexical's history records them with the body and Ctrl+Z in
 * any field undoes the last edit of the notice, wherever it was. The browser's own undo is never let act: its
 * history is one per page and reverts typing in other inputs behind the app's back (a signer's name was wiped
 * that way), so Ctrl+Z / Ctrl+Y and the "historyUndo" / "historyRedo" input events outside the body are turned
 * into the editor's commands.
 */
import {
  $getRoot,
  $getState,
  $setState,
  createState,
  HISTORY_MERGE_TAG,
  HISTORY_PUSH_TAG,
  REDO_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $fillBlankFields } from './nodes/blank-field-node';
import type { NoticeFields } from './ui/PageFields';

/** Set on a root created by the editor; parse keeps what was stored (the editor validates what it emits). */
export const noticeFieldsState = createState('noticeFields', {
  parse: (value): NoticeFields | null => (value !== null && typeof value === 'object' ? (value as NoticeFields) : null),
});

/** Tag of an edit of the page fields or the meeting (the body changes only where blanks follow the meeting). */
export const FIELD_EDIT_TAG = 'notice-field-edit';
/** Keystrokes in one field closer together than this are one undo step, as Lexical does for typing in the body. */
const MERGE_WINDOW_MS = 1000;

export function $readNoticeFields(): NoticeFields | null {
  return $getState($getRoot(), noticeFieldsState);
}

export function $writeNoticeFields(fields: NoticeFields): void {
  $setState($getRoot(), noticeFieldsState, fields);
}

/**
 * Undoable edits made outside the body's text (page fields, footnote texts). Consecutive edits from the same control
 * (`source`, usually the focused input) merge into one step; any other change in between starts a new one.
 */
export function createMergingEditor(editor: LexicalEditor): {
  edit(source: unknown, change: () => void, tags?: readonly string[]): void;
  dispose(): void;
} {
  let last: { source: unknown; at: number } | null = null;
  let editing = false;
  const dispose = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (!editing && (dirtyElements.size > 0 || dirtyLeaves.size > 0)) last = null;
  });
  return {
    edit(source, change, tags = []) {
      const now = Date.now();
      const merge = last !== null && source !== null && last.source === source && now - last.at < MERGE_WINDOW_MS;
      last = { source, at: now };
      // A discrete update commits (and calls the listener above) before it returns.
      editing = true;
      try {
        editor.update(change, { discrete: true, tag: [...tags, SKIP_DOM_SELECTION_TAG, merge ? HISTORY_MERGE_TAG : HISTORY_PUSH_TAG] });
      } finally {
        editing = false;
      }
    },
    dispose,
  };
}

/** Writes the fields as an undoable edit, merged as `createMergingEditor` does. */
export function createFieldWriter(editor: LexicalEditor): { write(fields: NoticeFields, source: unknown): void; dispose(): void } {
  const merging = createMergingEditor(editor);
  const write = (fields: NoticeFields, source: unknown) =>
    merging.edit(
      source,
      () => {
        // The blanks bound to the meeting change in the same step as the meeting: one undo reverts both.
        if ($readNoticeFields()?.meeting !== fields.meeting) $fillBlankFields(fields.meeting);
        $writeNoticeFields(fields);
      },
      [FIELD_EDIT_TAG],
    );
  return { write, dispose: merging.dispose };
}

function isUndoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * While the editor is on the page, undo and redo anywhere but in the body's text (where Lexical handles them)
 * go to the notice's history.
 */
export function registerUndoRouting(editor: LexicalEditor): () => void {
  const inBodyText = (target: EventTarget | null) => {
    const root = editor.getRootElement();
    return target instanceof Node && root !== null && root.contains(target) && !(target instanceof Element && target.closest('.nb-meta'));
  };
  const run = (action: 'undo' | 'redo') => {
    if (!editor.isEditable()) return;
    editor.dispatchCommand(action === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const action = isUndoKey(event);
    if (action === null || inBodyText(event.target)) return;
    event.preventDefault();
    run(action);
  };
  const onBeforeInput = (event: InputEvent) => {
    if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
    if (inBodyText(event.target)) return;
    event.preventDefault();
    run(event.inputType === 'historyUndo' ? 'undo' : 'redo');
  };
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('beforeinput', onBeforeInput, true);
  return () => {
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('beforeinput', onBeforeInput, true);
  };
}
