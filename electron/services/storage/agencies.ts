/**
 * The agency directory (`agencies`), in its display order, with each agency's history: validity dates, successors
 * (a JSON array), how it ended and the source. Aliases are stored as a JSON array.
 */
import type Database from 'better-sqlite3';
import type { Agency } from '../../../shared/agencies/schema';
import { statement } from './statements';

/** The schema version whose migration added the history columns this module reads and writes. */
export const AGENCY_HISTORY_SCHEMA_VERSION = 4;

interface AgencyRow {
  id: string;
  name: string;
  short_name: string;
  aliases_json: string;
  kind: Agency['kind'];
  valid_from: string | null;
  valid_until: string | null;
  successors_json: string;
  end_kind: Agency['endKind'] | null;
  source: string | null;
}

const COLUMNS = 'id, name, short_name, aliases_json, kind, valid_from, valid_until, successors_json, end_kind, source';

function agencyFromRow(r: AgencyRow): Agency {
  return {
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    aliases: JSON.parse(r.aliases_json) as string[],
    kind: r.kind,
    successors: JSON.parse(r.successors_json) as Agency['successors'],
    ...(r.valid_from ? { validFrom: r.valid_from } : {}),
    ...(r.valid_until ? { validUntil: r.valid_until } : {}),
    ...(r.end_kind ? { endKind: r.end_kind } : {}),
    ...(r.source ? { source: r.source } : {}),
  };
}

function values(agency: Agency): unknown[] {
  return [
    agency.name,
    agency.shortName,
    JSON.stringify(agency.aliases),
    agency.kind,
    agency.validFrom ?? null,
    agency.validUntil ?? null,
    JSON.stringify(agency.successors),
    agency.endKind ?? null,
    agency.source ?? null,
  ];
}

export function listAgencyRows(db: Database.Database): Agency[] {
  return (statement(db, `SELECT ${COLUMNS} FROM agencies ORDER BY sort_order, id`).all() as AgencyRow[]).map(agencyFromRow);
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
    `INSERT INTO agencies (${COLUMNS}, sort_order, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ${placement.keepExisting ? 'ON CONFLICT (id) DO NOTHING' : ''}`,
  ).run(agency.id, ...values(agency), order, at);
}

/** Writes every field of the agency, its history included. False when no agency has that id. */
export function updateAgencyRow(db: Database.Database, agency: Agency, at: string): boolean {
  return (
    statement(
      db,
      `UPDATE agencies SET name = ?, short_name = ?, aliases_json = ?, kind = ?, valid_from = ?, valid_until = ?,
         successors_json = ?, end_kind = ?, source = ?, updated_at = ? WHERE id = ?`,
    ).run(...values(agency), at, agency.id).changes > 0
  );
}

export function deleteAgencyRow(db: Database.Database, id: string): boolean {
  return statement(db, 'DELETE FROM agencies WHERE id = ?').run(id).changes > 0;
}

/** Puts the rows in the given id order (the shipped directory's), the others after them in their own order. */
export function orderAgencies(db: Database.Database, ids: readonly string[]): void {
  const position = new Map(ids.map((id, index) => [id, index + 1]));
  const rest = listAgencyRows(db).filter((a) => !position.has(a.id));
  rest.forEach((a, index) => position.set(a.id, ids.length + index + 1));
  for (const [id, order] of position) statement(db, 'UPDATE agencies SET sort_order = ? WHERE id = ?').run(order, id);
}

/** The notices whose documents link agency `id` (from the index kept beside each notice). */
export function noticesLinkingAgency(db: Database.Database, id: string): string[] {
  return (statement(db, 'SELECT notice_id FROM notice_agencies WHERE agency_id = ?').all(id) as { notice_id: string }[]).map(
    (r) => r.notice_id,
  );
}
