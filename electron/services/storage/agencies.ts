/** The agency directory (`agencies`), in its display order; aliases are stored as a JSON array. */
import type Database from 'better-sqlite3';
import type { Agency } from '../../../shared/agencies/schema';
import { statement } from './statements';

export function listAgencyRows(db: Database.Database): Agency[] {
  const rows = statement(db, 'SELECT id, name, short_name, aliases_json, kind FROM agencies ORDER BY sort_order, id').all() as {
    id: string;
    name: string;
    short_name: string;
    aliases_json: string;
    kind: Agency['kind'];
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, aliases: JSON.parse(r.aliases_json) as string[], kind: r.kind }));
}

export const agencyIdTaken = (db: Database.Database, id: string): boolean => statement(db, 'SELECT 1 FROM agencies WHERE id = ?').get(id) !== undefined;

/**
 * Adds an agency, placed after the others unless `order` is given. With `keepExisting`, an agency of the same id
 * stays as it is (seeding a directory the user may have edited).
 */
export function insertAgency(db: Database.Database, agency: Agency, at: string, placement: { order?: number; keepExisting?: boolean } = {}): void {
  const order =
    placement.order ?? (statement(db, 'SELECT COALESCE(MAX(sort_order), 0) + 1 AS next FROM agencies').get() as { next: number }).next;
  statement(
    db,
    `INSERT INTO agencies (id, name, short_name, aliases_json, kind, sort_order, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ${placement.keepExisting ? 'ON CONFLICT (id) DO NOTHING' : ''}`,
  ).run(agency.id, agency.name, agency.shortName, JSON.stringify(agency.aliases), agency.kind, order, at);
}

/** False when no agency has that id. */
export function updateAgencyRow(db: Database.Database, agency: Agency, at: string): boolean {
  const result = statement(db, 'UPDATE agencies SET name = ?, short_name = ?, aliases_json = ?, kind = ?, updated_at = ? WHERE id = ?').run(
    agency.name,
    agency.shortName,
    JSON.stringify(agency.aliases),
    agency.kind,
    at,
    agency.id,
  );
  return result.changes > 0;
}
