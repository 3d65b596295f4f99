/** Block ids: every block and sub-item of the body has one, given by the node's transform when it has none. */
import { $getEditor, $getState, $setState, type LexicalNode } from 'lexical';
import { blockIdState } from './state';

/** A fresh block id for a block created in the editor. */
export function newBlockId(): string {
  return crypto.randomUUID();
}

/** Gives a node its block id when it has none; skipped while an input method composes. */
export function $ensureBlockId(node: LexicalNode): void {
  if ($getEditor().isComposing()) return;
  if ($getState(node, blockIdState) === '') $setState(node, blockIdState, newBlockId());
}
