/**
 * Typing in the chips' inputs is not typing in the document: Lexical's root listeners must skip events from the
 * metadata panels (`.nb-meta`), while they still bubble on to React. One capturing listener per event type on the
 * root marks them before Lexical's own (bubbling) listeners see them.
 */
import { stopLexicalPropagation, type LexicalEditor } from 'lexical';

const META_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend',
  'paste', 'cut', 'copy', 'drop', 'dragstart', 'dragover', 'dragend', 'click', 'pointerdown', 'mousedown',
] as const;

export function registerMetaEventIsolation(editor: LexicalEditor): () => void {
  const isolate = (event: Event): void => {
    if (event.target instanceof Element && event.target.closest('.nb-meta') !== null) stopLexicalPropagation(event);
  };
  return editor.registerRootListener((root) => {
    if (root === null) return;
    for (const type of META_EVENTS) root.addEventListener(type, isolate, true);
    return () => {
      for (const type of META_EVENTS) root.removeEventListener(type, isolate, true);
    };
  });
}
