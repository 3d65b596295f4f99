/**
 * "To review" marks in the editor: the side panel's "confirm" clears one; editing the text of a marked block (or of a
 * sub-item inside it) clears the mark. Moving a block, formatting, undoing or find-and-replace does not count as editing. While an
 * input method composes, the check waits for the composition to end.
 */
import {
  $getNodeByKey,
  $getState,
  $setState,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { NOTICE_LOAD_TAG } from '../mapping';
import { FIELD_EDIT_TAG } from '../notice-history';
import { FIND_REPLACE_TAG } from './find-replace';
import { toReviewState } from '../nodes/state';
import { $findNodeById, $isReviewableNode } from '../nodes/tree-queries';

/** Clears the review mark of a block or sub-item; true when there was one. */
export function $confirmReview(id: string): boolean {
  const node = $findNodeById(id);
  if (node === null || !$getState(node, toReviewState)) return false;
  $setState(node, toReviewState, false);
  return true;
}

/** The nodes whose marks an edit of this node's text clears: its sub-item and its top-level block. */
export function $reviewOwners(node: LexicalNode): LexicalNode[] {
  const owners: LexicalNode[] = [];
  for (let current: LexicalNode | null = node; current !== null; current = current.getParent()) {
    if ($isReviewableNode(current)) owners.push(current);
  }
  return owners;
}

function textOf(state: EditorState, key: NodeKey): string | null {
  return state.read(() => $getNodeByKey(key)?.getTextContent() ?? null);
}

export function registerReviewClearing(editor: LexicalEditor): () => void {
  // Marked owners touched since the last check, with their text before the first touch.
  const baseline = new Map<NodeKey, string | null>();
  return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, dirtyElements, tags }) => {
    // Blanks filled from the meeting panel are not the secretary reviewing the block.
    if (tags.has(FIELD_EDIT_TAG)) return;
    if (tags.has(HISTORIC_TAG) || tags.has(NOTICE_LOAD_TAG) || tags.has(FIND_REPLACE_TAG)) {
      baseline.clear();
      return;
    }
    if (dirtyLeaves.size > 0 || dirtyElements.size > 0) {
      editorState.read(() => {
        const touched: NodeKey[] = [...dirtyLeaves];
        for (const [key, intentional] of dirtyElements) if (intentional) touched.push(key);
        for (const key of touched) {
          const node = $getNodeByKey(key);
          if (node === null) continue;
          for (const owner of $reviewOwners(node)) {
            const ownerKey = owner.getKey();
            if ($getState(owner, toReviewState) && !baseline.has(ownerKey)) baseline.set(ownerKey, textOf(prevEditorState, ownerKey));
          }
        }
      });
    }
    if (editor.isComposing() || baseline.size === 0) return;
    const changed = [...baseline].filter(([key, before]) => textOf(editorState, key) !== before).map(([key]) => key);
    baseline.clear();
    if (changed.length === 0) return;
    editor.update(
      () => {
        for (const key of changed) {
          const node = $getNodeByKey(key);
          if (node !== null && $getState(node, toReviewState)) $setState(node, toReviewState, false);
        }
      },
      // Part of the edit that cleared it: undoing the edit brings the mark back.
      { tag: HISTORY_MERGE_TAG },
    );
  });
}
