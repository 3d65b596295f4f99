/** The issuer profile and presets (`settings`, one JSON value) and the first-run marks (`meta`). */
import type Database from 'better-sqlite3';
import { statement } from './statements';

/** The stored settings as JSON; undefined before the first run seeded them. */
export const settingsJson = (db: Database.Database): string | undefined =>
  (statement(db, "SELECT value_json FROM settings WHERE key = 'settings'").get() as { value_json: string } | undefined)?.value_json;

/** With `keepExisting`, settings already stored stay (seeding). */
export function writeSettingsJson(db: Database.Database, json: string, { keepExisting = false } = {}): void {
  const onConflict = keepExisting ? 'DO NOTHING' : 'DO UPDATE SET value_json = excluded.value_json';
  statement(db, `INSERT INTO settings (key, value_json) VALUES ('settings', ?) ON CONFLICT (key) ${onConflict}`).run(json);
}

/** Whether a first-run step (`agencies-seeded`, `settings-seeded`) has been done in this database. */
export const isSeeded = (db: Database.Database, key: string): boolean => statement(db, 'SELECT 1 FROM meta WHERE key = ?').get(key) !== undefined;

export function markSeeded(db: Database.Database, key: string, at: string): void {
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?)').run(key, at);
}

/** A value kept in `meta` (e.g. the hash of the shipped directory last taken in); undefined when never set. */
export const metaValue = (db: Database.Database, key: string): string | undefined =>
  (statement(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;

export function setMetaValue(db: Database.Database, key: string, value: string): void {
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
