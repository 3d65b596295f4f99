/**
 * Notice body ⇄ Lexical nodes. `$`-functions run inside an editor update/read; the editor and the headless tests
 * use the same code. Text runs become TextNodes with the bold/italic/underline format bits (and the highlight bit for a phrase "new from last month" changed) (a line break in a run,
 * "\n", becomes a LineBreakNode; a footnote reference, a FootnoteNode); every other format is dropped on the way back.
 */
import {
  $createLineBreakNode,
  $createTextNode,
  $getRoot,
  $getState,
  $isLineBreakNode,
  $isTextNode,
  $setState,
  HISTORY_MERGE_TAG,
  IS_BOLD,
  IS_ITALIC,
  IS_HIGHLIGHT,
  IS_UNDERLINE,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { appendRun, textRun, type RunFormat } from '../../shared/notice/rich-text';
import type { Block, Notice, RichText, SubItem, TextRun } from '../../shared/notice/schema';
import { $createBlankFieldNode, $isBlankFieldNode } from './nodes/blank-field-node';
import { $createDashNode, $isDashNode } from './nodes/dash-node';
import { $createFootnoteNode, $isFootnoteNode } from './nodes/footnote-node';
import { $createSectionHeadingNode, $isSectionHeadingNode } from './nodes/heading-node';
import { $createLineNode } from './nodes/line-node';
import { $createNoticeParagraphNode, $isNoticeParagraphNode } from './nodes/paragraph-node';
import { $createSchemeNode, $isSchemeNode } from './nodes/scheme-node';
import {
  blockIdState,
  coordinatingAgenciesState,
  deadlineState,
  leadAgenciesState,
  levelState,
  numberedState,
  responsibleAgencyState,
  reviewReasonState,
  subItemStyleState,
  toReviewState,
} from './nodes/state';
import { $createSubItemNode, $isSubItemNode, type SubItemNode } from './nodes/sub-item-node';
import { $createTaskNode, $isTaskNode } from './nodes/task-node';
import { type BlockNode, $isBlockNode } from './nodes/tree-queries';

// ----------------------------------------------------------------------------------------------- runs ⇄ text

/** TextNodes (and LineBreakNodes for "\n") for a list of runs. */
export function $runsToNodes(runs: RichText): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  for (const run of runs) {
    // A phrase "new from last month" changed is kept as Lexical's highlight format (shown while its block is to review).
    if (run.footnote) {
      nodes.push($createFootnoteNode(run.footnote));
      continue;
    }
    const format =
      (run.bold ? IS_BOLD : 0) | (run.italic ? IS_ITALIC : 0) | (run.underline ? IS_UNDERLINE : 0) | (run.changed ? IS_HIGHLIGHT : 0);
    if (run.field !== undefined) {
      nodes.push($createBlankFieldNode(run.field, run.text).setFormat(format));
      continue;
    }
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) nodes.push($createLineBreakNode());
      if (part !== '') nodes.push($createTextNode(part).setFormat(format));
    });
  }
  return nodes;
}

function formatOf(node: TextNode): RunFormat {
  return { bold: node.hasFormat('bold'), italic: node.hasFormat('italic'), underline: node.hasFormat('underline'), changed: node.hasFormat('highlight') };
}

/** The runs of an element's inline children: neighbours with the same format merged, empty runs dropped. */
export function $elementToRuns(element: ElementNode): RichText {
  const runs: TextRun[] = [];
  for (const child of element.getChildren()) {
    const field = $isBlankFieldNode(child) ? child.getBlankField() : null;
    if ($isBlankFieldNode(child) && field !== null) {
      runs.push({ ...textRun(child.getTextContent(), formatOf(child)), field });
    } else if ($isTextNode(child)) {
      const text = child.getTextContent();
      if (text === '') continue;
      appendRun(runs, textRun(text, formatOf(child)));
    } else if ($isFootnoteNode(child)) {
      // A reference has no text of its own (appendRun never merges it into a neighbour).
      appendRun(runs, { text: '', footnote: [...child.getFootnote()] });
    } else if ($isLineBreakNode(child)) {
      // A line break takes the format of the text before it.
      appendRun(runs, textRun('\n', runs[runs.length - 1] ?? {}));
    }
  }
  return runs;
}

