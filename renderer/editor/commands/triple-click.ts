/**
 * A triple-click selects a paragraph, and the browser ends that selection at the start of the next block. Typing or
 * deleting then merged the next block into the selected one ("…thành phố.Sau khi nghe"). While the selection comes
 * from a triple-click, an end that sits at the very start of another line is pulled back to the end of the line the
 * selection starts in, as a word processor selects "the paragraph".
 */
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  KEY_DOWN_COMMAND,
  SELECTION_CHANGE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $getTextContainer } from '../nodes/tree-queries';

export function $clampSelectionToStartLine(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return;
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  if (end.offset !== 0) return;
  const endNode = end.getNode();
  const endLine = $getTextContainer(endNode);
  const startLine = $getTextContainer(start.getNode());
  if (endLine === null || startLine === null || endLine.is(startLine)) return;
  const first = endLine.getFirstDescendant();
  if (!endNode.is(endLine) && !(first !== null && endNode.is(first))) return;
  const last = startLine.getLastDescendant();
  if ($isTextNode(last)) end.set(last.getKey(), last.getTextContentSize(), 'text');
  else end.set(startLine.getKey(), startLine.getChildrenSize(), 'element');
}

export function registerTripleClickSelection(editor: LexicalEditor): () => void {
  let tripleClick = false;
  const clamp = () => {
    if (tripleClick) $clampSelectionToStartLine();
    return false;
  };
  const clampOnce = () => {
    clamp();
    tripleClick = false;
    return false;
  };
  return mergeRegister(
    editor.registerRootListener((root) => {
      if (root === null) return;
      const onMouseDown = (event: MouseEvent) => {
        tripleClick = event.detail >= 3;
      };
      root.addEventListener('mousedown', onMouseDown, true);
      return () => root.removeEventListener('mousedown', onMouseDown, true);
    }),
    editor.registerCommand(SELECTION_CHANGE_COMMAND, clamp, COMMAND_PRIORITY_CRITICAL),
    // The first key (or text inserted without a key, by an input method) after the click still sees the clicked
    // selection, whose selectionchange may not have come yet; after it the selection is the keyboard's.
    editor.registerCommand(KEY_DOWN_COMMAND, clampOnce, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(CONTROLLED_TEXT_INSERTION_COMMAND, clampOnce, COMMAND_PRIORITY_CRITICAL),
  );
}
