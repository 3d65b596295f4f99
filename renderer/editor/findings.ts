/**
 * The checks' findings inside the editor: which characters of the body's nodes a finding names, underlines drawn
 * with the CSS Custom Highlight API (nothing is written into the document, its DOM or its undo history, so typing
 * pays nothing for them), and the caret or a one-click fix taken there. Page fields (inputs) are found by their
 * accessible names and changed through the same patch their own typing uses.
 */
import { $createRangeSelection, $isLineBreakNode, $isTextNode, $setSelection, type ElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { $isSchemeNode } from './nodes/scheme-node';
import { $isTaskNode } from './nodes/task-node';
import { $findNodeById } from './nodes/tree-queries';
import type { NoticeFields } from './ui/PageFields';

/** Where a finding is (shared/checks' FindingLocation, without the engine's types: the editor needs only these). */
export interface FindingPlace {
  path: string;
  blockId?: string;
  subItemId?: string;
  offset: number;
  length: number;
}

export interface FindingMark {
  location: FindingPlace;
  severity: 'error' | 'warning';
}

/** The highlight names the stylesheet underlines (editor.css): wavy for errors, dotted for warnings. */
export const HIGHLIGHTS = { error: 'check-error', warning: 'check-warning' } as const;

const BODY_FIELD = /^body\[\d+\]\.(text|title|content|conclusion|subItems\[\d+\]\.text)$/u;

/** The element holding a body finding's text: a simple block, a line of a task or scheme, or a sub-item. */
function $fieldContainer(place: FindingPlace): ElementNode | null {
  const field = BODY_FIELD.exec(place.path)?.[1];
  if (field === undefined || place.blockId === undefined) return null;
  if (field.startsWith('subItems')) return place.subItemId === undefined ? null : $findNodeById(place.subItemId);
  const block = $findNodeById(place.blockId);
  if ($isTaskNode(block)) return field === 'title' ? block.getTitleLine() : field === 'content' ? block.getContentLine() : null;
  if ($isSchemeNode(block)) return field === 'title' ? block.getTitleLine() : field === 'conclusion' ? block.getConclusionLine() : null;
  return field === 'text' ? block : null;
}

interface TextPoint {
  node: TextNode;
  offset: number;
}

/**
 * The text nodes and offsets of characters [start, end) of an element's text, counted as the Notice counts them
 * (a line break is one character "\n"). Null when the text is shorter: the finding is older than the text.
 */
function $pointsOf(container: ElementNode, start: number, end: number): { from: TextPoint; to: TextPoint } | null {
  let position = 0;
  let from: TextPoint | null = null;
  for (const child of container.getChildren()) {
    if ($isLineBreakNode(child)) {
      position += 1;
      continue;
    }
    if (!$isTextNode(child)) continue;
    const size = child.getTextContentSize();
    if (from === null && start >= position && start < position + size) from = { node: child, offset: start - position };
    if (from !== null && end > position && end <= position + size) return { from, to: { node: child, offset: end - position } };
    position += size;
  }
  return null;
}

/** The DOM Text node Lexical renders a TextNode into (inside its span, or its strong/em for formatted text). */
function domText(editor: LexicalEditor, node: TextNode): Text | null {
  let element: Node | null = editor.getElementByKey(node.getKey());
  while (element !== null && element.nodeType !== Node.TEXT_NODE) element = element.firstChild;
  return element as Text | null;
}

/** Underlines the body's findings; each call replaces the previous underlines. */
export function showFindingMarks(editor: LexicalEditor, marks: readonly FindingMark[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const ranges: Record<FindingMark['severity'], Range[]> = { error: [], warning: [] };
  editor.getEditorState().read(() => {
    for (const { location, severity } of marks) {
      if (location.length === 0) continue;
      const container = $fieldContainer(location);
      const points = container && $pointsOf(container, location.offset, location.offset + location.length);
      if (!points) continue;
      const start = domText(editor, points.from.node);
      const end = domText(editor, points.to.node);
      if (!start || !end) continue;
      const range = document.createRange();
      range.setStart(start, points.from.offset);
      range.setEnd(end, points.to.offset);
      ranges[severity].push(range);
    }
  });
  for (const severity of ['error', 'warning'] as const) CSS.highlights.set(HIGHLIGHTS[severity], new Highlight(...ranges[severity]));
}

export function clearFindingMarks(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  for (const name of Object.values(HIGHLIGHTS)) CSS.highlights.delete(name);
}

/** Selects a body finding's characters (the caret at its start when it names none); false if it is not in the body. */
export function selectBodyFinding(editor: LexicalEditor, place: FindingPlace, onDone: (element: HTMLElement | null) => void): boolean {
  let found = false;
  editor.update(
    () => {
      const container = $fieldContainer(place);
      if (!container) return;
      const points = $pointsOf(container, place.offset, place.offset + Math.max(place.length, 0));
      if (!points) {
        container.selectStart();
      } else {
        const selection = $createRangeSelection();
        selection.anchor.set(points.from.node.getKey(), points.from.offset, 'text');
        selection.focus.set(points.to.node.getKey(), points.to.offset, 'text');
        $setSelection(selection);
      }
      found = true;
    },
    { onUpdate: () => onDone(editor.getRootElement()?.ownerDocument.getSelection()?.anchorNode?.parentElement ?? null) },
  );
  return found;
}

/**
 * Replaces a body finding's characters with `replacement` as one undoable edit, only if they still read `expected`
 * (the text may have changed since the check). True when replaced.
 */
export function fixBodyFinding(editor: LexicalEditor, place: FindingPlace, expected: string, replacement: string): boolean {
  let fixed = false;
  editor.update(
    () => {
      const container = $fieldContainer(place);
      const points = container && $pointsOf(container, place.offset, place.offset + place.length);
      if (!points) return;
      const selection = $createRangeSelection();
      selection.anchor.set(points.from.node.getKey(), points.from.offset, 'text');
      selection.focus.set(points.to.node.getKey(), points.to.offset, 'text');
      if (selection.getTextContent() !== expected) return;
      $setSelection(selection);
      selection.insertText(replacement);
      fixed = true;
    },
    { discrete: true },
  );
  return fixed;
}

/** A page field a finding may name: the accessible name of its input, its text, and the patch that changes it. */
interface PageField {
  label: string;
  read(fields: NoticeFields): string;
  write(fields: NoticeFields, text: string): Partial<NoticeFields>;
}

export function pageFieldOf(path: string): PageField | null {
  const recipient = /^recipients\[(\d+)\]$/u.exec(path);
  if (recipient) {
    const index = Number(recipient[1]);
    return {
      label: `Nơi nhận ${index + 1}`,
      read: (fields) => fields.recipients[index] ?? '',
      write: (fields, text) => ({ recipients: fields.recipients.map((r, i) => (i === index ? text : r)) }),
    };
  }
  const authority = /^signature\.authorityLines\[(\d+)\]$/u.exec(path);
  if (authority) {
    const index = Number(authority[1]);
    return {
      label: `Dòng thẩm quyền ${index + 1}`,
      read: (fields) => fields.signature.authorityLines[index] ?? '',
      write: (fields, text) => ({ signature: { ...fields.signature, authorityLines: fields.signature.authorityLines.map((l, i) => (i === index ? text : l)) } }),
    };
  }
  switch (path) {
    case 'summary':
      return { label: 'Trích yếu', read: (f) => f.summary, write: (_f, summary) => ({ summary, summaryToReview: undefined }) };
    case 'closing':
      return { label: 'Câu kết', read: (f) => f.closing, write: (_f, closing) => ({ closing }) };
    case 'archive':
      return { label: 'Lưu', read: (f) => f.archive, write: (_f, archive) => ({ archive }) };
    case 'signature.title':
      return { label: 'Chức vụ người ký', read: (f) => f.signature.title, write: (f, title) => ({ signature: { ...f.signature, title } }) };
    case 'signature.signerName':
      return { label: 'Họ tên người ký', read: (f) => f.signature.signerName, write: (f, signerName) => ({ signature: { ...f.signature, signerName } }) };
    default:
      return null;
  }
}
