/**
 * The one registry of Lexical nodes of the notice body, used by the React editor and by headless conversion.
 *
 * Root children are blocks: NoticeParagraphNode (replaces Lexical's ParagraphNode), DashNode, SectionHeadingNode,
 * TaskNode and SchemeNode. A task holds [LineNode(task-title), LineNode(task-content), SubItemNode*]; a scheme holds
 * [LineNode(scheme-title), LineNode(scheme-conclusion)]. Text lives in ordinary TextNodes inside those elements, so
 * typing, selection, IME and undo stay native. Numbers are never stored: CSS counters draw them from position.
 * Agencies and deadlines are NodeState on the task/scheme node; the editor draws their chips into an unmanaged
 * part of the task's DOM (see getDOMSlot).
 */
import {
  $applyNodeReplacement,
  $getEditor,
  $getState,
  $isElementNode,
  $isRootNode,
  $isTextNode,
  $setState,
  ElementNode,
  ParagraphNode,
  setDOMUnmanaged,
  stopLexicalPropagation,
  type ElementDOMSlot,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  type LexicalNodeReplacement,
  type RangeSelection,
} from 'lexical';
import {
  blockIdState,
  coordinatingAgenciesState,
  deadlineState,
  leadAgenciesState,
  levelState,
  lineRoleState,
  numberedState,
  responsibleAgencyState,
  subItemStyleState,
  toReviewState,
  type LineRole,
} from './state';
import { $paintMetaSummary } from './meta-summary';

export * from './state';
export { $readMetaData, type MetaData, type MetaKind } from './meta-summary';

/** A fresh block id for a block created in the editor. */
export function newBlockId(): string {
  return crypto.randomUUID();
}

/** Gives a node its block id when it has none; skipped while an input method composes. */
function $ensureBlockId(node: LexicalNode): void {
  if ($getEditor().isComposing()) return;
  if ($getState(node, blockIdState) === '') $setState(node, blockIdState, newBlockId());
}

const BLOCK_STATES = [
  { stateConfig: blockIdState, flat: true },
  { stateConfig: toReviewState, flat: true },
] as const;

/** data-block-id, the review class and label on a block's DOM element. */
function applyBlockAttributes(dom: HTMLElement, node: LexicalNode): void {
  dom.dataset.blockId = $getState(node, blockIdState, 'direct');
  const review = $getState(node, toReviewState, 'direct');
  dom.classList.toggle('nb-review', review);
  if (review) {
    dom.dataset.toReview = 'true';
    dom.title = 'Cần rà soát';
  } else {
    delete dom.dataset.toReview;
    dom.removeAttribute('title');
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const dom = document.createElement(tag);
  dom.className = className;
  return dom;
}

/** A block's new DOM element, drawn by the node's updateDOM (which redraws it on later changes too). */
function drawnDOM(node: { updateDOM(prevNode: null, dom: HTMLElement): boolean }, dom: HTMLElement): HTMLElement {
  node.updateDOM(null, dom);
  return dom;
}

/** The block attributes and the level-2 class of a dash item or a sub-item. */
function applyLevelledAttributes(dom: HTMLElement, node: LexicalNode): void {
  applyBlockAttributes(dom, node);
  dom.classList.toggle('nb-level-2', $getState(node, levelState, 'direct') === 2);
}

// ---------------------------------------------------------------------------------------------------------------
// Simple blocks

/** A body paragraph. Replaces Lexical's ParagraphNode, so every paragraph Lexical creates is a notice paragraph. */
export class NoticeParagraphNode extends ParagraphNode {
  override $config() {
    return this.config('notice-paragraph', {
      extends: ParagraphNode,
      stateConfigs: BLOCK_STATES,
      $transform: $ensureBlockId,
    });
  }

  override createDOM(config: Parameters<ParagraphNode['createDOM']>[0]): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('nb-block', 'nb-paragraph');
    applyBlockAttributes(dom, this);
    return dom;
  }

  override updateDOM(prevNode: ParagraphNode, dom: HTMLElement, config: Parameters<ParagraphNode['updateDOM']>[2]): boolean {
    const recreate = super.updateDOM(prevNode, dom, config);
    applyBlockAttributes(dom, this);
    return recreate;
  }
}

export function $createNoticeParagraphNode(id: string = newBlockId()): NoticeParagraphNode {
  return $setState($applyNodeReplacement(new NoticeParagraphNode()), blockIdState, id);
}
export function $isNoticeParagraphNode(node: LexicalNode | null | undefined): node is NoticeParagraphNode {
  return node instanceof NoticeParagraphNode;
}

