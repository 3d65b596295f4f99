/**
 * Deciding whose file lies at the database path before SQLite writes anything to it.
 *
 * Our databases carry `PRAGMA application_id` (set by migration 3); a file from before that migration is
 * recognised by its schema version and its tables. Anything else is another program's file and is refused
 * untouched. A rollback journal left by a crash is recovered (SQLite rolls it back on a read-write open) only
 * when the file is ours or was empty before the interrupted transaction (a crash during the very first start).
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import {
  badVersionDatabaseError,
  foreignDatabaseError,
  notAFileDatabaseError,
  tooNewDatabaseError,
} from './errors';

/** "TBST": the mark in the header of every ThongBao Studio database. */
export const APPLICATION_ID = 0x54425354;
/** The migration that sets APPLICATION_ID; databases below it are recognised by their tables. */
export const APPLICATION_ID_MIGRATION = 3;

const UNMARKED_TABLES = ['notices', 'notice_documents', 'revisions', 'templates', 'agencies', 'register_entries', 'settings', 'meta'];

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

function readHead(file: string, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = fs.readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** A folder (or anything else that is not a plain file) where the database file should be. */
export function refuseNonFile(file: string): void {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) throw notAFileDatabaseError(file, stat.isDirectory());
}

/**
 * The journal left beside `file` by a crash in the middle of a transaction, if SQLite would roll it back
 * ("hot": it starts with the journal header). Returns whether a read-write open may roll it back.
 */
export function leftoverJournal(file: string): 'none' | 'recoverable' | 'foreign' {
  const journal = `${file}-journal`;
  const stat = fs.statSync(journal, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size < 28) return 'none';
  const header = readHead(journal, 28);
  if (!header.subarray(0, 8).equals(JOURNAL_MAGIC)) return 'none';
  // The database's size in pages before the interrupted transaction: 0 means it was created by it.
  if (header.readUInt32BE(16) === 0) return 'recoverable';
  const head = readHead(file, 100);
  const ours = head.length === 100 && head.subarray(0, 16).equals(SQLITE_MAGIC) && head.readInt32BE(68) === APPLICATION_ID;
  return ours ? 'recoverable' : 'foreign';
}

/** Checks, through a read-only connection, that the database is ours and of a version this app can open. */
export function checkIdentity(db: Database.Database, file: string, latestVersion: number): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (applicationId !== APPLICATION_ID) {
    if (applicationId !== 0) throw foreignDatabaseError(file);
    const names = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name),
    );
    const empty = names.size === 0 && version === 0;
    const unmarkedOurs = version < APPLICATION_ID_MIGRATION && UNMARKED_TABLES.every((t) => names.has(t));
    if (!empty && !unmarkedOurs) throw foreignDatabaseError(file);
  }
  if (version < 0) throw badVersionDatabaseError(file, version);
  if (version > latestVersion) throw tooNewDatabaseError(file, version, latestVersion);
}