// ----------------------------------------------------------------------------------------------- blocks → nodes

function $withRuns<T extends ElementNode>(element: T, runs: RichText): T {
  element.append(...$runsToNodes(runs));
  return element;
}

function $markReview<T extends LexicalNode>(node: T, toReview: boolean | undefined, reason?: string): T {
  if (!toReview) return node;
  $setState(node, toReviewState, true);
  return reason ? $setState(node, reviewReasonState, reason) : node;
}

export function $subItemToNode(sub: SubItem): SubItemNode {
  const node = $withRuns($createSubItemNode(sub.id, sub.level ?? 1), sub.text);
  $setState(node, leadAgenciesState, sub.leadAgencies ?? []);
  $setState(node, coordinatingAgenciesState, sub.coordinatingAgencies ?? []);
  $setState(node, deadlineState, sub.deadline ?? null);
  return $markReview(node, sub.toReview, sub.reviewReason);
}

/** The Lexical node of one body block. */
export function $blockToNode(block: Block): BlockNode {
  switch (block.type) {
    case 'paragraph':
      return $markReview($withRuns($createNoticeParagraphNode(block.id), block.text), block.toReview, block.reviewReason);
    case 'dash':
      return $markReview($withRuns($createDashNode(block.id, block.level ?? 1), block.text), block.toReview, block.reviewReason);
    case 'heading':
      return $markReview($withRuns($createSectionHeadingNode(block.id, block.numbered ?? true), block.text), block.toReview, block.reviewReason);
    case 'task': {
      const task = $createTaskNode(block.id);
      task.clear();
      task.append(
        $withRuns($createLineNode('task-title'), block.title ?? []),
        $withRuns($createLineNode('task-content'), block.content ?? []),
        ...(block.subItems ?? []).map($subItemToNode),
      );
      $setState(task, leadAgenciesState, block.leadAgencies ?? []);
      $setState(task, coordinatingAgenciesState, block.coordinatingAgencies ?? []);
      $setState(task, deadlineState, block.deadline ?? null);
      $setState(task, subItemStyleState, block.subItemStyle ?? 'dash');
      return $markReview(task, block.toReview, block.reviewReason);
    }
    case 'scheme': {
      const scheme = $createSchemeNode(block.id);
      scheme.clear();
      scheme.append(
        $withRuns($createLineNode('scheme-title'), block.title),
        $withRuns($createLineNode('scheme-conclusion'), block.conclusion ?? []),
      );
      $setState(scheme, responsibleAgencyState, block.responsibleAgency ?? null);
      $setState(scheme, deadlineState, block.deadline ?? null);
      return $markReview(scheme, block.toReview, block.reviewReason);
    }
  }
}

/** Replaces the whole editor content with the body's blocks. */
export function $loadBody(body: readonly Block[]): void {
  const root = $getRoot();
  root.clear();
  root.append(...body.map($blockToNode));
  if (root.getChildrenSize() === 0) root.append($createNoticeParagraphNode());
}

// ----------------------------------------------------------------------------------------------- nodes → blocks

/** The review mark as the Notice holds it: the reason goes with the mark (confirming or editing drops both). */
function review(node: LexicalNode): { toReview?: true; reviewReason?: string } {
  if (!$getState(node, toReviewState)) return {};
  const reason = $getState(node, reviewReasonState);
  return reason ? { toReview: true, reviewReason: reason } : { toReview: true };
}

function $lineRuns(line: ElementNode | null): RichText {
  return line === null ? [] : $elementToRuns(line);
}

export function $subItemNodeToSubItem(node: SubItemNode): SubItem {
  const deadline = $getState(node, deadlineState);
  return {
    id: $getState(node, blockIdState),
    ...review(node),
    text: $elementToRuns(node),
    level: $getState(node, levelState),
    leadAgencies: [...$getState(node, leadAgenciesState)],
    coordinatingAgencies: [...$getState(node, coordinatingAgenciesState)],
    ...(deadline ? { deadline } : {}),
  };
}

