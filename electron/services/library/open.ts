/**
 * Opening the library in a data folder: the database (created and migrated as needed), seeded on first run with
 * the Lai Châu agency directory and the Office's settings, and with the built-in templates kept up to date.
 * The Electron main process, the local web host, the command line and the tests all start here.
 */
import type Database from 'better-sqlite3';
import type { ApiImplementation } from '../../../shared/api';
import { defaultSettings } from '../../../shared/settings/defaults';
import { openDatabase, type OpenDatabaseOptions } from '../storage/database';
import { thinOldAutosaves } from '../storage/thinning';
import { AGENCY_HISTORY_SCHEMA_VERSION, insertAgency } from '../storage/agencies';
import { schemaVersion } from '../storage/migrations';
import { mergeShippedDirectory, shippedDirectoryChanged } from './agency-seed';
import { isSeeded, markSeeded, writeSettingsJson } from '../storage/settings';
import { builtInTemplateRows, upsertBuiltInTemplate } from '../storage/templates';
import type { LibraryOptions } from './context';
import { createLibraryApi } from './library';
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
  const templates = loadBuiltInTemplates(resourcesDir).map((t, order) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    sort_order: order,
    notice_json: JSON.stringify(t.notice),
  }));
  const stored = new Map(builtInTemplateRows(db).map((r) => [r.id, r]));
  const changed = templates.filter((t) => {
    const r = stored.get(t.id);
    return !r || r.name !== t.name || r.description !== t.description || r.sort_order !== t.sort_order || r.notice_json !== t.notice_json;
  });
  const shippedAgencies = loadAgencySeed(resourcesDir);
  // A database held at an older schema (tests of upgrades) gets its agencies once it has the history columns.
  const agenciesReady = schemaVersion(db) >= AGENCY_HISTORY_SCHEMA_VERSION;
  const seedAgencies = agenciesReady && !isSeeded(db, 'agencies-seeded');
  const directoryChanged = agenciesReady && shippedDirectoryChanged(db, shippedAgencies);
  // Skip the write lock entirely on an ordinary start.
  if (changed.length === 0 && !seedAgencies && !directoryChanged && isSeeded(db, 'settings-seeded')) return;

  db.transaction(() => {
    for (const t of changed) upsertBuiltInTemplate(db, t, at);
    // Re-read inside the write lock: another process may have seeded meanwhile.
    if (agenciesReady && !isSeeded(db, 'agencies-seeded')) {
      shippedAgencies.forEach((agency, order) => insertAgency(db, agency, at, { order: order + 1, keepExisting: true }));
      markSeeded(db, 'agencies-seeded', at);
    }
    if (agenciesReady && shippedDirectoryChanged(db, shippedAgencies)) mergeShippedDirectory(db, shippedAgencies, at);
    if (!isSeeded(db, 'settings-seeded')) {
      writeSettingsJson(db, JSON.stringify(defaultSettings()), { keepExisting: true });
      markSeeded(db, 'settings-seeded', at);
    }
  }).immediate();
}

export function openLibrary(options: OpenLibraryOptions): Library {
  const db = openDatabase(options.dataDir, options);
  try {
    const now = (options.now ?? (() => new Date()))();
    seed(db, options.resourcesDir ?? findResourcesDir(), now);
    // Old autosaves are thinned at each opening (the app is opened every working day).
    db.transaction(() => thinOldAutosaves(db, now)).immediate();
  } catch (error) {
    db.close();
    throw error;
  }
  return { api: createLibraryApi(db, options), db, dataDir: options.dataDir, close: () => db.close() };
}
