/**
 * The notices table and the current document of each notice (`notices`, `notice_documents`, `notice_agencies`):
 * the columns the list shows, kept beside the document so the list never parses a document.
 */
import type Database from 'better-sqlite3';
import type { NoticeStatus, NoticeSummary } from '../../../shared/api';
import { statement } from './statements';

export interface NoticeRow {
  seq: number;
  id: string;
  title: string;
  meeting_date: string | null;
  template_id: string | null;
  status: NoticeStatus;
  number: number | null;
  code: string;
  issue_date: string | null;
  to_review_count: number;
  revision_id: number;
  updated_at: string;
  trashed_at: string | null;
}

/** Characters of the title (the trích yếu) a list or search result carries: summaries, never whole documents. */
export const LIST_TITLE_LENGTH = 300;

/** The columns of a NoticeRow, for queries that join `notices n` with other tables (the title cut by SQLite). */
export const SUMMARY_COLUMNS = `n.seq, n.id, substr(n.title, 1, ${LIST_TITLE_LENGTH + 1}) AS title, n.meeting_date, n.template_id, n.status, n.number, n.code, n.issue_date,
  n.to_review_count, n.revision_id, n.updated_at, n.trashed_at`;

export function summaryFromRow(row: NoticeRow): NoticeSummary {
  return {
    id: row.id,
    title: row.title.length > LIST_TITLE_LENGTH ? `${row.title.slice(0, LIST_TITLE_LENGTH - 1).trimEnd()}…` : row.title,
    ...(row.meeting_date ? { meetingDate: row.meeting_date } : {}),
    ...(row.template_id ? { templateId: row.template_id } : {}),
    status: row.status,
    ...(row.number !== null ? { number: row.number } : {}),
    code: row.code,
    ...(row.issue_date ? { issueDate: row.issue_date } : {}),
    updatedAt: row.updated_at,
    toReviewCount: row.to_review_count,
    ...(row.trashed_at ? { trashedAt: row.trashed_at } : {}),
  };
}

export const noticeRow = (db: Database.Database, id: string): NoticeRow | undefined =>
  statement(db, `SELECT ${SUMMARY_COLUMNS} FROM notices n WHERE n.id = ?`).get(id) as NoticeRow | undefined;

/** The stored JSON of a notice's current document (the notice must exist). */
export const noticeDocumentJson = (db: Database.Database, id: string): string =>
  (statement(db, 'SELECT notice_json FROM notice_documents WHERE notice_id = ?').get(id) as { notice_json: string }).notice_json;

/** The list columns the document decides. */
export interface NoticeColumns {
  title: string;
  meetingDate: string | null;
  templateId: string | null;
  number: number | null;
  code: string;
  issueDate: string | null;
  toReviewCount: number;
  updatedAt: string;
}

const columnValues = (c: NoticeColumns) => [c.title, c.meetingDate, c.templateId, c.number, c.code, c.issueDate, c.toReviewCount, c.updatedAt];

/** A new draft row; its revision is set by setCurrentRevision. */
export function insertNoticeRow(db: Database.Database, id: string, columns: NoticeColumns): void {
  statement(
    db,
    `INSERT INTO notices (id, title, meeting_date, template_id, number, code, issue_date, to_review_count,
       updated_at, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?)`,
  ).run(id, ...columnValues(columns), columns.updatedAt);
}

export function updateNoticeRow(db: Database.Database, id: string, columns: NoticeColumns): void {
  statement(
    db,
    `UPDATE notices SET title = ?, meeting_date = ?, template_id = ?, number = ?, code = ?,
       issue_date = ?, to_review_count = ?, updated_at = ? WHERE id = ?`,
  ).run(...columnValues(columns), id);
}

export function writeNoticeDocument(db: Database.Database, id: string, json: string): void {
  statement(
    db,
    `INSERT INTO notice_documents (notice_id, notice_json) VALUES (?, ?)
     ON CONFLICT (notice_id) DO UPDATE SET notice_json = excluded.notice_json`,
  ).run(id, json);
}

/** Points the notice at its latest revision, and changes its status when `status` is given. */
export function setCurrentRevision(db: Database.Database, id: string, revisionId: number, status?: NoticeStatus): void {
  statement(db, 'UPDATE notices SET revision_id = ?, status = COALESCE(?, status) WHERE id = ?').run(revisionId, status ?? null, id);
}

/** The directory agencies the notice names (for the agency filter of search). */
export function setNoticeAgencies(db: Database.Database, id: string, agencyIds: readonly string[]): void {
  statement(db, 'DELETE FROM notice_agencies WHERE notice_id = ?').run(id);
  for (const agencyId of agencyIds) {
    statement(db, 'INSERT INTO notice_agencies (notice_id, agency_id) VALUES (?, ?)').run(id, agencyId);
  }
}

/** `at` moves the notice to the trash; null takes it out. */
export function setTrashedAt(db: Database.Database, id: string, at: string | null): void {
  statement(db, 'UPDATE notices SET trashed_at = ? WHERE id = ?').run(at, id);
}

/** Deletes the notice with its documents, revisions and links (cascade) and its search entry. */
export function deleteNoticeRow(db: Database.Database, row: Pick<NoticeRow, 'id' | 'seq'>): void {
  statement(db, 'DELETE FROM notice_search WHERE rowid = ?').run(row.seq);
  statement(db, 'DELETE FROM notices WHERE id = ?').run(row.id);
}

/** One page of the list, most recently changed first, with the count of all that match. */
export function listNoticeRows(
  db: Database.Database,
  filter: { status?: NoticeStatus; trashed?: boolean; limit: number; offset: number },
): { rows: NoticeRow[]; total: number } {
  const where = [filter.trashed ? 'n.trashed_at IS NOT NULL' : 'n.trashed_at IS NULL'];
  const params: unknown[] = [];
  if (filter.status) {
    where.push('n.status = ?');
    params.push(filter.status);
  }
  const clause = where.join(' AND ');
  const rows = statement(db, `SELECT ${SUMMARY_COLUMNS} FROM notices n WHERE ${clause} ORDER BY n.updated_at DESC, n.seq DESC LIMIT ? OFFSET ?`).all(
    ...params,
    filter.limit,
    filter.offset,
  ) as NoticeRow[];
  const { total } = statement(db, `SELECT count(*) AS total FROM notices n WHERE ${clause}`).get(...params) as { total: number };
  return { rows, total };
}

/** Up to `limit` ids that start with `prefix` (the command line accepts shortened ids). */
export function noticeIdsStartingWith(db: Database.Database, prefix: string, limit: number): string[] {
  return statement(db, 'SELECT id FROM notices WHERE substr(id, 1, length(?)) = ? LIMIT ?').pluck().all(prefix, prefix, limit) as string[];
}
