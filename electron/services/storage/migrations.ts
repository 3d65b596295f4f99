/**
 * Schema migrations, applied in order through `PRAGMA user_version`, each in its own IMMEDIATE transaction
 * (so two processes starting at once cannot apply one twice). Never edit a migration once shipped: add the next.
 */
import type Database from 'better-sqlite3';
import { parseStoredNotice } from '../../../shared/notice/migrate';
import { APPLICATION_ID, APPLICATION_ID_MIGRATION } from './identity';
import { addRegisterDetails, REGISTER_DETAILS_MIGRATION } from './register';
import { CREATE_REVIEW_TABLES_SQL, REVIEW_COPIES_MIGRATION } from './review-copies';
import { CREATE_SEARCH_TABLE_SQL, indexNotice } from './search-index';
import { SECTION_TEMPLATES_MIGRATION } from './section-templates';

export interface Migration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'notices, revisions, templates, agencies, register, settings',
    up: (db) => {
      db.exec(`
        CREATE TABLE notices (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          meeting_date TEXT,
          template_id TEXT,
          status TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
          number INTEGER,
          code TEXT NOT NULL,
          issue_date TEXT,
          to_review_count INTEGER NOT NULL DEFAULT 0,
          revision_id INTEGER,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          trashed_at TEXT
        );
        CREATE INDEX notices_live_by_updated ON notices (updated_at) WHERE trashed_at IS NULL;
        CREATE INDEX notices_trashed_by_updated ON notices (updated_at) WHERE trashed_at IS NOT NULL;
        CREATE INDEX notices_by_template ON notices (template_id, meeting_date);
        CREATE INDEX notices_by_meeting_date ON notices (meeting_date);

        -- The document itself, apart: notices rows stay small, so lists and searches read few pages.
        CREATE TABLE notice_documents (
          notice_id TEXT PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
          notice_json TEXT NOT NULL
        );

        CREATE TABLE revisions (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
          reason TEXT NOT NULL CHECK (reason IN ('create', 'autosave', 'manual', 'restore', 'issue')),
          restored_from INTEGER,
          created_at TEXT NOT NULL,
          saved_at TEXT NOT NULL,
          notice_json TEXT NOT NULL
        );
        CREATE INDEX revisions_by_notice ON revisions (notice_id, id);

        CREATE TABLE notice_agencies (
          notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
          agency_id TEXT NOT NULL,
          PRIMARY KEY (notice_id, agency_id)
        ) WITHOUT ROWID;
        CREATE INDEX notice_agencies_by_agency ON notice_agencies (agency_id);

        CREATE TABLE templates (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          description TEXT NOT NULL DEFAULT '',
          built_in INTEGER NOT NULL,
          sort_order INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          notice_json TEXT NOT NULL
        );

        CREATE TABLE agencies (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          short_name TEXT NOT NULL DEFAULT '',
          aliases_json TEXT NOT NULL DEFAULT '[]',
          kind TEXT NOT NULL,
          sort_order INTEGER NOT NULL,
          updated_at TEXT NOT NULL
        );

        -- The outgoing register: one row per number ever given, so a number can never be given twice.
        CREATE TABLE register_entries (
          code TEXT NOT NULL,
          year INTEGER NOT NULL,
          number INTEGER NOT NULL,
          notice_id TEXT REFERENCES notices (id) ON DELETE SET NULL,
          issue_date TEXT NOT NULL,
          issued_at TEXT NOT NULL,
          PRIMARY KEY (code, year, number)
        );

        CREATE TABLE settings (key TEXT PRIMARY KEY, value_json TEXT NOT NULL);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      `);
    },
  },
  {
    version: 2,
    description: 'full-text search over every notice, folded for Vietnamese',
    up: (db) => {
      db.exec(CREATE_SEARCH_TABLE_SQL);
      const rows = db.prepare('SELECT n.seq, d.notice_json FROM notices n JOIN notice_documents d ON d.notice_id = n.id').all() as {
        seq: number;
        notice_json: string;
      }[];
      for (const row of rows) indexNotice(db, row.seq, parseStoredNotice(JSON.parse(row.notice_json)));
    },
  },
  {
    version: APPLICATION_ID_MIGRATION,
    description: 'mark the file as a ThongBao Studio database (PRAGMA application_id)',
    up: (db) => {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    },
  },
  {
    version: 4,
    description: 'agency history: validity dates, successors, how it ended, its source',
    up: (db) => {
      db.exec(`
        ALTER TABLE agencies ADD COLUMN valid_from TEXT;
        ALTER TABLE agencies ADD COLUMN valid_until TEXT;
        ALTER TABLE agencies ADD COLUMN successors_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE agencies ADD COLUMN end_kind TEXT;
        ALTER TABLE agencies ADD COLUMN source TEXT;
      `);
    },
  },
  {
    version: 5,
    description: 'the user dictionary of the spelling check; errors accepted when issuing, with the reason',
    up: (db) => {
      db.exec(`
        CREATE TABLE user_words (word TEXT PRIMARY KEY, added_at TEXT NOT NULL);
        CREATE TABLE check_acceptances (
          id INTEGER PRIMARY KEY,
          notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
          accepted_at TEXT NOT NULL,
          reason TEXT NOT NULL,
          findings_json TEXT NOT NULL
        );
        CREATE INDEX check_acceptances_notice ON check_acceptances (notice_id);
      `);
    },
  },
  {
    version: 6,
    description: 'revisions name the revision their writer saw and the writer (an editor session), for stale saves',
    up: (db) => {
      db.exec(`
        ALTER TABLE revisions ADD COLUMN base_revision_id INTEGER;
        ALTER TABLE revisions ADD COLUMN writer_id TEXT;
      `);
    },
  },
  {
    version: SECTION_TEMPLATES_MIGRATION,
    description: 'section templates the user saved (a part of a notice, inserted at the caret)',
    up: (db) => {
      db.exec(`
        CREATE TABLE section_templates (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          description TEXT NOT NULL DEFAULT '',
          blocks_json TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: REGISTER_DETAILS_MIGRATION,
    description: 'the register keeps what it records of each notice (trích yếu, signer, recipients); a start number per code and year',
    up: addRegisterDetails,
  },
  {
    version: REVIEW_COPIES_MIGRATION,
    description: "copies sent for review (DỰ THẢO lần n) and the comments that come back, on the revision they concern",
    up: (db) => {
      db.exec(CREATE_REVIEW_TABLES_SQL);
    },
  },
];

/** The last migration's number (numbers may skip while parallel work lands). */
export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration above the database's version, up to `target`. */
export function migrate(db: Database.Database, target: number = LATEST_SCHEMA_VERSION): void {
  for (const migration of migrations) {
    if (migration.version > target) break;
    db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
