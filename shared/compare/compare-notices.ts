/**
 * Comparing two versions of a notice, for people: which blocks were inserted, deleted or moved (blocks keep their
 * ids across edits, so a task moved elsewhere is recognised as moved, not as deleted here and inserted there),
 * the words changed inside each block, and the changes to what matters in a task beyond its words: lead and
 * coordinating agencies and the deadline; plus the meeting fields and the rest of the document's fields.
 * The sequence and word diffs are jsdiff's (Myers' algorithm). Pure.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import { formatTypedDate } from '../format/dates';
import { formatDeadline } from '../format/deadline';
import { computeBlockLabels } from '../format/numbering';
import type { AgencyRef, Block, Deadline, Notice, RichText } from '../notice/schema';

export type WordPart = { text: string; change: 'same' | 'added' | 'removed' };

export interface FieldChange {
  /** A stable key, e.g. `meeting.chairName` or `leadAgencies`. */
  field: string;
  /** Vietnamese, for the reader. */
  label: string;
  before: string;
  after: string;
  parts: WordPart[];
}

export type BlockStatus = 'inserted' | 'deleted' | 'moved' | 'changed' | 'same';

export interface BlockComparison {
  blockId: string;
  status: BlockStatus;
  /** The block's kind, in Vietnamese ("Nhiệm vụ", "Đoạn", …). */
  kindLabel: string;
  /** Its number ("3.", "II.") in the older and the newer version, when it has one there. */
  labelBefore?: string;
  labelAfter?: string;
  /** The whole text of the block, word by word. */
  parts: WordPart[];
  /** Agencies and deadline of a task or scheme, when they changed. */
  details: FieldChange[];
  /** A moved block whose words or details changed too. */
  alsoChanged?: boolean;
}

export interface NoticeComparison {
  fields: FieldChange[];
  /** Every block of both versions, in reading order (a deleted block where it was, a moved one where it is). */
  blocks: BlockComparison[];
  counts: Record<Exclude<BlockStatus, 'same'>, number>;
}

const KIND_LABELS: Record<Block['type'], string> = {
  heading: 'Mục',
  paragraph: 'Đoạn',
  dash: 'Ý',
  task: 'Nhiệm vụ',
  scheme: 'Đề án',
};

const plain = (rich: RichText): string => rich.map((run) => run.text).join('');
const agencies = (list: readonly AgencyRef[]): string => list.map((agency) => agency.name.trim()).join('; ');
const deadline = (value: Deadline | undefined): string => (value ? formatDeadline(value) : '');

/** The block's words as one text: a task's title, content and sub-items; a scheme's title and conclusion. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'dash':
      return plain(block.text);
    case 'task':
      return [plain(block.title), plain(block.content), ...block.subItems.map((item) => plain(item.text))].filter((t) => t !== '').join('\n');
    case 'scheme':
      return [plain(block.title), plain(block.conclusion)].filter((t) => t !== '').join('\n');
  }
}

function blockDetails(block: Block | undefined): Record<string, { label: string; value: string }> {
  if (!block) return {};
  if (block.type === 'task') {
    return {
      leadAgencies: { label: 'Cơ quan chủ trì', value: agencies(block.leadAgencies) },
      coordinatingAgencies: { label: 'Cơ quan phối hợp', value: agencies(block.coordinatingAgencies) },
      deadline: { label: 'Thời hạn', value: deadline(block.deadline) },
      subItemAgencies: {
        label: 'Cơ quan và thời hạn của các ý',
        value: block.subItems
          .map((item) => [agencies(item.leadAgencies), agencies(item.coordinatingAgencies), deadline(item.deadline)].filter((t) => t !== '').join(' — '))
          .filter((t) => t !== '')
          .join('\n'),
      },
    };
  }
  if (block.type === 'scheme') {
    return {
      responsibleAgency: { label: 'Cơ quan chịu trách nhiệm', value: block.responsibleAgency?.name.trim() ?? '' },
      deadline: { label: 'Thời hạn', value: deadline(block.deadline) },
    };
  }
  return {};
}

/** The words of `before` and `after`, marked as kept, added or removed. */
export function compareWords(before: string, after: string): WordPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    text: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

function fieldChange(field: string, label: string, before: string, after: string): FieldChange | undefined {
  return before === after ? undefined : { field, label, before, after, parts: compareWords(before, after) };
}