/** The Notice block of one top-level node. */
export function $nodeToBlock(node: BlockNode): Block {
  const id = $getState(node, blockIdState);
  if ($isNoticeParagraphNode(node)) return { id, ...review(node), type: 'paragraph', text: $elementToRuns(node) };
  if ($isDashNode(node)) return { id, ...review(node), type: 'dash', text: $elementToRuns(node), level: $getState(node, levelState) };
  if ($isSectionHeadingNode(node)) {
    return { id, ...review(node), type: 'heading', text: $elementToRuns(node), numbered: $getState(node, numberedState) };
  }
  if ($isTaskNode(node)) {
    const deadline = $getState(node, deadlineState);
    return {
      id,
      ...review(node),
      type: 'task',
      title: $lineRuns(node.getTitleLine()),
      content: $lineRuns(node.getContentLine()),
      leadAgencies: [...$getState(node, leadAgenciesState)],
      coordinatingAgencies: [...$getState(node, coordinatingAgenciesState)],
      ...(deadline ? { deadline } : {}),
      subItemStyle: $getState(node, subItemStyleState),
      subItems: node.getChildren().filter($isSubItemNode).map($subItemNodeToSubItem),
    };
  }
  const scheme = node;
  if (!$isSchemeNode(scheme)) throw new Error(`Unknown block node ${String((scheme as LexicalNode).getType())}`);
  const deadline = $getState(scheme, deadlineState);
  const responsibleAgency = $getState(scheme, responsibleAgencyState);
  return {
    id,
    ...review(scheme),
    type: 'scheme',
    title: $lineRuns(scheme.getTitleLine()),
    conclusion: $lineRuns(scheme.getConclusionLine()),
    ...(responsibleAgency ? { responsibleAgency } : {}),
    ...(deadline ? { deadline } : {}),
  };
}

/** An empty trailing paragraph is the editor's "nothing here yet" line, not a block of the notice. */
function $isPlaceholderParagraph(node: LexicalNode, index: number, count: number): boolean {
  return (
    count === 1 &&
    index === 0 &&
    $isNoticeParagraphNode(node) &&
    node.getTextContentSize() === 0 &&
    !node.getChildren().some($isFootnoteNode) &&
    !$getState(node, toReviewState)
  );
}

/** The body blocks of the current editor state. */
export function $readBody(): Block[] {
  const children = $getRoot().getChildren();
  const blocks: Block[] = [];
  children.forEach((child, index) => {
    if ($isBlockNode(child) && !$isPlaceholderParagraph(child, index, children.length)) blocks.push($nodeToBlock(child));
  });
  return blocks;
}

// ----------------------------------------------------------------------------------------------- whole notices

/** Tag of the update that loads a notice into the editor: not an edit (review marks stay). */
export const NOTICE_LOAD_TAG = 'notice-load';

/** Loads the notice's body into the editor (one discrete update, kept out of the undo history). */
export function noticeToEditorState(editor: LexicalEditor, notice: Pick<Notice, 'body'>): EditorState {
  editor.update(() => $loadBody(notice.body), { discrete: true, tag: [HISTORY_MERGE_TAG, NOTICE_LOAD_TAG] });
  return editor.getEditorState();
}

/** The notice with its body read from an editor state; every other field comes from `base`. */
export function editorStateToNotice(editorState: EditorState, base: Notice): Notice {
  return { ...base, body: editorState.read($readBody) };
}

/**
 * Reads the body again after an edit, converting only the top-level blocks an update touched and reusing the
 * earlier Block objects for the others (Lexical marks every ancestor of a changed node dirty).
 */
export class IncrementalBodyReader {
  private cache = new Map<NodeKey, Block>();

  /** `dirtyKeys` null (or a fresh reader) converts everything. */
  read(editorState: EditorState, dirtyKeys: ReadonlySet<NodeKey> | null): Block[] {
    return editorState.read(() => {
      const next = new Map<NodeKey, Block>();
      const blocks: Block[] = [];
      const children = $getRoot().getChildren();
      children.forEach((child, index) => {
        if (!$isBlockNode(child) || $isPlaceholderParagraph(child, index, children.length)) return;
        const key = child.getKey();
        const cached = dirtyKeys === null || dirtyKeys.has(key) ? undefined : this.cache.get(key);
        const block = cached ?? $nodeToBlock(child);
        next.set(key, block);
        blocks.push(block);
      });
      this.cache = next;
      return blocks;
    });
  }

  reset(): void {
    this.cache.clear();
  }
}
