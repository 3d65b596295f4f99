/** Questions about the body's node tree: which nodes are blocks, where text lives, where the caret goes in a block. */
import { $getRoot, $getState, $isElementNode, $isRootNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import { $isDashNode, type DashNode } from './dash-node';
import { $isSectionHeadingNode, type SectionHeadingNode } from './heading-node';
import { $isLineNode } from './line-node';
import { $isNoticeParagraphNode, type NoticeParagraphNode } from './paragraph-node';
import { $isSchemeNode, type SchemeNode } from './scheme-node';
import { blockIdState } from './state';
import { $isSubItemNode, type SubItemNode } from './sub-item-node';
import { $isTaskNode, type TaskNode } from './task-node';

/** A top-level block of the notice body. */
export type BlockNode = NoticeParagraphNode | DashNode | SectionHeadingNode | TaskNode | SchemeNode;

export function $isBlockNode(node: LexicalNode | null | undefined): node is BlockNode {
  return (
    $isNoticeParagraphNode(node) || $isDashNode(node) || $isSectionHeadingNode(node) || $isTaskNode(node) || $isSchemeNode(node)
  );
}

/** Nodes that carry a block id and a review mark: the top-level blocks and the sub-items. */
export function $isReviewableNode(node: LexicalNode | null | undefined): node is BlockNode | SubItemNode {
  return $isBlockNode(node) || $isSubItemNode(node);
}

/** The element that holds a text position: a line, a sub-item, or a simple block. */
export function $getTextContainer(node: LexicalNode): ElementNode | null {
  let current: LexicalNode | null = $isTextNode(node) ? node.getParent() : node;
  while (current !== null && !$isRootNode(current)) {
    if ($isLineNode(current) || $isSubItemNode(current) || $isNoticeParagraphNode(current) || $isDashNode(current) || $isSectionHeadingNode(current)) {
      return current as ElementNode;
    }
    current = current.getParent();
  }
  return null;
}

/** The block or sub-item with this id, if any. */
export function $findNodeById(id: string): BlockNode | SubItemNode | null {
  for (const child of $getRoot().getChildren()) {
    if (!$isBlockNode(child)) continue;
    if ($getState(child, blockIdState) === id) return child;
    if ($isTaskNode(child)) {
      const sub = child.getSubItems().find((s) => $getState(s, blockIdState) === id);
      if (sub) return sub;
    }
  }
  return null;
}

/** Where the caret goes to edit a block first: a task's content, a scheme's title, or the block itself. */
export function $firstEditable(node: BlockNode | SubItemNode): ElementNode {
  if ($isTaskNode(node)) {
    const title = node.getTitleLine();
    if (title !== null && title.getTextContentSize() > 0) return title;
    return node.getContentLine() ?? node;
  }
  if ($isSchemeNode(node)) return node.getTitleLine() ?? node;
  return node;
}

/** The last line of a block, where the caret lands after removing the block below it. */
export function $lastEditable(node: LexicalNode): ElementNode | null {
  if ($isTaskNode(node) || $isSchemeNode(node)) {
    const last = node.getLastChild();
    return $isElementNode(last) ? last : node;
  }
  return $isElementNode(node) ? node : null;
}
