/** Ctrl+Shift+Enter in the body or the trích yếu: confirm the mark here and go to the next one (review-keys.ts). */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';
import { useEffect, type RefObject } from 'react';
import { $confirmAtCaretAndFindNext, isConfirmAndNextKey } from '../commands/review-keys';

/** Runs the confirm-and-next step; returns the next mark's id, or null when none is left. */
export function confirmAndFindNext(editor: LexicalEditor, inSummary: boolean): string | null {
  let next: string | null = null;
  editor.update(
    () => {
      next = $confirmAtCaretAndFindNext(inSummary);
    },
    { discrete: true, tag: HISTORY_PUSH_TAG },
  );
  return next;
}

export function ReviewShortcut(props: {
  summaryRef: RefObject<HTMLTextAreaElement | null>;
  onGoTo(id: string): void;
  onMessage(message: string): void;
}) {
  const { summaryRef, onGoTo, onMessage } = props;
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isConfirmAndNextKey(event) || !editor.isEditable() || editor.isComposing()) return;
      const target = event.target;
      const inSummary = target !== null && target === summaryRef.current;
      const root = editor.getRootElement();
      const inBody = target instanceof Element && root !== null && root.contains(target) && target.closest('.nb-meta') === null;
      if (!inSummary && !inBody) return;
      event.preventDefault();
      event.stopPropagation();
      const next = confirmAndFindNext(editor, inSummary);
      if (next === null) onMessage('Đã rà soát xong: không còn mục nào cần rà soát.');
      else onGoTo(next);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [editor, summaryRef, onGoTo, onMessage]);
  return null;
}
