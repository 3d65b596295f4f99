/**
 * Copies sent for review ("DỰ THẢO lần n", `review_copies`) and the comments that come back (`revision_comments`),
 * each tied to the revision it concerns. Both only grow: a copy once sent stays in the history.
 */
import type Database from 'better-sqlite3';
import type { ReviewCopy, RevisionComment } from '../../../shared/api';
import { statement } from './statements';

/** This work's migration number, in one place (renumbered at merge if another lands first). */
export const REVIEW_COPIES_MIGRATION = 9;

export const CREATE_REVIEW_TABLES_SQL = `
  CREATE TABLE review_copies (
    id INTEGER PRIMARY KEY,
    notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    -- The revision the copy shows; kept by the thinning of old autosaves (storage/thinning.ts).
    revision_id INTEGER NOT NULL REFERENCES revisions (id),
    copy_number INTEGER NOT NULL,
    sent_to TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    file_format TEXT NOT NULL CHECK (file_format IN ('docx', 'pdf')),
    UNIQUE (notice_id, copy_number)
  );
  CREATE INDEX review_copies_by_revision ON review_copies (revision_id);
  CREATE TABLE revision_comments (
    id INTEGER PRIMARY KEY,
    notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    revision_id INTEGER NOT NULL REFERENCES revisions (id),
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    added_at TEXT NOT NULL
  );
  CREATE INDEX revision_comments_by_notice ON revision_comments (notice_id, revision_id);
`;

interface ReviewCopyRow {
  revision_id: number;
  copy_number: number;
  sent_to: string;
  sent_at: string;
  file_format: 'docx' | 'pdf';
}

interface CommentRow {
  id: number;
  revision_id: number;
  author: string;
  text: string;
  added_at: string;
}

/** The number the next copy of this notice gets: 1, 2, … counted per notice. */
export function nextCopyNumber(db: Database.Database, noticeId: string): number {
  const row = statement(db, 'SELECT MAX(copy_number) AS last FROM review_copies WHERE notice_id = ?').get(noticeId) as { last: number | null };
  return (row.last ?? 0) + 1;
}

export function insertReviewCopy(
  db: Database.Database,
  copy: { noticeId: string; revisionId: number; copyNumber: number; sentTo: string; sentAt: string; format: 'docx' | 'pdf' },
): void {
  statement(
    db,
    'INSERT INTO review_copies (notice_id, revision_id, copy_number, sent_to, sent_at, file_format) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(copy.noticeId, copy.revisionId, copy.copyNumber, copy.sentTo, copy.sentAt, copy.format);
}

export function listReviewCopies(db: Database.Database, noticeId: string): ReviewCopy[] {
  const rows = statement(
    db,
    'SELECT revision_id, copy_number, sent_to, sent_at, file_format FROM review_copies WHERE notice_id = ? ORDER BY copy_number',
  ).all(noticeId) as ReviewCopyRow[];
  return rows.map((row) => ({
    revisionId: row.revision_id,
    copyNumber: row.copy_number,
    sentTo: row.sent_to,
    sentAt: row.sent_at,
    format: row.file_format,
  }));
}

export function insertRevisionComment(
  db: Database.Database,
  comment: { noticeId: string; revisionId: number; author: string; text: string; addedAt: string },
): void {
  statement(db, 'INSERT INTO revision_comments (notice_id, revision_id, author, text, added_at) VALUES (?, ?, ?, ?, ?)').run(
    comment.noticeId,
    comment.revisionId,
    comment.author,
    comment.text,
    comment.addedAt,
  );
}

export function listRevisionComments(db: Database.Database, noticeId: string): RevisionComment[] {
  const rows = statement(
    db,
    'SELECT id, revision_id, author, text, added_at FROM revision_comments WHERE notice_id = ? ORDER BY id',
  ).all(noticeId) as CommentRow[];
  return rows.map((row) => ({ id: row.id, revisionId: row.revision_id, author: row.author, text: row.text, addedAt: row.added_at }));
}

/** Whether a review copy shows this revision or a comment concerns it: such a revision is never merged away. */
export function revisionIsReferenced(db: Database.Database, revisionId: number): boolean {
  return (
    statement(db, 'SELECT 1 FROM review_copies WHERE revision_id = ? UNION SELECT 1 FROM revision_comments WHERE revision_id = ?').get(
      revisionId,
      revisionId,
    ) !== undefined
  );
}
