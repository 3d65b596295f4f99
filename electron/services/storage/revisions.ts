/** Every saved state of a notice (`revisions`): appended on each save, never changed except by autosave collapsing. */
import type Database from 'better-sqlite3';
import type { RevisionReason, RevisionSummary } from '../../../shared/api';
import { statement } from './statements';

export interface RevisionRow {
  id: number;
  notice_id: string;
  reason: RevisionReason;
  restored_from: number | null;
  notice_json: string;
  created_at: string;
  saved_at: string;
}

export type RevisionSummaryRow = Omit<RevisionRow, 'notice_json'>;

export function revisionFromRow(row: RevisionSummaryRow): RevisionSummary {
  return {
    id: row.id,
    noticeId: row.notice_id,
    createdAt: row.saved_at,
    reason: row.reason,
    ...(row.restored_from !== null ? { restoredFrom: row.restored_from } : {}),
  };
}

export const latestRevision = (db: Database.Database, noticeId: string) =>
  statement(db, 'SELECT id, reason, created_at, saved_at FROM revisions WHERE notice_id = ? ORDER BY id DESC LIMIT 1').get(noticeId) as
    | Pick<RevisionRow, 'id' | 'reason' | 'created_at' | 'saved_at'>
    | undefined;

/** Replaces the document of a revision (an autosave folded into the previous one). */
export function overwriteRevision(db: Database.Database, id: number, json: string, savedAt: string): void {
  statement(db, 'UPDATE revisions SET notice_json = ?, saved_at = ? WHERE id = ?').run(json, savedAt, id);
}

export function insertRevision(
  db: Database.Database,
  revision: { noticeId: string; reason: RevisionReason; restoredFrom?: number; json: string; at: string },
): number {
  const result = statement(
    db,
    'INSERT INTO revisions (notice_id, reason, restored_from, notice_json, created_at, saved_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(revision.noticeId, revision.reason, revision.restoredFrom ?? null, revision.json, revision.at, revision.at);
  return Number(result.lastInsertRowid);
}

/** A notice's revisions, newest first, without their documents. */
export const listRevisionRows = (db: Database.Database, noticeId: string): RevisionSummaryRow[] =>
  statement(db, 'SELECT id, notice_id, reason, restored_from, created_at, saved_at FROM revisions WHERE notice_id = ? ORDER BY id DESC').all(
    noticeId,
  ) as RevisionSummaryRow[];

/** A revision by id; with `noticeId`, only if it belongs to that notice. */
export function revisionRow(db: Database.Database, id: number, noticeId?: string): RevisionRow | undefined {
  if (noticeId === undefined) return statement(db, 'SELECT * FROM revisions WHERE id = ?').get(id) as RevisionRow | undefined;
  return statement(db, 'SELECT * FROM revisions WHERE id = ? AND notice_id = ?').get(id, noticeId) as RevisionRow | undefined;
}
