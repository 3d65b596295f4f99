/**
 * The editor's keys, registered on a Lexical editor (the React editor and the headless tests use the same
 * registration): Enter, Backspace and Delete at the borders of tasks and schemes, Tab/Shift+Tab and Alt+↑/↓ (which
 * dispatch the structure commands the toolbar uses too). Nothing here runs while an input method is composing, and
 * Backspace/Delete are only taken over at a line's very start/end (Unikey and EVKey type by sending Backspace inside
 * words). The `$`-handlers return true when they handled the key (the caller then prevents the browser's default).
 */
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getState,
  $isElementNode,
  $setState,
  COMMAND_PRIORITY_HIGH,
  DELETE_CHARACTER_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_TAB_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type TextFormatType,
} from 'lexical';
import { newBlockId } from '../nodes/block-id';
import { $isDashNode } from '../nodes/dash-node';
import { $isSectionHeadingNode } from '../nodes/heading-node';
import { $isLineNode } from '../nodes/line-node';
import { $createNoticeParagraphNode, $isNoticeParagraphNode } from '../nodes/paragraph-node';
import { $createSchemeNode, $isSchemeNode, type SchemeNode } from '../nodes/scheme-node';
import { $copyReviewMark, blockIdState, subItemStyleState } from '../nodes/state';
import { $createSubItemNode, $isSubItemNode } from '../nodes/sub-item-node';
import { $createTaskNode, $isTaskNode, type TaskNode } from '../nodes/task-node';
import { $firstEditable, $getTextContainer, $isBlockNode, $lastEditable } from '../nodes/tree-queries';
import {
  $getSelectedContainer,
  $isAtEnd,
  $isAtStart,
  $nodesAfterCaret,
  $rangeSelection,
  $restorePoints,
  $savePoints,
} from './selection';
import { INDENT_BLOCK_COMMAND, MOVE_BLOCK_COMMAND, OUTDENT_BLOCK_COMMAND, registerStructureCommands } from './structure';

/** The only inline formats a notice has. */
export const ALLOWED_FORMATS: ReadonlySet<TextFormatType> = new Set<TextFormatType>(['bold', 'italic', 'underline']);

/** The structure commands and the keys of the notice body. */
export function registerNoticeEditing(editor: LexicalEditor): () => void {
  const moveBy = (delta: -1 | 1) => (event: KeyboardEvent | null) => {
    if (event === null || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || editor.isComposing()) return false;
    event.preventDefault();
    editor.dispatchCommand(MOVE_BLOCK_COMMAND, delta);
    return true;
  };
  return mergeRegister(
    registerStructureCommands(editor),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => !editor.isComposing() && $handleEnter(), COMMAND_PRIORITY_HIGH),
    // A notice has no soft line breaks: Shift+Enter acts as Enter.
    editor.registerCommand(
      INSERT_LINE_BREAK_COMMAND,
      () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DELETE_CHARACTER_COMMAND,
      (isBackward) => !editor.isComposing() && (isBackward ? $handleBackspaceAtStart() : $handleDeleteAtEnd()),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        if (editor.isComposing() || event.ctrlKey || event.altKey || event.metaKey) return false;
        const handled = editor.dispatchCommand(event.shiftKey ? OUTDENT_BLOCK_COMMAND : INDENT_BLOCK_COMMAND, undefined);
        if (handled) event.preventDefault();
        return handled;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(KEY_ARROW_UP_COMMAND, moveBy(-1), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(KEY_ARROW_DOWN_COMMAND, moveBy(1), COMMAND_PRIORITY_HIGH),
    // Strikethrough, code, sub/superscript … have no place in a notice.
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => !ALLOWED_FORMATS.has(format), COMMAND_PRIORITY_HIGH),
  );
}

/** No text in any line and no sub-item (an element's own text size counts the breaks between its lines). */
function $isContainerEmpty(container: TaskNode | SchemeNode): boolean {
  return container.getChildren().every((line) => line.getTextContentSize() === 0 && !$isSubItemNode(line));
}
const $isTaskEmpty = $isContainerEmpty;

function $prependTo(target: ElementNode, nodes: LexicalNode[]): void {
  if (nodes.length === 0) return;
  const first = target.getFirstChild();
  if (first === null) target.append(...nodes);
  else for (const node of nodes) first.insertBefore(node);
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
    $copyReviewMark(container, paragraph);
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
      const saved = $savePoints();
      previous.append(...children);
      container.remove();
      if (saved) $restorePoints(saved);
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
      $copyReviewMark(container, paragraph);
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
      const saved = $savePoints();
      container.append(...next.getChildren());
      next.remove();
      if (saved) $restorePoints(saved);
    }
    return true;
  }
  return !($isNoticeParagraphNode(next) || $isDashNode(next) || $isSectionHeadingNode(next));
}
