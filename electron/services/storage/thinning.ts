/**
 * Thinning old autosaves, so a year of daily editing stays small (bench/suites/storage-year.ts measures it). The
 * history shows the autosaves of one sitting as one entry standing for the last of them (shared/compare/history.ts);
 * once a sitting is older than THIN_AUTOSAVES_AFTER_DAYS only that last autosave is kept, so every entry the history
 * shows keeps the state it opens and compares (it then shows one time instead of the sitting's span). Never removed: manual versions, creations, issues, restores (they are not autosaves), a revision
 * a review copy shows or a comment concerns, one a restore came from, a notice's current and newest revision.
 */
import type Database from 'better-sqlite3';
import { SITTING_GAP_MS } from '../../../shared/compare/history';
import type { RevisionReason } from '../../../shared/api';
import { schemaVersion } from './migrations';
import { REVIEW_COPIES_MIGRATION } from './review-copies';
import { statement } from './statements';

/** Autosaves stay as they are for this long (to step back through today's and the last days' typing). */
export const THIN_AUTOSAVES_AFTER_DAYS = 3;

interface Row {
  id: number;
  notice_id: string;
  reason: RevisionReason;
  saved_at: string;
}

/** Revisions something else points at. */
function protectedRevisionIds(db: Database.Database): Set<number> {
  const rows = statement(
    db,
    `SELECT revision_id AS id FROM review_copies
     UNION SELECT revision_id FROM revision_comments
     UNION SELECT revision_id FROM notices WHERE revision_id IS NOT NULL
     UNION SELECT restored_from FROM revisions WHERE restored_from IS NOT NULL
     UNION SELECT MAX(id) FROM revisions GROUP BY notice_id`,
  ).all() as { id: number }[];
  return new Set(rows.map((row) => row.id));
}

/** The autosaves to remove: all but the last of each sitting that ended before `cutoff`, unless protected. */
export function thinnableRevisionIds(rows: readonly Row[], cutoff: string, keep: ReadonlySet<number>): number[] {
  const remove: number[] = [];
  const cutoffMs = Date.parse(cutoff);
  let sitting: Row[] = [];
  const close = () => {
    const last = sitting[sitting.length - 1];
    if (last && Date.parse(last.saved_at) < cutoffMs) {
      for (const row of sitting.slice(0, -1)) if (!keep.has(row.id)) remove.push(row.id);
    }
    sitting = [];
  };
  for (const row of rows) {
    const previous = sitting[sitting.length - 1];
    const continues =
      row.reason === 'autosave' &&
      previous !== undefined &&
      previous.notice_id === row.notice_id &&
      Date.parse(row.saved_at) - Date.parse(previous.saved_at) <= SITTING_GAP_MS;
    if (!continues) close();
    if (row.reason === 'autosave') sitting.push(row);
  }
  close();
  return remove;
}

/** Removes the thinnable autosaves of every notice (inside the caller's write transaction); returns how many. */
export function thinOldAutosaves(db: Database.Database, now: Date): number {
  // A database kept at an older schema (tests, a partial migration) lacks the tables that protect revisions.
  if (schemaVersion(db) < REVIEW_COPIES_MIGRATION) return 0;
  const cutoff = new Date(now.getTime() - THIN_AUTOSAVES_AFTER_DAYS * 86_400_000).toISOString();
  const rows = statement(db, 'SELECT id, notice_id, reason, saved_at FROM revisions ORDER BY notice_id, id').all() as Row[];
  const remove = thinnableRevisionIds(rows, cutoff, protectedRevisionIds(db));
  const del = statement(db, 'DELETE FROM revisions WHERE id = ?');
  for (const id of remove) del.run(id);
  return remove.length;
}