/** A dash item "- …" (level 1) or "+ …" (level 2) of the body. */
export class DashNode extends ElementNode {
  override $config() {
    return this.config('notice-dash', {
      extends: ElementNode,
      stateConfigs: [...BLOCK_STATES, { stateConfig: levelState, flat: true }],
      $transform: $ensureBlockId,
    });
  }

  override createDOM(): HTMLElement {
    return drawnDOM(this, el('p', 'nb-block nb-dash'));
  }

  override updateDOM(_prevNode: unknown, dom: HTMLElement): boolean {
    applyLevelledAttributes(dom, this);
    return false;
  }

  getLevel(): 1 | 2 {
    return $getState(this, levelState);
  }

  setLevel(level: 1 | 2): this {
    return $setState(this, levelState, level);
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): DashNode {
    const next = $createDashNode(newBlockId(), this.getLevel());
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createDashNode(id: string = newBlockId(), level: 1 | 2 = 1): DashNode {
  return $setState($setState(new DashNode(), blockIdState, id), levelState, level);
}
export function $isDashNode(node: LexicalNode | null | undefined): node is DashNode {
  return node instanceof DashNode;
}

/** A section heading "I. …" (numbered) or an unnumbered heading. */
export class SectionHeadingNode extends ElementNode {
  override $config() {
    return this.config('notice-heading', {
      extends: ElementNode,
      stateConfigs: [...BLOCK_STATES, { stateConfig: numberedState, flat: true }],
      $transform: $ensureBlockId,
    });
  }

  override createDOM(): HTMLElement {
    return drawnDOM(this, el('h2', 'nb-block nb-heading'));
  }

  override updateDOM(_prevNode: unknown, dom: HTMLElement): boolean {
    applyBlockAttributes(dom, this);
    dom.classList.toggle('nb-numbered', $getState(this, numberedState, 'direct'));
    return false;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): NoticeParagraphNode {
    const next = $createNoticeParagraphNode();
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createSectionHeadingNode(id: string = newBlockId(), numbered = true): SectionHeadingNode {
  return $setState($setState(new SectionHeadingNode(), blockIdState, id), numberedState, numbered);
}
export function $isSectionHeadingNode(node: LexicalNode | null | undefined): node is SectionHeadingNode {
  return node instanceof SectionHeadingNode;
}

// ---------------------------------------------------------------------------------------------------------------
// Lines inside tasks and schemes

/** One editable line of a task or a scheme: its title, its content or its conclusion. */
export class LineNode extends ElementNode {
  override $config() {
    return this.config('notice-line', {
      extends: ElementNode,
      stateConfigs: [{ stateConfig: lineRoleState, flat: true }],
      $transform: $normalizeLine,
    });
  }

  override createDOM(): HTMLElement {
    return el('div', `nb-line nb-${$getState(this, lineRoleState, 'direct')}`);
  }

  override updateDOM(prevNode: LineNode): boolean {
    return $getState(prevNode, lineRoleState, 'direct') !== $getState(this, lineRoleState, 'direct');
  }

  getRole(): LineRole {
    return $getState(this, lineRoleState);
  }
}

export function $createLineNode(role: LineRole): LineNode {
  return $setState(new LineNode(), lineRoleState, role);
}
export function $isLineNode(node: LexicalNode | null | undefined, role?: LineRole): node is LineNode {
  return node instanceof LineNode && (role === undefined || node.getRole() === role);
}

/** A line that ended up outside its task or scheme (e.g. after an odd paste) becomes a plain paragraph. */
function $normalizeLine(line: LineNode): void {
  if ($getEditor().isComposing()) return;
  const parent = line.getParent();
  const role = line.getRole();
  const home = role.startsWith('task') ? $isTaskNode(parent) : $isSchemeNode(parent);
  if (home || parent === null) return;
  const paragraph = $createNoticeParagraphNode();
  paragraph.append(...line.getChildren());
  line.replace(paragraph);
}

/** A sub-item of a task: a dash item "- …" / "+ …", or a lettered point "a) …". */
export class SubItemNode extends ElementNode {
  override $config() {
    return this.config('notice-subitem', {
      extends: ElementNode,
      stateConfigs: [
        ...BLOCK_STATES,
        { stateConfig: levelState, flat: true },
        { stateConfig: leadAgenciesState, flat: true },
        { stateConfig: coordinatingAgenciesState, flat: true },
        { stateConfig: deadlineState, flat: true },
      ],
      $transform: $normalizeSubItem,
    });
  }

  override createDOM(): HTMLElement {
    // The text in the first child, the sub-item's own agencies/deadline panel in the second.
    return drawnDOM(this, createContainerDOM('nb-subitem', 'nb-subitem-text'));
  }

  override updateDOM(prevNode: SubItemNode | null, dom: HTMLElement): boolean {
    applyLevelledAttributes(dom, this);
    $paintMetaSummary('sub-item', prevNode, this, dom);
    return false;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withElement(element.firstElementChild as HTMLElement);
  }

  getLevel(): 1 | 2 {
    return $getState(this, levelState);
  }

  setLevel(level: 1 | 2): this {
    return $setState(this, levelState, level);
  }
}

export function $createSubItemNode(id: string = newBlockId(), level: 1 | 2 = 1): SubItemNode {
  return $setState($setState(new SubItemNode(), blockIdState, id), levelState, level);
}
export function $isSubItemNode(node: LexicalNode | null | undefined): node is SubItemNode {
  return node instanceof SubItemNode;
}

/** A sub-item outside a task becomes a dash item of the same level. */
function $normalizeSubItem(sub: SubItemNode): void {
  if ($getEditor().isComposing()) return;
  $ensureBlockId(sub);
  const parent = sub.getParent();
  if (parent === null || $isTaskNode(parent)) return;
  const dash = $createDashNode($getState(sub, blockIdState), sub.getLevel());
  $setState(dash, toReviewState, $getState(sub, toReviewState));
  dash.append(...sub.getChildren());
  sub.replace(dash);
}

// ---------------------------------------------------------------------------------------------------------------
// Tasks and schemes

const META_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend',
  'paste', 'cut', 'copy', 'drop', 'dragstart', 'dragover', 'dragend', 'click', 'pointerdown', 'mousedown',
] as const;

/**
 * Typing in the chips' inputs is not typing in the document: Lexical's root listeners must skip events from the
 * metadata panels, while they still bubble on to React. One capturing listener per event type on the root marks
 * them before Lexical's own (bubbling) listeners see them.
 */
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

/**
 * Container DOM: the managed lines go in the first child; the second holds the (non-editable) metadata UI: a task's
 * warning about agencies its text does not name (filled by ui/AgencyMentionWarnings.tsx), the plain-DOM summary
 * (see meta-summary.ts) and, last, the place where React mounts the controls when open.
 */
function createContainerDOM(className: string, contentClass = 'nb-lines', withAgencyWarning = false): HTMLElement {
  const dom = el('div', className);
  const lines = el('div', contentClass);
  const meta = el('div', 'nb-meta');
  meta.contentEditable = 'false';
  if (withAgencyWarning) {
    const warning = el('div', 'nb-agency-warning');
    warning.setAttribute('role', 'note');
    warning.hidden = true;
    meta.append(warning);
  }
  meta.append(el('div', 'nb-meta-view'), el('div', 'nb-meta-edit'));
  // Everything in it is drawn outside Lexical's document model: Lexical must neither revert those DOM changes nor
  // map selections in it.
  setDOMUnmanaged(meta, { captureSelection: true });
  dom.append(lines, meta);
  return dom;
}

/** A numbered task: title line, content line, sub-items; agencies and deadline as node state. */
export class TaskNode extends ElementNode {
  override $config() {
    return this.config('notice-task', {
      extends: ElementNode,
      stateConfigs: [
        ...BLOCK_STATES,
        { stateConfig: leadAgenciesState, flat: true },
        { stateConfig: coordinatingAgenciesState, flat: true },
        { stateConfig: deadlineState, flat: true },
        { stateConfig: subItemStyleState, flat: true },
      ],
      $transform: $normalizeTask,
    });
  }

  override createDOM(): HTMLElement {
    return drawnDOM(this, createContainerDOM('nb-block nb-task', 'nb-lines', true));
  }

  override updateDOM(prevNode: TaskNode | null, dom: HTMLElement): boolean {
    applyBlockAttributes(dom, this);
    dom.classList.toggle('nb-letter', $getState(this, subItemStyleState, 'direct') === 'letter');
    $paintMetaSummary('task', prevNode, this, dom);
    return false;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withElement(element.firstElementChild as HTMLElement);
  }

  getTitleLine(): LineNode | null {
    const first = this.getFirstChild();
    return $isLineNode(first, 'task-title') ? first : null;
  }

  getContentLine(): LineNode | null {
    const second = this.getChildAtIndex(1);
    return $isLineNode(second, 'task-content') ? second : null;
  }

  getSubItems(): SubItemNode[] {
    return this.getChildren().filter($isSubItemNode);
  }
}

export function $createTaskNode(id: string = newBlockId()): TaskNode {
  const task = $setState(new TaskNode(), blockIdState, id);
  task.append($createLineNode('task-title'), $createLineNode('task-content'));
  return task;
}
export function $isTaskNode(node: LexicalNode | null | undefined): node is TaskNode {
  return node instanceof TaskNode;
}

/** Moves the text (inline) children of an element into a fresh line/sub-item. */
function $takeInline(from: ElementNode, into: ElementNode): void {
  into.append(...from.getChildren().filter((c) => !$isElementNode(c) || c.isInline()));
}

/** Keeps a task's children in the shape [title, content, sub-items…] whatever an edit did to them. */
function $normalizeTask(task: TaskNode): void {
  if ($getEditor().isComposing()) return;
  $ensureBlockId(task);
  const children = task.getChildren();
  const ok =
    $isLineNode(children[0], 'task-title') &&
    $isLineNode(children[1], 'task-content') &&
    children.slice(2).every($isSubItemNode);
  if (!ok) {
    let title: LineNode | null = null;
    let content: LineNode | null = null;
    const subs: SubItemNode[] = [];
    const stray: LexicalNode[] = [];
    for (const child of children) {
      if (title === null && $isLineNode(child, 'task-title')) title = child;
      else if (content === null && $isLineNode(child, 'task-content')) content = child;
      else if ($isSubItemNode(child)) subs.push(child);
      else if ($isElementNode(child) && !child.isInline()) {
        // Any other block that landed in the task becomes a sub-item with its text.
        const sub = $createSubItemNode(newBlockId(), $isDashNode(child) ? child.getLevel() : 1);
        $takeInline(child, sub);
        child.remove();
        subs.push(sub);
      } else stray.push(child);
    }
    content ??= $createLineNode('task-content');
    if (stray.length > 0) content.append(...stray);
    task.append(title ?? $createLineNode('task-title'), content, ...subs);
  }
  const parent = task.getParent();
  if (parent !== null && !$isRootNode(parent)) {
    // Tasks live at the top level only.
    const top = task.getTopLevelElement();
    if (top !== null && top !== task) top.insertAfter(task);
  }
}

/** A scheme submitted at the meeting: title, conclusion, responsible agency, deadline. */
export class SchemeNode extends ElementNode {
  override $config() {
    return this.config('notice-scheme', {
      extends: ElementNode,
      stateConfigs: [
        ...BLOCK_STATES,
        { stateConfig: responsibleAgencyState, flat: true },
        { stateConfig: deadlineState, flat: true },
      ],
      $transform: $normalizeScheme,
    });
  }

  override createDOM(): HTMLElement {
    return drawnDOM(this, createContainerDOM('nb-block nb-scheme'));
  }

  override updateDOM(prevNode: SchemeNode | null, dom: HTMLElement): boolean {
    applyBlockAttributes(dom, this);
    $paintMetaSummary('scheme', prevNode, this, dom);
    return false;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withElement(element.firstElementChild as HTMLElement);
  }

  getTitleLine(): LineNode | null {
    const first = this.getFirstChild();
    return $isLineNode(first, 'scheme-title') ? first : null;
  }

  getConclusionLine(): LineNode | null {
    const second = this.getChildAtIndex(1);
    return $isLineNode(second, 'scheme-conclusion') ? second : null;
  }
}

export function $createSchemeNode(id: string = newBlockId()): SchemeNode {
  const scheme = $setState(new SchemeNode(), blockIdState, id);
  scheme.append($createLineNode('scheme-title'), $createLineNode('scheme-conclusion'));
  return scheme;
}
export function $isSchemeNode(node: LexicalNode | null | undefined): node is SchemeNode {
  return node instanceof SchemeNode;
}

function $normalizeScheme(scheme: SchemeNode): void {
  if ($getEditor().isComposing()) return;
  $ensureBlockId(scheme);
  const children = scheme.getChildren();
  if (children.length === 2 && $isLineNode(children[0], 'scheme-title') && $isLineNode(children[1], 'scheme-conclusion')) {
    return;
  }
  let title: LineNode | null = null;
  let conclusion: LineNode | null = null;
  for (const child of children) {
    if (title === null && $isLineNode(child, 'scheme-title')) title = child;
    else if (conclusion === null && $isLineNode(child, 'scheme-conclusion')) conclusion = child;
    else {
      // Anything else in a scheme joins the conclusion's text.
      conclusion ??= $createLineNode('scheme-conclusion');
      if ($isElementNode(child) && !child.isInline()) {
        $takeInline(child, conclusion);
        child.remove();
      } else conclusion.append(child);
    }
  }
  scheme.append(title ?? $createLineNode('scheme-title'), conclusion ?? $createLineNode('scheme-conclusion'));
}

// ---------------------------------------------------------------------------------------------------------------

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

/** Every node class of the notice body, and the replacement of Lexical's paragraph by the notice paragraph. */
export const NOTICE_NODES: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [
  NoticeParagraphNode,
  {
    replace: ParagraphNode,
    with: () => $createNoticeParagraphNode(),
    withKlass: NoticeParagraphNode,
  },
  DashNode,
  SectionHeadingNode,
  LineNode,
  SubItemNode,
  TaskNode,
  SchemeNode,
];
