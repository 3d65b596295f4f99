/**
 * The full-text index of notices (FTS5 table `notice_search`, rowid = notices.seq).
 * SQLite here has no ICU, so the text is folded by foldVietnamese before it is indexed and queries are folded the
 * same way: "so y te" finds "Sở Y tế", "dau tu" finds "Đầu tư". The original text is stored beside it (not
 * indexed) so a snippet can show the real words with their diacritics.
 */
import type Database from 'better-sqlite3';
import type { NoticeStatus } from '../../../shared/api';
import type { AgencyRef, Block, Notice } from '../../../shared/notice/schema';
import { plainText } from '../../../shared/notice/rich-text';
import { foldVietnamese } from '../../../shared/text/fold';
import { SUMMARY_COLUMNS, type NoticeRow } from './notices';
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

/** What a search is narrowed to besides its words: meeting dates, status, a directory agency. Trashed notices never show. */
export interface SearchFilter {
  from?: string;
  to?: string;
  status?: NoticeStatus;
  agencyId?: string;
}

function filterClause(filter: SearchFilter): { where: string; params: unknown[] } {
  const where = ['n.trashed_at IS NULL'];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.from) add('n.meeting_date >= ?', filter.from);
  if (filter.to) add('n.meeting_date <= ?', filter.to);
  if (filter.status) add('n.status = ?', filter.status);
  if (filter.agencyId) add('n.id IN (SELECT notice_id FROM notice_agencies WHERE agency_id = ?)', filter.agencyId);
  return { where: where.join(' AND '), params };
}

/** Without words: the notices the filter keeps, latest meeting first. */
export function filteredNoticeRows(db: Database.Database, filter: SearchFilter, limit: number): NoticeRow[] {
  const { where, params } = filterClause(filter);
  return statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM notices n WHERE ${where}
     ORDER BY n.meeting_date IS NULL, n.meeting_date DESC, n.updated_at DESC LIMIT ?`,
  ).all(...params, limit) as NoticeRow[];
}

/**
 * The seqs of up to `limit` notices the filter keeps whose index matches the FTS5 expression `match`, latest
 * meeting first. The query walks the meeting-date index and stops at the limit, so the cost barely grows with the
 * number of matches.
 */
export function matchingNoticeSeqs(db: Database.Database, match: string, filter: SearchFilter, limit: number): number[] {
  const { where, params } = filterClause(filter);
  return statement(
    db,
    `SELECT n.seq FROM notices n INDEXED BY notices_by_meeting_date
     WHERE n.seq IN (SELECT rowid FROM notice_search WHERE notice_search MATCH ?) AND ${where}
     ORDER BY n.meeting_date DESC, n.seq DESC LIMIT ?`,
  )
    .pluck()
    .all(match, ...params, limit) as number[];
}

/** A found notice with the original text of its index entry (for the snippet). */
export const searchResultRow = (db: Database.Database, seq: number): NoticeRow & { original: string } =>
  statement(db, `SELECT ${SUMMARY_COLUMNS}, s.original FROM notices n JOIN notice_search s ON s.rowid = n.seq WHERE n.seq = ?`).get(
    seq,
  ) as NoticeRow & { original: string };
