/**
 * The editor's keyboard and command behaviour, registered on a Lexical editor (the React editor and the headless
 * tests use the same registration). Nothing here runs while an input method is composing, and Backspace/Delete are
 * only taken over at a line's very start/end (Unikey and EVKey type by sending Backspace inside words).
 */
import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_HIGH,
  DELETE_CHARACTER_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical';
import { $handleBackspaceAtStart, $handleDeleteAtEnd, $handleEnter, $indentSelected, $moveSelected, $outdentSelected } from './commands';

/** The only inline formats a notice has. */
export const ALLOWED_FORMATS: ReadonlySet<TextFormatType> = new Set<TextFormatType>(['bold', 'italic', 'underline']);

export function registerNoticeEditing(editor: LexicalEditor): () => void {
  const moveBy = (delta: -1 | 1) => (event: KeyboardEvent | null) => {
    if (event === null || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || editor.isComposing()) return false;
    event.preventDefault();
    $moveSelected(delta);
    return true;
  };
  return mergeRegister(
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => !editor.isComposing() && $handleEnter(), COMMAND_PRIORITY_HIGH),
    // A notice has no soft line breaks: Shift+Enter acts as Enter.
    editor.registerCommand(
      INSERT_LINE_BREAK_COMMAND,
      () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DELETE_CHARACTER_COMMAND,
      (isBackward) => !editor.isComposing() && (isBackward ? $handleBackspaceAtStart() : $handleDeleteAtEnd()),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        if (editor.isComposing() || event.ctrlKey || event.altKey || event.metaKey) return false;
        const handled = event.shiftKey ? $outdentSelected() : $indentSelected();
        if (handled) event.preventDefault();
        return handled;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(KEY_ARROW_UP_COMMAND, moveBy(-1), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(KEY_ARROW_DOWN_COMMAND, moveBy(1), COMMAND_PRIORITY_HIGH),
    // Strikethrough, code, sub/superscript … have no place in a notice.
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => !ALLOWED_FORMATS.has(format), COMMAND_PRIORITY_HIGH),
  );
}
