/**
 * The selection as the structure edits see it: the block, line or heading holding the caret, whether the caret is at
 * a line's start or end, and saving the caret across a move of the nodes it is in. `$`-functions, run inside an
 * editor update or read.
 */
import { $getSelection, $isRangeSelection, $isTextNode, type ElementNode, type LexicalNode, type PointType, type RangeSelection } from 'lexical';
import { $isSectionHeadingNode, type SectionHeadingNode } from '../nodes/heading-node';
import { $getTextContainer, $isBlockNode, type BlockNode } from '../nodes/tree-queries';

export function $rangeSelection(): RangeSelection | null {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection : null;
}

/** The top-level block that holds the selection's anchor. */
export function $getSelectedBlock(): BlockNode | null {
  const selection = $rangeSelection();
  if (selection === null) return null;
  const top = selection.anchor.getNode().getTopLevelElement();
  return $isBlockNode(top) ? top : null;
}

/** The line, sub-item or simple block that holds the selection's anchor. */
export function $getSelectedContainer(): ElementNode | null {
  const selection = $rangeSelection();
  return selection === null ? null : $getTextContainer(selection.anchor.getNode());
}

/** The section heading holding the caret, if any. */
export function $getSelectedHeading(): SectionHeadingNode | null {
  const block = $getSelectedBlock();
  return $isSectionHeadingNode(block) ? block : null;
}

export function $isAtStart(point: PointType, container: ElementNode): boolean {
  if (point.offset !== 0) return false;
  const node = point.getNode();
  if (node.is(container)) return true;
  const first = container.getFirstDescendant();
  return first === null || node.is(first);
}

export function $isAtEnd(point: PointType, container: ElementNode): boolean {
  const node = point.getNode();
  if (node.is(container)) return point.offset === container.getChildrenSize();
  const last = container.getLastDescendant();
  return last === null || (node.is(last) && point.offset === ($isTextNode(node) ? node.getTextContentSize() : 0));
}

/** Splits the container at the caret and returns the inline nodes after it (still attached, to be moved). */
export function $nodesAfterCaret(selection: RangeSelection, container: ElementNode): LexicalNode[] {
  const { anchor } = selection;
  const node = anchor.getNode();
  if (node.is(container)) return container.getChildren().slice(anchor.offset);
  if (!$isTextNode(node)) return node.getNextSiblings();
  const offset = anchor.offset;
  if (offset === 0) return [node, ...node.getNextSiblings()];
  if (offset >= node.getTextContentSize()) return node.getNextSiblings();
  const [, right] = node.splitText(offset);
  return right ? [right, ...right.getNextSiblings()] : [];
}

export interface SavedPoints {
  anchor: [string, number, 'text' | 'element'];
  focus: [string, number, 'text' | 'element'];
}

/** The current caret, to put back after moving the nodes it is in; null without a range selection. */
export function $savePoints(): SavedPoints | null {
  const selection = $rangeSelection();
  if (selection === null) return null;
  return {
    anchor: [selection.anchor.key, selection.anchor.offset, selection.anchor.type],
    focus: [selection.focus.key, selection.focus.offset, selection.focus.type],
  };
}

export function $restorePoints(saved: SavedPoints): void {
  const selection = $rangeSelection();
  if (selection === null) return;
  selection.anchor.set(...saved.anchor);
  selection.focus.set(...saved.focus);
  selection.dirty = true;
}
