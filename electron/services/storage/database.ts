/**
 * Opening the one database file (`thongbao.db` in the data folder).
 *
 * Durability: WAL with synchronous=FULL, so a commit is on disk (WAL fsynced) before the call returns; NORMAL
 * survives a crash of the app but can lose the last commits on a power cut — an issued register number among
 * them, which could then be given twice. Only autosaves opt into NORMAL (see library/context.ts). Every write runs
 * in an IMMEDIATE transaction and the busy timeout makes a second process (the command line beside the app) wait
 * for the lock instead of failing with SQLITE_BUSY.
 *
 * A file that is not a sound database, another program's database, or one made by a newer version of the app, is
 * refused before anything writes to it: it is first inspected through a read-only connection (identity.ts).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { corruptDatabaseError, foreignDatabaseError, isCorruptionError } from './errors';
import { checkIdentity, leftoverJournal, refuseNonFile } from './identity';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';

export const DATABASE_FILE_NAME = 'thongbao.db';
export const BUSY_TIMEOUT_MS = 10_000;

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}

const CHECKED_AT_START = ['notices', 'notice_agencies', 'register_entries', 'settings', 'agencies', 'templates', 'meta'];

/** Read-only look at an existing file: is it a sound database of a version this app knows? */
function inspectExisting(file: string, nativeBinding: string | undefined): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS, nativeBinding });
    checkIdentity(db, file, LATEST_SCHEMA_VERSION);
    // The small tables everything depends on (the list, the register, settings, the directory) are checked page by
    // page; a full check of a large library would delay every start by seconds. Damage elsewhere (documents,
    // revisions, the search index) is reported by SQLite when those pages are read.
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (" + CHECKED_AT_START.map(() => '?').join(', ') + ')').all(
      ...CHECKED_AT_START,
    ) as { name: string }[]).map((row) => row.name);
    for (const table of tables) {
      const check = db.pragma(`quick_check(${table})`, { simple: true });
      if (check !== 'ok') throw corruptDatabaseError(file, String(check));
    }
  } catch (error) {
    if (isCorruptionError(error)) throw corruptDatabaseError(file, (error as Error).message);
    throw error;
  } finally {
    db?.close();
  }
}

/**
 * A crash in the middle of a rollback-journal transaction (the switch to WAL at the very first start) leaves a
 * journal that a read-only connection cannot replay (SQLITE_READONLY_ROLLBACK). A read-write connection rolls it
 * back on its first read; that is only done for our own files (identity.ts), anything else is refused untouched.
 */
function recoverJournal(file: string, nativeBinding: string | undefined): void {
  const journal = leftoverJournal(file);
  if (journal === 'none') return;
  if (journal === 'foreign') throw foreignDatabaseError(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS, nativeBinding });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (isCorruptionError(error)) throw corruptDatabaseError(file, (error as Error).message);
    throw error;
  } finally {
    db?.close();
  }
}

export interface OpenDatabaseOptions {
  /** Stop migrating at this version (tests build databases as an older release made them). */
  targetVersion?: number;
  /** The compiled better-sqlite3 addon to load (the Electron build in the desktop app); default: the Node build. */
  nativeBinding?: string;
}

export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = databasePath(dataDir);
  refuseNonFile(file);
  recoverJournal(file, options.nativeBinding);
  if (fs.existsSync(file) && fs.statSync(file).size > 0) inspectExisting(file, options.nativeBinding);
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS, nativeBinding: options.nativeBinding });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // 32 MB of page cache (the default is 2 MB): the list columns and the search index of a large library stay in memory.
    db.pragma('cache_size = -32768');
    migrate(db, options.targetVersion);
    return db;
  } catch (error) {
    db.close();
    if (isCorruptionError(error)) throw corruptDatabaseError(file, (error as Error).message);
    throw error;
  }
}

/**
 * Moves a database file that cannot be opened out of the way — renamed to `thongbao.db.corrupt-<time>`, with
 * its `-wal` and `-shm` companions beside it — so the app can start with a fresh one. Nothing is deleted and no
 * existing file is overwritten. Returns the new path of the database file.
 */
export function moveDatabaseAside(dataDir: string, now: Date = new Date()): string {
  const file = databasePath(dataDir);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let n = 1; [target, `${target}-wal`, `${target}-shm`].some((f) => fs.existsSync(f)); n++) {
    target = `${file}.corrupt-${stamp}-${n}`;
  }
  // Companions first: a stale WAL left beside a fresh database would be replayed into it.
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  fs.renameSync(file, target);
  return target;
}
