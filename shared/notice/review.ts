/**
 * "To review" marks: set on everything "new from last month" copied, cleared when the secretary edits or confirms
 * that block. Export and checks ask about the marks that remain; the side panel lists them.
 */
import { computeBlockLabels, subItemLabels } from '../format/numbering';
import { plainText } from './rich-text';
import type { Block, Notice, RichText, SubItem } from './schema';

/** The id the trích yếu's mark goes by in lists and in `confirmReviewMark` (block ids never start with "#"). */
export const SUMMARY_REVIEW_ID = '#summary';

export type ReviewMarkKind = 'summary' | Block['type'] | 'sub-item';

export interface ReviewMark {
  /** The block's id, the sub-item's id, or SUMMARY_REVIEW_ID. */
  id: string;
  kind: ReviewMarkKind;
  /** For a sub-item: the task that holds it. */
  parentId?: string;
  /** Where it is, in Vietnamese: "Trích yếu", "Mục II", "Nhiệm vụ 5", "Nhiệm vụ 5, ý b)". */
  label: string;
  /** The start of its text, for the side panel. */
  excerpt: string;
  /** Why it needs review beyond having been copied (an agency that ended, …). */
  reason?: string;
}

const EXCERPT_LENGTH = 80;

/** The runs' text on one line: white space collapsed, none at either end. */
function oneLineText(runs: RichText): string {
  return plainText(runs).replace(/\s+/gu, ' ').trim();
}

/** At most EXCERPT_LENGTH characters, cut at a word boundary when one is near. */
export function excerpt(text: string): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= EXCERPT_LENGTH) return clean;
  const cut = clean.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'dash':
      return oneLineText(block.text);
    case 'task':
      return [oneLineText(block.title), oneLineText(block.content), ...block.subItems.map((s) => oneLineText(s.text))]
        .filter(Boolean)
        .join(' ');
    case 'scheme':
      return [oneLineText(block.title), oneLineText(block.conclusion)].filter(Boolean).join(' ');
  }
}

export function countReviewMarks(notice: Notice): number {
  let count = notice.summaryToReview ? 1 : 0;
  for (const block of notice.body) {
    if (block.toReview) count += 1;
    if (block.type === 'task') count += block.subItems.filter((s) => s.toReview).length;
  }
  return count;
}

/** Every mark, in document order: the trích yếu first, then each block and, after a task, its sub-items. */
export function listReviewMarks(notice: Notice): ReviewMark[] {
  const marks: ReviewMark[] = [];
  if (notice.summaryToReview) {
    marks.push({ id: SUMMARY_REVIEW_ID, kind: 'summary', label: 'Trích yếu', excerpt: excerpt(notice.summary) });
  }
  const labels = computeBlockLabels(notice.body);
  let section: string | undefined;
  for (const block of notice.body) {
    const number = labels.get(block.id)?.replace(/\.$/u, '');
    if (block.type === 'heading' && number) section = number;
    const inSection = section ? `, mục ${section}` : '';
    const itemLabel =
      block.type === 'task' ? `Nhiệm vụ ${number}${inSection}` : block.type === 'scheme' ? `Đề án ${number}${inSection}` : '';
    if (block.toReview) {
      const label =
        block.type === 'heading'
          ? number
            ? `Mục ${number}`
            : 'Tiêu đề'
          : block.type === 'paragraph'
            ? 'Đoạn văn'
            : block.type === 'dash'
              ? 'Ý gạch đầu dòng'
              : itemLabel;
      marks.push({
        id: block.id,
        kind: block.type,
        label,
        excerpt: excerpt(blockText(block)),
        ...(block.reviewReason ? { reason: block.reviewReason } : {}),
      });
    }
    if (block.type === 'task') {
      const subLabels = subItemLabels(block.subItemStyle, block.subItems);
      block.subItems.forEach((sub, index) => {
        if (!sub.toReview) return;
        const mark = subLabels[index];
        const which = mark === '-' || mark === '+' ? `ý thứ ${index + 1}` : `ý ${mark}`;
        marks.push({
          id: sub.id,
          kind: 'sub-item',
          parentId: block.id,
          label: `${itemLabel}, ${which}`,
          excerpt: excerpt(oneLineText(sub.text)),
          ...(sub.reviewReason ? { reason: sub.reviewReason } : {}),
        });
      });
    }
  }
  return marks;
}

/** The mark goes with its reason: a confirmed or edited block has been reviewed, whatever the reason was. */
function withoutMark<T extends { toReview?: boolean; reviewReason?: string }>(item: T): T {
  const { toReview: _, reviewReason: _reason, ...rest } = item;
  return rest as T;
}

/** The secretary confirmed a block as it is ("Xác nhận"): its mark goes, nothing else changes. */
export function confirmReviewMark(notice: Notice, id: string): Notice {
  if (id === SUMMARY_REVIEW_ID) {
    const { summaryToReview: _, ...rest } = notice;
    return rest;
  }
  return {
    ...notice,
    body: notice.body.map((block) => {
      const own = block.id === id ? withoutMark(block) : block;
      if (own.type !== 'task' || !own.subItems.some((s) => s.id === id)) return own;
      return { ...own, subItems: own.subItems.map((s) => (s.id === id ? withoutMark(s) : s)) };
    }),
  };
}

/** Deep equality of JSON-like values; a key holding undefined counts as absent. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysOf = (o: object): string[] =>
    Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k)
      .sort();
  const ka = keysOf(a);
  const kb = keysOf(b);
  return (
    sameValue(ka, kb) && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** What an edit can change in a block: everything but its mark, and for a task, not its sub-items (they have their own). */
function ownContent(block: Block): unknown {
  const { toReview: _, reviewReason: _reason, ...rest } = block;
  if (rest.type === 'task') {
    const { subItems: _subItems, ...task } = rest;
    return task;
  }
  return rest;
}

function subItemContent(sub: SubItem): unknown {
  const { toReview: _, reviewReason: _reason, ...rest } = sub;
  return rest;
}

/**
 * `next` with the marks of every block, sub-item and trích yếu that differs from `previous` removed: editing a
 * block is reviewing it. Blocks are matched by id, so moving a block keeps its mark; a block that is new in `next`
 * keeps whatever mark it carries.
 */
export function clearEditedReviewMarks(previous: Notice, next: Notice): Notice {
  const previousBlocks = new Map(previous.body.map((b) => [b.id, b]));
  const previousSubItems = new Map<string, SubItem>();
  for (const block of previous.body) {
    if (block.type === 'task') for (const sub of block.subItems) previousSubItems.set(sub.id, sub);
  }
  let changed = false;
  const body = next.body.map((block) => {
    let out = block;
    const before = previousBlocks.get(block.id);
    if (block.toReview && before && !sameValue(ownContent(before), ownContent(block))) {
      out = withoutMark(block);
      changed = true;
    }
    if (out.type === 'task' && out.subItems.some((s) => s.toReview)) {
      const subItems = out.subItems.map((sub) => {
        const old = previousSubItems.get(sub.id);
        if (!sub.toReview || !old || sameValue(subItemContent(old), subItemContent(sub))) return sub;
        changed = true;
        return withoutMark(sub);
      });
      out = { ...out, subItems };
    }
    return out;
  });
  const summaryEdited = next.summaryToReview === true && previous.summary !== next.summary;
  if (!changed && !summaryEdited) return next;
  const result: Notice = { ...next, body };
  if (summaryEdited) delete result.summaryToReview;
  return result;
}
