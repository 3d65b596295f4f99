/**
 * Opening the library in a data folder: the database (created and migrated as needed), seeded on first run with
 * the Lai Châu agency directory and the Office's settings, and with the built-in templates kept up to date.
 * The Electron main process, the local web host, the command line and the tests all start here.
 */
import type Database from 'better-sqlite3';
import type { ApiImplementation } from '../../../shared/api';
import { defaultSettings } from '../../../shared/settings/defaults';
import { openDatabase, type OpenDatabaseOptions } from '../storage/database';
import { statement } from '../storage/statements';
import { createLibraryApi, type LibraryOptions } from './library';
import { findResourcesDir, loadAgencySeed, loadBuiltInTemplates } from './resources';

export interface OpenLibraryOptions extends LibraryOptions, OpenDatabaseOptions {
  dataDir: string;
  /** resources/ with templates/ and agencies/ (default: the one shipped with the app). */
  resourcesDir?: string;
}

export interface Library {
  api: ApiImplementation;
  db: Database.Database;
  dataDir: string;
  close(): void;
}

/** First run: the directory of agencies and the settings. Built-in templates: refreshed when the app ships new ones. */
function seed(db: Database.Database, resourcesDir: string, now: Date): void {
  const at = now.toISOString();
  const templates = loadBuiltInTemplates(resourcesDir).map((t, order) => ({ ...t, order, json: JSON.stringify(t.notice) }));
  const stored = new Map(
    (statement(db, 'SELECT id, name, description, sort_order, notice_json FROM templates WHERE built_in = 1').all() as {
      id: string;
      name: string;
      description: string;
      sort_order: number;
      notice_json: string;
    }[]).map((r) => [r.id, r]),
  );
  const changed = templates.filter((t) => {
    const r = stored.get(t.id);
    return !r || r.name !== t.name || r.description !== t.description || r.sort_order !== t.order || r.notice_json !== t.json;
  });
  const seeded = (key: string) => statement(db, 'SELECT 1 FROM meta WHERE key = ?').get(key) !== undefined;
  // Skip the write lock entirely on an ordinary start.
  if (changed.length === 0 && seeded('agencies-seeded') && seeded('settings-seeded')) return;

  db.transaction(() => {
    for (const t of changed) {
      statement(
        db,
        `INSERT INTO templates (id, name, description, built_in, sort_order, notice_json, created_at) VALUES (?, ?, ?, 1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
           sort_order = excluded.sort_order, notice_json = excluded.notice_json WHERE built_in = 1`,
      ).run(t.id, t.name, t.description, t.order, t.json, at);
    }
    if (!seeded('agencies-seeded')) {
      loadAgencySeed(resourcesDir).forEach((a, order) => {
        statement(
          db,
          `INSERT INTO agencies (id, name, short_name, aliases_json, kind, sort_order, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO NOTHING`,
        ).run(a.id, a.name, a.shortName, JSON.stringify(a.aliases), a.kind, order + 1, at);
      });
      statement(db, "INSERT INTO meta (key, value) VALUES ('agencies-seeded', ?)").run(at);
    }
    if (!seeded('settings-seeded')) {
      statement(db, "INSERT INTO settings (key, value_json) VALUES ('settings', ?) ON CONFLICT (key) DO NOTHING").run(
        JSON.stringify(defaultSettings()),
      );
      statement(db, "INSERT INTO meta (key, value) VALUES ('settings-seeded', ?)").run(at);
    }
  }).immediate();
}

export function openLibrary(options: OpenLibraryOptions): Library {
  const db = openDatabase(options.dataDir, options);
  try {
    seed(db, options.resourcesDir ?? findResourcesDir(), (options.now ?? (() => new Date()))());
  } catch (error) {
    db.close();
    throw error;
  }
  return { api: createLibraryApi(db, options), db, dataDir: options.dataDir, close: () => db.close() };
}
