/**
 * Inserting a footnote at the caret: the toolbar and Ctrl+Alt+F (Word's shortcut) dispatch INSERT_FOOTNOTE_COMMAND;
 * the new footnote's text then gets the focus in the footnote list.
 */
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  createCommand,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { $createFootnoteNode, FOCUS_FOOTNOTE_COMMAND } from '../nodes/footnote-node';
import { $getTextContainer } from '../nodes/tree-queries';

export const INSERT_FOOTNOTE_COMMAND = createCommand<void>('INSERT_FOOTNOTE_COMMAND');
export const INSERT_FOOTNOTE_SHORTCUT = 'Ctrl+Alt+F';

/** Inserts an empty footnote reference after the selection (as Word does) and returns its key; null outside the text. */
export function $insertFootnote(): NodeKey | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || $getTextContainer(selection.focus.getNode()) === null) return null;
  if (!selection.isCollapsed()) {
    const end = selection.isBackward() ? selection.anchor : selection.focus;
    selection.anchor.set(end.key, end.offset, end.type);
    selection.focus.set(end.key, end.offset, end.type);
  }
  const footnote = $createFootnoteNode();
  selection.insertNodes([footnote]);
  return footnote.getKey();
}

function isInsertFootnoteKey(event: KeyboardEvent): boolean {
  // event.code: the F key wherever the keyboard layout puts letters (Telex input leaves it alone too).
  return event.ctrlKey && event.altKey && !event.shiftKey && !event.metaKey && event.code === 'KeyF';
}

export function registerFootnoteCommands(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      INSERT_FOOTNOTE_COMMAND,
      () => {
        let key: NodeKey | null = null;
        editor.update(
          () => {
            key = $insertFootnote();
          },
          {
            onUpdate: () => {
              if (key !== null) editor.dispatchCommand(FOCUS_FOOTNOTE_COMMAND, key);
            },
          },
        );
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (!isInsertFootnoteKey(event) || editor.isComposing()) return false;
        event.preventDefault();
        editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined);
        return true;
      },
      // Above Lexical's own keydown handling, which sits at the editor priority and takes every key.
      COMMAND_PRIORITY_LOW,
    ),
  );
}
