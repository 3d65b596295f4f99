/**
 * Structural editing of the notice body: insert, indent/outdent, move, and the block-boundary behaviour of Enter,
 * Backspace and Delete. All are `$`-functions on the current selection, run inside an editor update; they return
 * true when they handled the key (the caller then prevents the browser's default).
 */
import {
  $createTextNode,
  $getRoot,
  $getSelection,
  $getState,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setState,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import {
  $createDashNode,
  $createNoticeParagraphNode,
  $createSchemeNode,
  $createSectionHeadingNode,
  $createSubItemNode,
  $createTaskNode,
  $getTextContainer,
  $isBlockNode,
  $isDashNode,
  $isLineNode,
  $isNoticeParagraphNode,
  $isReviewableNode,
  $isSchemeNode,
  $isSectionHeadingNode,
  $isSubItemNode,
  $isTaskNode,
  blockIdState,
  coordinatingAgenciesState,
  deadlineState,
  leadAgenciesState,
  newBlockId,
  numberedState,
  subItemStyleState,
  toReviewState,
  type BlockNode,
  type SchemeNode,
  type SectionHeadingNode,
  type SubItemNode,
  type TaskNode,
} from './nodes';

export type InsertKind = 'heading' | 'paragraph' | 'dash' | 'task' | 'sub-item' | 'scheme';

// ---------------------------------------------------------------------------------------------------- lookups

function $rangeSelection(): RangeSelection | null {
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
function $lastEditable(node: LexicalNode): ElementNode | null {
  if ($isTaskNode(node) || $isSchemeNode(node)) {
    const last = node.getLastChild();
    return $isElementNode(last) ? last : node;
  }
  return $isElementNode(node) ? node : null;
}

/** No text in any line and no sub-item (an element's own text size counts the breaks between its lines). */
function $isContainerEmpty(container: TaskNode | SchemeNode): boolean {
  return container.getChildren().every((line) => line.getTextContentSize() === 0 && !$isSubItemNode(line));
}
const $isTaskEmpty = $isContainerEmpty;

function $isAtStart(point: PointType, container: ElementNode): boolean {
  if (point.offset !== 0) return false;
  const node = point.getNode();
  if (node.is(container)) return true;
  const first = container.getFirstDescendant();
  return first === null || node.is(first);
}

function $isAtEnd(point: PointType, container: ElementNode): boolean {
  const node = point.getNode();
  if (node.is(container)) return point.offset === container.getChildrenSize();
  const last = container.getLastDescendant();
  return last === null || (node.is(last) && point.offset === ($isTextNode(node) ? node.getTextContentSize() : 0));
}

/** Splits the container at the caret and returns the inline nodes after it (still attached, to be moved). */
function $nodesAfterCaret(selection: RangeSelection, container: ElementNode): LexicalNode[] {
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

function $prependTo(target: ElementNode, nodes: LexicalNode[]): void {
  if (nodes.length === 0) return;
  const first = target.getFirstChild();
  if (first === null) target.append(...nodes);
  else for (const node of nodes) first.insertBefore(node);
}

/** Copies the review mark and the agency/deadline state that tasks and sub-items share. */
function $copyAssignment(from: TaskNode | SubItemNode, to: TaskNode | SubItemNode): void {
  $setState(to, toReviewState, $getState(from, toReviewState));
  $setState(to, leadAgenciesState, $getState(from, leadAgenciesState));
  $setState(to, coordinatingAgenciesState, $getState(from, coordinatingAgenciesState));
  $setState(to, deadlineState, $getState(from, deadlineState));
}

// ---------------------------------------------------------------------------------------------------- insert

function $createBlock(kind: Exclude<InsertKind, 'sub-item'>): BlockNode {
  switch (kind) {
    case 'heading':
      return $createSectionHeadingNode();
    case 'paragraph':
      return $createNoticeParagraphNode();
    case 'dash':
      return $createDashNode();
    case 'task':
      return $createTaskNode();
    case 'scheme':
      return $createSchemeNode();
  }
}

/**
 * Inserts a new block after the block holding the selection (at the end when nothing is selected), or a sub-item
 * into the selected task, and puts the caret in it. Returns the new node, or null when a sub-item has no task.
 */
export function $insertBlock(kind: InsertKind): BlockNode | SubItemNode | null {
  const current = $getSelectedBlock();
  if (kind === 'sub-item') {
    if (!$isTaskNode(current)) return null;
    const sub = $createSubItemNode();
    const container = $getSelectedContainer();
    if ($isSubItemNode(container)) {
      sub.setLevel(container.getLevel());
      container.insertAfter(sub);
    } else {
      current.append(sub);
    }
    sub.selectStart();
    return sub;
  }
  const block = $createBlock(kind);
  if (current !== null) current.insertAfter(block);
  else $getRoot().append(block);
  $firstEditable(block).selectStart();
  return block;
}

// ---------------------------------------------------------------------------------------------------- headings

/** The section heading holding the caret, if any. */
export function $getSelectedHeading(): SectionHeadingNode | null {
  const block = $getSelectedBlock();
  return $isSectionHeadingNode(block) ? block : null;
}

/**
 * Turns the heading holding the caret from numbered (I., II. …) to unnumbered or back; the headings after it
 * renumber at once (numbers come from position and this flag). Changing it is editing the heading: its review mark
 * goes. False when the caret is not in a heading.
 */
export function $toggleHeadingNumbered(): boolean {
  const heading = $getSelectedHeading();
  if (heading === null) return false;
  $setState(heading, numberedState, !$getState(heading, numberedState));
  if ($getState(heading, toReviewState)) $setState(heading, toReviewState, false);
  return true;
}

// ---------------------------------------------------------------------------------------------------- move

/**
 * Moves the selected task/scheme/block one place up (-1) or down (+1), sub-items travelling inside it; inside a
 * task's sub-items, moves the sub-item among its siblings. The caret stays where it was in the moved text.
 */
export function $moveSelected(delta: -1 | 1): boolean {
  const container = $getSelectedContainer();
  const node: LexicalNode | null = $isSubItemNode(container) ? container : $getSelectedBlock();
  if (node === null) return false;
  const neighbour = delta < 0 ? node.getPreviousSibling() : node.getNextSibling();
  if (neighbour === null || ($isSubItemNode(node) && !$isSubItemNode(neighbour))) return false;
  const selection = $rangeSelection();
  const saved = selection ? savePoints(selection) : null;
  if (delta < 0) neighbour.insertBefore(node, false);
  else neighbour.insertAfter(node, false);
  if (saved) restorePoints(saved);
  return true;
}

interface SavedPoints {
  anchor: [string, number, 'text' | 'element'];
  focus: [string, number, 'text' | 'element'];
}

function savePoints(selection: RangeSelection): SavedPoints {
  return {
    anchor: [selection.anchor.key, selection.anchor.offset, selection.anchor.type],
    focus: [selection.focus.key, selection.focus.offset, selection.focus.type],
  };
}

function restorePoints(saved: SavedPoints): void {
  const selection = $rangeSelection();
  if (selection === null) return;
  selection.anchor.set(...saved.anchor);
  selection.focus.set(...saved.focus);
  selection.dirty = true;
}

// ---------------------------------------------------------------------------------------------------- indent

/** Tab: a task becomes the last sub-item of the task before it; a sub-item or dash item goes to level 2. */
export function $indentSelected(): boolean {
  const container = $getSelectedContainer();
  if ($isSubItemNode(container) || $isDashNode(container)) {
    if (container.getLevel() === 2) return false;
    container.setLevel(2);
    return true;
  }
  if (!$isLineNode(container, 'task-title') && !$isLineNode(container, 'task-content')) return false;
  const task = container.getParent();
  const previous = task?.getPreviousSibling();
  if (!$isTaskNode(task) || !$isTaskNode(previous)) return false;
  $taskToSubItemOf(task, previous);
  return true;
}

/** The task's title and content become one sub-item of `target`; its own sub-items follow at level 2. */
function $taskToSubItemOf(task: TaskNode, target: TaskNode): SubItemNode {
  const selection = $rangeSelection();
  const saved = selection ? savePoints(selection) : null;
  const title = task.getTitleLine();
  const content = task.getContentLine();
  const sub = $createSubItemNode($getState(task, blockIdState), 1);
  $copyAssignment(task, sub);
  if (title !== null) sub.append(...title.getChildren());
  if (title !== null && content !== null && title.getTextContentSize() > 0 && content.getTextContentSize() > 0) {
    sub.append($createTextNode(' '));
  }
  if (content !== null) sub.append(...content.getChildren());
  const children = task.getSubItems();
  target.append(sub);
  for (const child of children) {
    child.setLevel(2);
    target.append(child);
  }
  task.remove();
  if (saved) {
    // A caret in an empty line pointed at that line, which is gone now.
    const lineGone = saved.anchor[2] === 'element';
    if (lineGone) sub.selectStart();
    else restorePoints(saved);
  }
  return sub;
}

/**
 * Shift+Tab: a level-2 sub-item or dash item goes back to level 1; a level-1 sub-item becomes a task right after
 * its task, taking the sub-items below it along as its own.
 */
export function $outdentSelected(): boolean {
  const container = $getSelectedContainer();
  if (($isSubItemNode(container) || $isDashNode(container)) && container.getLevel() === 2) {
    container.setLevel(1);
    return true;
  }
  if (!$isSubItemNode(container)) return false;
  const parent = container.getParent();
  if (!$isTaskNode(parent)) return false;
  const selection = $rangeSelection();
  const saved = selection ? savePoints(selection) : null;
  const task = $createTaskNode($getState(container, blockIdState));
  $copyAssignment(container, task);
  $setState(task, subItemStyleState, $getState(parent, subItemStyleState));
  const content = task.getContentLine();
  content?.append(...container.getChildren());
  const following = container.getNextSiblings().filter($isSubItemNode);
  task.append(...following);
  parent.insertAfter(task);
  container.remove();
  if (saved) {
    if (saved.anchor[2] === 'element') content?.selectStart();
    else restorePoints(saved);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------- Enter

/** Enter inside tasks and schemes, and on an empty dash item. Returns false to let Lexical split a simple block. */
export function $handleEnter(): boolean {
  let selection = $rangeSelection();
  if (selection === null) return false;
  const start = $getSelectedContainer();
  if (start === null) return false;
  if (!selection.isCollapsed()) {
    if (!$isLineNode(start) && !$isSubItemNode(start)) return false;
    selection.removeText();
    selection = $rangeSelection();
    if (selection === null) return true;
  }
  const container = $getTextContainer(selection.anchor.getNode());
  if (container === null) return false;
  const atEnd = $isAtEnd(selection.anchor, container);
  const empty = container.getTextContentSize() === 0;

  if ($isDashNode(container)) {
    if (!empty) return false;
    // Enter on an empty dash item ends the list, as in a word processor.
    const paragraph = $createNoticeParagraphNode($getState(container, blockIdState));
    $setState(paragraph, toReviewState, $getState(container, toReviewState));
    container.replace(paragraph);
    paragraph.selectStart();
    return true;
  }

  if ($isSubItemNode(container)) {
    const task = container.getParent();
    if (!$isTaskNode(task)) return false;
    if (empty && container.getNextSibling() === null) {
      // Enter on an empty last sub-item ends the sub-items: the next task starts.
      container.remove();
      const next = $createTaskNode();
      task.insertAfter(next);
      next.getContentLine()?.selectStart();
      return true;
    }
    const moved = atEnd ? [] : $nodesAfterCaret(selection, container);
    const sub = $createSubItemNode(newBlockId(), container.getLevel());
    container.insertAfter(sub);
    sub.append(...moved);
    sub.selectStart();
    return true;
  }

  if (!$isLineNode(container)) return false;
  const owner = container.getParent();
  const role = container.getRole();

  if ($isSchemeNode(owner) && $isContainerEmpty(owner)) {
    // An empty scheme (caret in its title or its conclusion) turns into a paragraph, as an empty task does.
    const paragraph = $createNoticeParagraphNode();
    owner.replace(paragraph);
    paragraph.selectStart();
    return true;
  }

  if (role === 'task-title' || role === 'scheme-title') {
    const next = $isTaskNode(owner) ? owner.getContentLine() : $isSchemeNode(owner) ? owner.getConclusionLine() : null;
    if (next === null) return true;
    $prependTo(next, atEnd ? [] : $nodesAfterCaret(selection, container));
    next.selectStart();
    return true;
  }

  if (role === 'task-content' && $isTaskNode(owner)) {
    if ($isTaskEmpty(owner)) {
      // An empty task turns into a paragraph (leaving the list of tasks).
      const paragraph = $createNoticeParagraphNode();
      owner.replace(paragraph);
      paragraph.selectStart();
      return true;
    }
    const subs = owner.getSubItems();
    if (atEnd && subs.length === 0) {
      const next = $createTaskNode();
      $setState(next, subItemStyleState, $getState(owner, subItemStyleState));
      owner.insertAfter(next);
      next.getContentLine()?.selectStart();
      return true;
    }
    const moved = atEnd ? [] : $nodesAfterCaret(selection, container);
    const sub = $createSubItemNode();
    container.insertAfter(sub);
    sub.append(...moved);
    sub.selectStart();
    return true;
  }

  if (role === 'scheme-conclusion' && $isSchemeNode(owner)) {
    // Like a task's content: the text after the caret (none at the end) goes with a new scheme, whose title gets
    // the caret since a scheme starts with its title.
    const next = $createSchemeNode();
    next.getConclusionLine()?.append(...(atEnd ? [] : $nodesAfterCaret(selection, container)));
    owner.insertAfter(next);
    next.getTitleLine()?.selectStart();
    return true;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------- Backspace / Delete

function $removeAndSelectPrevious(node: LexicalNode): void {
  const previous = node.getPreviousSibling();
  const next = node.getNextSibling();
  const target = previous !== null ? $lastEditable(previous) : next !== null && $isElementNode(next) ? next : null;
  if (target === null && node.getParent() === $getRoot()) {
    // Keep one line to type in.
    const paragraph = $createNoticeParagraphNode();
    node.replace(paragraph);
    paragraph.selectStart();
    return;
  }
  node.remove();
  if (target === null) return;
  if (previous !== null) target.selectEnd();
  else (next !== null && $isBlockNode(next) ? $firstEditable(next) : target).selectStart();
}

/**
 * Backspace with the caret at the very start of a line. Empty blocks and sub-items are removed; a level-2 item goes
 * to level 1, a dash item to a paragraph; a sub-item merges into the line above it. Text is never merged across
 * a task's or a scheme's border. Anywhere else (the caret inside text) this returns false and the browser / input
 * method deletes characters as usual.
 */
export function $handleBackspaceAtStart(): boolean {
  const selection = $rangeSelection();
  if (selection === null || !selection.isCollapsed()) return false;
  const container = $getTextContainer(selection.anchor.getNode());
  if (container === null || !$isAtStart(selection.anchor, container)) return false;
  const empty = container.getTextContentSize() === 0;

  if ($isSubItemNode(container)) {
    const previous = container.getPreviousSibling();
    if (empty) {
      container.remove();
      if ($isElementNode(previous)) previous.selectEnd();
      return true;
    }
    if (container.getLevel() === 2) {
      container.setLevel(1);
      return true;
    }
    if ($isElementNode(previous)) {
      // Merge into the line above, inside the same task.
      const children = container.getChildren();
      previous.selectEnd();
      const caret = $rangeSelection();
      const saved = caret ? savePoints(caret) : null;
      previous.append(...children);
      container.remove();
      if (saved) restorePoints(saved);
    }
    return true;
  }

  if ($isLineNode(container)) {
    const owner = container.getParent();
    if ($isTaskNode(owner) && $isTaskEmpty(owner)) {
      $removeAndSelectPrevious(owner);
      return true;
    }
    if ($isSchemeNode(owner) && $isContainerEmpty(owner)) {
      $removeAndSelectPrevious(owner);
      return true;
    }
    const role = container.getRole();
    if ((role === 'task-content' || role === 'scheme-conclusion') && empty) {
      container.getPreviousSibling()?.selectEnd();
    }
    return true;
  }

  if (empty) {
    $removeAndSelectPrevious(container);
    return true;
  }
  if ($isDashNode(container)) {
    if (container.getLevel() === 2) container.setLevel(1);
    else {
      const paragraph = $createNoticeParagraphNode($getState(container, blockIdState));
      $setState(paragraph, toReviewState, $getState(container, toReviewState));
      paragraph.append(...container.getChildren());
      container.replace(paragraph);
      paragraph.selectStart();
    }
    return true;
  }
  const previous = container.getPreviousSibling();
  // Paragraphs and headings merge with a simple block above (Lexical's own merge); never into a task or scheme.
  return !($isNoticeParagraphNode(previous) || $isDashNode(previous) || $isSectionHeadingNode(previous));
}

/** Delete with the caret at the end of a line: never pulls text across a task's or scheme's border. */
export function $handleDeleteAtEnd(): boolean {
  const selection = $rangeSelection();
  if (selection === null || !selection.isCollapsed()) return false;
  const container = $getTextContainer(selection.anchor.getNode());
  if (container === null || !$isAtEnd(selection.anchor, container)) return false;
  const next = container.getNextSibling();
  if ($isSubItemNode(container) || $isLineNode(container)) {
    if ($isSubItemNode(next) && !$isLineNode(container, 'task-title')) {
      const caret = $rangeSelection();
      const saved = caret ? savePoints(caret) : null;
      container.append(...next.getChildren());
      next.remove();
      if (saved) restorePoints(saved);
    }
    return true;
  }
  return !($isNoticeParagraphNode(next) || $isDashNode(next) || $isSectionHeadingNode(next));
}

// ---------------------------------------------------------------------------------------------------- review marks

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
