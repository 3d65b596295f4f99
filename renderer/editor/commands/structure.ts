/**
 * Structure edits of the notice body: insert a block, number or unnumber a heading, move, indent and outdent. Each is
 * a named Lexical command (registerStructureCommands); the toolbar and the keyboard (keys.ts) dispatch the same
 * commands. The `$`-functions behind them run inside an editor update and return true when they changed something.
 */
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getRoot,
  $getState,
  $setState,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $createDashNode, $isDashNode } from '../nodes/dash-node';
import { $createSectionHeadingNode } from '../nodes/heading-node';
import { $isLineNode } from '../nodes/line-node';
import { $createNoticeParagraphNode } from '../nodes/paragraph-node';
import { $createSchemeNode } from '../nodes/scheme-node';
import {
  $copyReviewMark,
  blockIdState,
  coordinatingAgenciesState,
  deadlineState,
  leadAgenciesState,
  numberedState,
  subItemStyleState,
  toReviewState,
} from '../nodes/state';
import { $createSubItemNode, $isSubItemNode, type SubItemNode } from '../nodes/sub-item-node';
import { $createTaskNode, $isTaskNode, type TaskNode } from '../nodes/task-node';
import { $firstEditable, type BlockNode } from '../nodes/tree-queries';
import {
  $getSelectedBlock,
  $getSelectedContainer,
  $getSelectedHeading,
  $restorePoints,
  $savePoints,
} from './selection';

export type InsertKind = 'heading' | 'paragraph' | 'dash' | 'task' | 'sub-item' | 'scheme';

/** Insert a block of this kind after the selected one (a sub-item into the selected task): the toolbar's inserts. */
export const INSERT_BLOCK_COMMAND: LexicalCommand<InsertKind> = createCommand('INSERT_BLOCK_COMMAND');
/** Move the selected block or sub-item up (-1) or down (+1): Alt+↑ / Alt+↓ and the toolbar's arrows. */
export const MOVE_BLOCK_COMMAND: LexicalCommand<-1 | 1> = createCommand('MOVE_BLOCK_COMMAND');
/** Indent (Tab) and outdent (Shift+Tab) the selected task, sub-item or dash item. */
export const INDENT_BLOCK_COMMAND: LexicalCommand<void> = createCommand('INDENT_BLOCK_COMMAND');
export const OUTDENT_BLOCK_COMMAND: LexicalCommand<void> = createCommand('OUTDENT_BLOCK_COMMAND');
/** Number or unnumber the heading holding the caret: the toolbar's "Không đánh số". */
export const TOGGLE_HEADING_NUMBERED_COMMAND: LexicalCommand<void> = createCommand('TOGGLE_HEADING_NUMBERED_COMMAND');

/** The handlers of the structure commands; a command is handled (true) when it changed something. */
export function registerStructureCommands(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(INSERT_BLOCK_COMMAND, (kind) => $insertBlock(kind) !== null, COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(MOVE_BLOCK_COMMAND, (delta) => $moveSelected(delta), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(INDENT_BLOCK_COMMAND, () => $indentSelected(), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(OUTDENT_BLOCK_COMMAND, () => $outdentSelected(), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(TOGGLE_HEADING_NUMBERED_COMMAND, () => $toggleHeadingNumbered(), COMMAND_PRIORITY_EDITOR),
  );
}

/** Copies the review mark and the agency/deadline state that tasks and sub-items share. */
function $copyAssignment(from: TaskNode | SubItemNode, to: TaskNode | SubItemNode): void {
  $copyReviewMark(from, to);
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
  const saved = $savePoints();
  if (delta < 0) neighbour.insertBefore(node, false);
  else neighbour.insertAfter(node, false);
  if (saved) $restorePoints(saved);
  return true;
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
  const saved = $savePoints();
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
    else $restorePoints(saved);
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
  const saved = $savePoints();
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
    else $restorePoints(saved);
  }
  return true;
}
