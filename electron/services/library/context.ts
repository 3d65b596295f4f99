/** What every room of the library shares: the database, the clock and the one way to write. */
import type Database from 'better-sqlite3';
import { format } from 'date-fns';
import type { PdfExportOptions } from '../pdf/export-pdf';

export interface LibraryOptions {
  /** The clock (tests drive it to check autosave collapsing and yearly numbering). */
  now?: () => Date;
  /** PDF export: where to look for LibreOffice and how long to wait for it. */
  pdf?: PdfExportOptions;
  /** resources/ with the spelling word list (default: the one shipped with the app). */
  resourcesDir?: string;
}

export interface LibraryContext {
  db: Database.Database;
  pdf: PdfExportOptions;
  /** resources/ when the library was opened with one (tests); else the app's own. */
  resourcesDir?: string;
  now(): Date;
  /** The current time as stored: an ISO timestamp. */
  timestamp(): string;
  /** Today's date as `YYYY-MM-DD` (the default issue date). */
  today(): string;
  /**
   * One IMMEDIATE write transaction (another process waits for the lock instead of failing). Durability is FULL
   * (the WAL is fsynced at commit) except for autosaves, which run with NORMAL: a power cut may lose the last
   * autosaves since the previous durable commit, never a manual save, an issued number or anything else; the next
   * durable commit flushes them too.
   */
  write<T>(work: () => T, durability?: 'full' | 'normal'): T;
}

export function createLibraryContext(db: Database.Database, options: LibraryOptions = {}): LibraryContext {
  const now = options.now ?? (() => new Date());
  return {
    db,
    pdf: options.pdf ?? {},
    ...(options.resourcesDir ? { resourcesDir: options.resourcesDir } : {}),
    now,
    timestamp: () => now().toISOString(),
    today: () => format(now(), 'yyyy-MM-dd'),
    write(work, durability = 'full') {
      // Inside an outer transaction (a batch), the outer one decides; SQLite refuses the pragma there anyway.
      if (durability === 'full' || db.inTransaction) return db.transaction(work).immediate();
      db.pragma('synchronous = NORMAL');
      try {
        return db.transaction(work).immediate();
      } finally {
        db.pragma('synchronous = FULL');
      }
    },
  };
}
