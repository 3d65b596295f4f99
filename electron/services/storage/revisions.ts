/**
 * Every saved state of a notice (`revisions`): appended on each save and never changed, so a revision id always names
 * one content. Autosave collapsing appends the merged state and drops the row it replaces.
 */
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
  /** The revision the writer's text started from (null before migration 6 and for creations). */
  base_revision_id: number | null;
  /** The editor session that wrote it, when one was named. */
  writer_id: string | null;
}

export type RevisionSummaryRow = Omit<RevisionRow, 'notice_json' | 'base_revision_id' | 'writer_id'>;

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
  statement(db, 'SELECT id, reason, created_at, saved_at, base_revision_id, writer_id FROM revisions WHERE notice_id = ? ORDER BY id DESC LIMIT 1').get(
    noticeId,
  ) as Omit<RevisionRow, 'notice_id' | 'restored_from' | 'notice_json'> | undefined;

export interface NewRevision {
  noticeId: string;
  reason: RevisionReason;
  restoredFrom?: number;
  json: string;
  /** When the state began (an autosave sitting's first save) and when it was saved. */
  createdAt: string;
  savedAt: string;
  baseRevisionId?: number | null;
  writerId?: string | null;
}

export function insertRevision(db: Database.Database, revision: NewRevision): number {
  const result = statement(
    db,
    'INSERT INTO revisions (notice_id, reason, restored_from, notice_json, created_at, saved_at, base_revision_id, writer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    revision.noticeId,
    revision.reason,
    revision.restoredFrom ?? null,
    revision.json,
    revision.createdAt,
    revision.savedAt,
    revision.baseRevisionId ?? null,
    revision.writerId ?? null,
  );
  return Number(result.lastInsertRowid);
}

/** Drops a revision that a merged autosave replaced (only ever the notice's latest, unreferenced one). */
export function deleteRevision(db: Database.Database, id: number): void {
  statement(db, 'DELETE FROM revisions WHERE id = ?').run(id);
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
