/**
 * Find and replace over the whole notice: the page fields before the body (issuer, code, place, trích yếu), the
 * body's text, and the fields after it (closing sentence, Nơi nhận, Lưu, signature). A secretary clears every "…"
 * or "tháng 11" of a notice, and those are in the side fields as often as in the body.
 *
 * The notice is seen as an ordered list of segments (one per field, one per line of body text); a match is a range
 * in one segment. Replacing edits the Lexical state only (body text nodes, and the page fields, which are NodeState
 * of the root), in one update: one undo step, whatever it touched.
 */
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $isTextNode,
  $setSelection,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { findMatches, type TextMatch } from '../../../shared/text/find';
import { $readNoticeFields, $writeNoticeFields } from '../notice-history';
import type { NoticeFields } from '../ui/PageFields';

/** Marks the update of a replacement: it is not a review of the blocks it touched (their marks stay). */
export const FIND_REPLACE_TAG = 'notice-find-replace';

interface FieldAccess {
  /** The field's accessible name on the page (how it is found and named to the user). */
  label: string;
  get(fields: NoticeFields): string;
  set(fields: NoticeFields, value: string): NoticeFields;
}

export type Segment =
  | { kind: 'field'; id: string; label: string; text: string }
  | { kind: 'body'; id: string; text: string; nodes: { key: NodeKey; size: number }[] };

export interface FindMatch extends TextMatch {
  /** Index of the segment in the notice's order. */
  segment: number;
}

function headerFields(): FieldAccess[] {
  return [
    { label: 'Cơ quan chủ quản', get: (f) => f.issuer.parentAgency, set: (f, v) => ({ ...f, issuer: { ...f.issuer, parentAgency: v } }) },
    { label: 'Cơ quan ban hành', get: (f) => f.issuer.agency, set: (f, v) => ({ ...f, issuer: { ...f.issuer, agency: v } }) },
    { label: 'Ký hiệu văn bản', get: (f) => f.code, set: (f, v) => ({ ...f, code: v }) },
    { label: 'Địa danh', get: (f) => f.place, set: (f, v) => ({ ...f, place: v }) },
    { label: 'Trích yếu', get: (f) => f.summary, set: (f, v) => ({ ...f, summary: v }) },
  ];
}

function footerFields(fields: NoticeFields): FieldAccess[] {
  return [
    { label: 'Câu kết', get: (f) => f.closing, set: (f, v) => ({ ...f, closing: v }) },
    ...fields.recipients.map<FieldAccess>((_, index) => ({
      label: `Nơi nhận ${index + 1}`,
      get: (f) => f.recipients[index] ?? '',
      set: (f, v) => ({ ...f, recipients: f.recipients.map((r, i) => (i === index ? v : r)) }),
    })),
    { label: 'Lưu', get: (f) => f.archive, set: (f, v) => ({ ...f, archive: v }) },
    ...fields.signature.authorityLines.map<FieldAccess>((_, index) => ({
      label: `Dòng thẩm quyền ${index + 1}`,
      get: (f) => f.signature.authorityLines[index] ?? '',
      set: (f, v) => ({ ...f, signature: { ...f.signature, authorityLines: f.signature.authorityLines.map((l, i) => (i === index ? v : l)) } }),
    })),
    { label: 'Chức vụ người ký', get: (f) => f.signature.title, set: (f, v) => ({ ...f, signature: { ...f.signature, title: v } }) },
    { label: 'Họ tên người ký', get: (f) => f.signature.signerName, set: (f, v) => ({ ...f, signature: { ...f.signature, signerName: v } }) },
  ];
}

function fieldAccesses(fields: NoticeFields): { before: FieldAccess[]; after: FieldAccess[] } {
  return { before: headerFields(), after: footerFields(fields) };
}

/** The body's text, one segment per element holding text (line, paragraph, heading, sub-item), in order. */
function $bodySegments(): Segment[] {
  const segments: Segment[] = [];
  let current: Extract<Segment, { kind: 'body' }> | null = null;
  for (const node of $getRoot().getAllTextNodes()) {
    const parent = node.getParent();
    if (parent === null) continue;
    const text = node.getTextContent();
    if (current === null || current.id !== parent.getKey()) {
      current = { kind: 'body', id: parent.getKey(), text: '', nodes: [] };
      segments.push(current);
    }
    current.text += text;
    current.nodes.push({ key: node.getKey(), size: text.length });
  }
  return segments;
}

