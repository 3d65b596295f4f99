/**
 * The full-text index of notices (FTS5 table `notice_search`, rowid = notices.seq).
 * SQLite here has no ICU, so the text is folded by foldVietnamese before it is indexed and queries are folded the
 * same way: "so y te" finds "Sở Y tế", "dau tu" finds "Đầu tư". The original text is stored beside the folded one
 * so a snippet can show the real words with their diacritics.
 */
import type Database from 'better-sqlite3';
import type { AgencyRef, Block, Notice, RichText } from '../../../shared/notice/schema';
import { foldVietnamese } from '../../../shared/text/fold';
import { statement } from './statements';

export interface FoldedText {
  folded: string;
  /** For every UTF-16 unit of `folded`: where the character it came from starts and ends in the original text. */
  originalStart: number[];
  originalEnd: number[];
}

/**
 * foldVietnamese applied character by character, remembering where each folded character came from.
 * Whitespace runs become one space and the ends are trimmed, exactly as foldVietnamese does on the whole text.
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const originalStart: number[] = [];
  const originalEnd: number[] = [];
  let pendingSpace: { start: number; end: number } | undefined;
  let index = 0;
  for (const char of text) {
    const start = index;
    index += char.length;
    const piece = foldChar(char);
    if (piece === ' ') {
      if (folded.length > 0 && !pendingSpace) pendingSpace = { start, end: index };
      continue;
    }
    if (piece === '') continue;
    if (pendingSpace) {
      folded += ' ';
      originalStart.push(pendingSpace.start);
      originalEnd.push(pendingSpace.end);
      pendingSpace = undefined;
    }
    for (let k = 0; k < piece.length; k++) {
      originalStart.push(start);
      originalEnd.push(index);
    }
    folded += piece;
  }
  return { folded, originalStart, originalEnd };
}

// A notice has a few dozen distinct characters and thousands of characters: fold each distinct one once.
const foldedChars = new Map<string, string>();

/** One character folded: ' ' for whitespace, '' for a lone combining mark, else what foldVietnamese makes of it. */
function foldChar(char: string): string {
  let piece = foldedChars.get(char);
  if (piece === undefined) {
    piece = /\s/u.test(char) ? ' ' : foldVietnamese(char);
    if (foldedChars.size < 10_000) foldedChars.set(char, piece);
  }
  return piece;
}

const plain = (text: RichText): string => text.map((run) => run.text).join('');
const names = (refs: readonly AgencyRef[]): string[] => refs.map((ref) => ref.name);

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'dash':
      return [plain(block.text)];
    case 'task':
      return [
        plain(block.title),
        plain(block.content),
        ...names(block.leadAgencies),
        ...names(block.coordinatingAgencies),
        ...block.subItems.flatMap((item) => [plain(item.text), ...names(item.leadAgencies), ...names(item.coordinatingAgencies)]),
      ];
    case 'scheme':
      return [plain(block.title), plain(block.conclusion), ...(block.responsibleAgency ? [block.responsibleAgency.name] : [])];
  }
}

/** Every piece of text a secretary could look for, one piece per line, in reading order. */
export function noticeSearchText(notice: Notice): string {
  const { meeting } = notice;
  return [
    notice.summary,
    meeting.chairTitle,
    meeting.chairName,
    meeting.place,
    meeting.attendees,
    ...notice.body.flatMap(blockLines),
    notice.closing,
    notice.signature.title,
    notice.signature.signerName,
    ...notice.recipients,
  ]
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Directory ids of every agency the notice's tasks and schemes name (for the agency filter). */
export function noticeAgencyIds(notice: Notice): string[] {
  const ids = new Set<string>();
  const add = (refs: readonly AgencyRef[]) => refs.forEach((ref) => ref.id && ids.add(ref.id));
  for (const block of notice.body) {
    if (block.type === 'task') {
      add(block.leadAgencies);
      add(block.coordinatingAgencies);
      block.subItems.forEach((item) => {
        add(item.leadAgencies);
        add(item.coordinatingAgencies);
      });
    } else if (block.type === 'scheme' && block.responsibleAgency) {
      add([block.responsibleAgency]);
    }
  }
  return [...ids];
}

export const CREATE_SEARCH_TABLE_SQL = `
  CREATE VIRTUAL TABLE notice_search USING fts5(
    title, content, original UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
  )`;

/** (Re)index one notice; runs inside the caller's transaction. */
export function indexNotice(db: Database.Database, seq: number, notice: Notice): void {
  const original = noticeSearchText(notice);
  statement(db, 'DELETE FROM notice_search WHERE rowid = ?').run(seq);
  statement(db, 'INSERT INTO notice_search (rowid, title, content, original) VALUES (?, ?, ?, ?)').run(
    seq,
    foldVietnamese(notice.summary),
    foldWithOffsets(original).folded,
    original,
  );
}