function detailChanges(before: Block | undefined, after: Block | undefined): FieldChange[] {
  const a = blockDetails(before);
  const b = blockDetails(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .map((key) => fieldChange(key, (b[key] ?? a[key])?.label ?? key, a[key]?.value ?? '', b[key]?.value ?? ''))
    .filter((change): change is FieldChange => change !== undefined);
}

function documentFields(notice: Notice): [string, string, string][] {
  const m = notice.meeting;
  return [
    ['summary', 'Trích yếu', notice.summary],
    // Dates as the app shows them (dd/mm/yyyy), not as stored.
    ['meeting.date', 'Ngày họp', formatTypedDate(m.date, 'day')],
    ['meeting.timeOfDay', 'Buổi, giờ họp', m.timeOfDay],
    ['meeting.place', 'Địa điểm họp', m.place],
    ['meeting.chairName', 'Người chủ trì', m.chairName],
    ['meeting.chairTitle', 'Chức vụ người chủ trì', m.chairTitle],
    ['meeting.attendees', 'Thành phần dự họp', m.attendees],
    ['number', 'Số', notice.number === undefined ? '' : String(notice.number)],
    ['code', 'Ký hiệu', notice.code],
    ['date', 'Ngày ban hành', formatTypedDate(notice.date, 'day')],
    ['closing', 'Câu kết thúc', notice.closing],
    ['recipients', 'Nơi nhận', notice.recipients.join('\n')],
    ['archive', 'Lưu', notice.archive],
    ['signature', 'Người ký', [...notice.signature.authorityLines, notice.signature.title, notice.signature.signerName].join('\n')],
  ];
}

function compareBlock(status: BlockStatus, before: Block | undefined, after: Block | undefined, labels: {
  before: Map<string, string>;
  after: Map<string, string>;
}): BlockComparison {
  const block = (after ?? before) as Block;
  const parts = compareWords(before ? blockText(before) : '', after ? blockText(after) : '');
  const details = detailChanges(before, after);
  const wordsChanged = parts.some((part) => part.change !== 'same');
  const changed = wordsChanged || details.length > 0;
  const labelBefore = before ? labels.before.get(before.id) : undefined;
  const labelAfter = after ? labels.after.get(after.id) : undefined;
  return {
    blockId: block.id,
    status: status === 'same' && changed ? 'changed' : status,
    kindLabel: KIND_LABELS[block.type],
    ...(labelBefore !== undefined ? { labelBefore } : {}),
    ...(labelAfter !== undefined ? { labelAfter } : {}),
    parts,
    // An inserted or deleted block's agencies are in its words already; list details for kept blocks.
    details: status === 'inserted' || status === 'deleted' ? [] : details,
    ...(status === 'moved' && changed ? { alsoChanged: true } : {}),
  };
}

export function compareNotices(before: Notice, after: Notice): NoticeComparison {
  const fields = documentFields(before)
    .map(([field, label, value], index) => fieldChange(field, label, value, documentFields(after)[index]?.[2] ?? ''))
    .filter((change): change is FieldChange => change !== undefined);

  const oldBlocks = new Map(before.body.map((block) => [block.id, block]));
  const newBlocks = new Map(after.body.map((block) => [block.id, block]));
  const labels = { before: computeBlockLabels(before.body), after: computeBlockLabels(after.body) };
  const blocks: BlockComparison[] = [];
  for (const part of diffArrays(before.body.map((b) => b.id), after.body.map((b) => b.id))) {
    for (const id of part.value) {
      const old = oldBlocks.get(id);
      const current = newBlocks.get(id);
      if (part.removed) {
        // Still in the newer version: it moved, and is listed where it now stands.
        if (!current) blocks.push(compareBlock('deleted', old, undefined, labels));
      } else if (part.added) {
        blocks.push(compareBlock(old ? 'moved' : 'inserted', old, current, labels));
      } else {
        blocks.push(compareBlock('same', old, current, labels));
      }
    }
  }
  const counts = { inserted: 0, deleted: 0, moved: 0, changed: 0 };
  for (const block of blocks) if (block.status !== 'same') counts[block.status] += 1;
  return { fields, blocks, counts };
}

/** True when the two versions read the same everywhere. */
export function isUnchanged(comparison: NoticeComparison): boolean {
  return comparison.fields.length === 0 && comparison.blocks.every((block) => block.status === 'same');
}
