/**
 * The full-text index of notices (FTS5 table `notice_search`, rowid = notices.seq).
 * SQLite here has no ICU, so the text is folded by foldVietnamese before it is indexed and queries are folded the
 * same way: "so y te" finds "Sở Y tế", "dau tu" finds "Đầu tư". The original text is stored beside it (not
 * indexed) so a snippet can show the real words with their diacritics.
 */
import type Database from 'better-sqlite3';
import type { AgencyRef, Block, Notice } from '../../../shared/notice/schema';
import { plainText } from '../../../shared/notice/rich-text';
import { foldVietnamese } from '../../../shared/text/fold';
import { statement } from './statements';

const names = (refs: readonly AgencyRef[]): string[] => refs.map((ref) => ref.name);

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'dash':
      return [plainText(block.text)];
    case 'task':
      return [
        plainText(block.title),
        plainText(block.content),
        ...names(block.leadAgencies),
        ...names(block.coordinatingAgencies),
        ...block.subItems.flatMap((item) => [plainText(item.text), ...names(item.leadAgencies), ...names(item.coordinatingAgencies)]),
      ];
    case 'scheme':
      return [plainText(block.title), plainText(block.conclusion), ...(block.responsibleAgency ? [block.responsibleAgency.name] : [])];
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
    foldVietnamese(original),
    original,
  );
}
