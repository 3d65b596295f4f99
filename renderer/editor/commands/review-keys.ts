/**
 * Reviewing from the keyboard: Ctrl+Shift+Enter confirms the mark of the block (or sub-item) holding the caret and
 * goes to the next mark; "Xác nhận tất cả" clears every mark in one undoable step. The trích yếu's mark (a page
 * field, outside the body) takes part: it comes first in the notice's order.
 */
import { $getRoot, $getSelection, $getState, $isRangeSelection, $setState, type LexicalNode } from 'lexical';
import { SUMMARY_REVIEW_ID } from '../../../shared/notice/review';
import { $readNoticeFields, $writeNoticeFields } from '../notice-history';
import { blockIdState, toReviewState } from '../nodes/state';
import { $isTaskNode } from '../nodes/task-node';
import { $isBlockNode } from '../nodes/tree-queries';
import type { NoticeFields } from '../ui/PageFields';
import { $reviewOwners } from './review';

export function isConfirmAndNextKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey;
}

function $clearSummaryMark(): void {
  const fields = $readNoticeFields();
  if (fields === null || !fields.summaryToReview) return;
  const { summaryToReview: _cleared, ...rest } = fields;
  $writeNoticeFields(rest satisfies NoticeFields);
}

/** Every reviewable position in page order (the trích yếu, then each block and its sub-items), with its mark. */
function $reviewables(): { id: string; node: LexicalNode | null; marked: boolean }[] {
  const list: { id: string; node: LexicalNode | null; marked: boolean }[] = [
    { id: SUMMARY_REVIEW_ID, node: null, marked: $readNoticeFields()?.summaryToReview === true },
  ];
  for (const block of $getRoot().getChildren()) {
    if (!$isBlockNode(block)) continue;
    list.push({ id: $getState(block, blockIdState), node: block, marked: $getState(block, toReviewState) });
    if ($isTaskNode(block)) {
      for (const sub of block.getSubItems()) list.push({ id: $getState(sub, blockIdState), node: sub, marked: $getState(sub, toReviewState) });
    }
  }
  return list;
}

/**
 * Confirms the mark at the caret (`inSummary`: the caret is in the trích yếu) — the sub-item's if it has one, else
 * its block's — and returns the id of the next mark after it, wrapping, or null when none is left.
 */
export function $confirmAtCaretAndFindNext(inSummary: boolean): string | null {
  let here: LexicalNode | null = null;
  if (!inSummary) {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) {
      const owners = $reviewOwners(selection.anchor.getNode());
      here = owners.find((owner) => $getState(owner, toReviewState)) ?? owners.at(-1) ?? null;
    }
  }
  if (inSummary) {
    $clearSummaryMark();
  } else if (here !== null && $getState(here, toReviewState)) {
    $setState(here, toReviewState, false);
  }
  const list = $reviewables();
  const at = inSummary ? 0 : here === null ? -1 : list.findIndex((entry) => entry.node !== null && entry.node.is(here));
  for (let step = 1; step <= list.length; step++) {
    const entry = list[(at + step + list.length) % list.length];
    if (entry?.marked) return entry.id;
  }
  return null;
}

/** Clears every mark, the trích yếu's included; returns how many there were. */
export function $confirmAllReviews(): number {
  let count = 0;
  for (const entry of $reviewables()) {
    if (!entry.marked) continue;
    count++;
    if (entry.node === null) {
      $clearSummaryMark();
    } else {
      $setState(entry.node, toReviewState, false);
    }
  }
  return count;
}