/** The notice's searchable text, in page order. */
export function $collectSegments(): Segment[] {
  const fields = $readNoticeFields();
  const accesses = fields === null ? { before: [], after: [] } : fieldAccesses(fields);
  const asSegment = (access: FieldAccess): Segment => ({ kind: 'field', id: access.label, label: access.label, text: fields === null ? '' : access.get(fields) });
  return [...accesses.before.map(asSegment), ...$bodySegments(), ...accesses.after.map(asSegment)];
}

export function matchesIn(segments: readonly Segment[], query: string): FindMatch[] {
  return segments.flatMap((segment, index) => findMatches(segment.text, query).map((match) => ({ ...match, segment: index })));
}

/** The text node and offset holding a position of a body segment (a position between two nodes goes to the first). */
export function bodyPoint(segment: Extract<Segment, { kind: 'body' }>, offset: number): { key: NodeKey; offset: number } {
  let start = 0;
  for (const node of segment.nodes) {
    if (offset <= start + node.size) return { key: node.key, offset: offset - start };
    start += node.size;
  }
  const last = segment.nodes.at(-1);
  return { key: last?.key ?? '', offset: last?.size ?? 0 };
}

/**
 * Replaces [start, end) of a body segment (a match, never empty) with `replacement`, written in the format of
 * the text node where the match begins; the following nodes in the range lose their part. Returns the point
 * right after the replacing text.
 */
function $replaceInBody(segment: Extract<Segment, { kind: 'body' }>, start: number, end: number, replacement: string): { node: TextNode; offset: number } | null {
  let nodeStart = 0;
  let written: { node: TextNode; offset: number } | null = null;
  for (const entry of segment.nodes) {
    const nodeEnd = nodeStart + entry.size;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeEnd) - nodeStart;
    const node = $getNodeByKey(entry.key);
    if ($isTextNode(node) && from < to) {
      if (written === null) {
        written = { node: node.spliceText(from, to - from, replacement, false), offset: from + replacement.length };
      } else if (from === 0 && to === entry.size) {
        node.remove();
      } else {
        node.spliceText(from, to - from, '', false);
      }
    }
    nodeStart = nodeEnd;
    if (nodeStart >= end) break;
  }
  return written;
}

/**
 * Replaces the given matches (of `segments`, as read in this same state) with `replacement`. When the body
 * changed, the editor's caret is put after the first replacement in it (the old one may point into removed text).
 */
export function $replaceMatches(segments: readonly Segment[], matches: readonly FindMatch[], replacement: string): void {
  let fields = $readNoticeFields();
  const accesses = fields === null ? null : fieldAccesses(fields);
  const fieldAccessByLabel = new Map([...(accesses?.before ?? []), ...(accesses?.after ?? [])].map((a) => [a.label, a]));
  // Right to left within a segment, so earlier offsets stay valid.
  const ordered = [...matches].sort((a, b) => b.segment - a.segment || b.start - a.start);
  let caret: { node: TextNode; offset: number } | null = null;
  for (const match of ordered) {
    const segment = segments[match.segment];
    if (segment === undefined) continue;
    if (segment.kind === 'body') {
      caret = $replaceInBody(segment, match.start, match.end, replacement) ?? caret;
    } else if (fields !== null) {
      const access = fieldAccessByLabel.get(segment.label);
      if (access === undefined) continue;
      const text = access.get(fields);
      fields = access.set(fields, text.slice(0, match.start) + replacement + text.slice(match.end));
    }
  }
  if (fields !== null && fields !== $readNoticeFields()) $writeNoticeFields(fields);
  if (caret !== null) {
    const selection = $createRangeSelection();
    selection.anchor.set(caret.node.getKey(), caret.offset, 'text');
    selection.focus.set(caret.node.getKey(), caret.offset, 'text');
    $setSelection(selection);
  }
}
