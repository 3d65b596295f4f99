/**
 * Keeps a typed character where the editor's caret is when that caret is at the start of an empty line.
 *
 * Under load, the editing e2e test saw the first character typed right after Enter (which makes a new task and puts
 * the caret in its empty content line) land elsewhere: at the start of the next task's text, or in the new task's
 * hidden title line. The editor's own selection was right; the browser's caret, and so the range the `beforeinput`
 * event targets, was not, and Lexical follows that range. Only in that case — the editor's caret in an empty line,
 * the event aimed outside it — is the character inserted by the editor at its own caret instead.
 */
import { $getNodeByKey, $getSelection, $isElementNode, $isRangeSelection, type LexicalEditor, type NodeKey } from 'lexical';
import { $getTextContainer } from './nodes/tree-queries';

interface EmptyLineCaret {
  key: NodeKey;
  format: number;
  style: string;
}

function emptyLineCaret(editor: LexicalEditor): EmptyLineCaret | null {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'element') return null;
    const container = $getTextContainer(selection.anchor.getNode());
    if (container === null || container.getTextContentSize() !== 0) return null;
    return { key: container.getKey(), format: selection.format, style: selection.style };
  });
}

export function registerCaretGuard(editor: LexicalEditor): () => void {
  const onBeforeInput = (event: InputEvent) => {
    const data = event.data;
    if (event.inputType !== 'insertText' || !data || event.isComposing || editor.isComposing()) return;
    const caret = emptyLineCaret(editor);
    if (caret === null) return;
    const line = editor.getElementByKey(caret.key);
    const target = event.getTargetRanges()[0];
    if (line === null || target === undefined || line.contains(target.startContainer)) return;
    // Lexical (listening on the same root, after this capturing listener) must not insert it a second time.
    event.preventDefault();
    event.stopImmediatePropagation();
    editor.update(
      () => {
        const container = $getNodeByKey(caret.key);
        if (!$isElementNode(container)) return;
        container.selectStart();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        selection.format = caret.format;
        selection.style = caret.style;
        selection.insertText(data);
      },
      { discrete: true },
    );
  };
  return editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('beforeinput', onBeforeInput, true);
    root?.addEventListener('beforeinput', onBeforeInput, true);
  });
}
