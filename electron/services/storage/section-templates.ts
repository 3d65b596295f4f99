/** Section templates the user saved (`section_templates`): a part of a notice, inserted at the caret. */
import type Database from 'better-sqlite3';
import { statement } from './statements';

/** The migration that creates the table (kept in one place: the number may be changed when parallel work lands). */
export const SECTION_TEMPLATES_MIGRATION = 7;

export interface SectionTemplateRow {
  id: string;
  name: string;
  description: string;
  /** `{ schemaVersion, body }`: the blocks as a notice document of that version, so old ones are migrated on read. */
  blocks_json: string;
}

export const listSectionTemplateRows = (db: Database.Database): SectionTemplateRow[] =>
  statement(db, 'SELECT id, name, description, blocks_json FROM section_templates ORDER BY name COLLATE NOCASE, created_at').all() as SectionTemplateRow[];

export const sectionTemplateRow = (db: Database.Database, id: string): SectionTemplateRow | undefined =>
  statement(db, 'SELECT id, name, description, blocks_json FROM section_templates WHERE id = ?').get(id) as SectionTemplateRow | undefined;

export function insertSectionTemplate(db: Database.Database, row: SectionTemplateRow, at: string): void {
  statement(db, 'INSERT INTO section_templates (id, name, description, blocks_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.name,
    row.description,
    row.blocks_json,
    at,
    at,
  );
}

export function updateSectionTemplate(db: Database.Database, row: SectionTemplateRow, at: string): void {
  statement(db, 'UPDATE section_templates SET name = ?, description = ?, blocks_json = ?, updated_at = ? WHERE id = ?').run(
    row.name,
    row.description,
    row.blocks_json,
    at,
    row.id,
  );
}

/** True when there was one to delete. */
export const deleteSectionTemplate = (db: Database.Database, id: string): boolean =>
  statement(db, 'DELETE FROM section_templates WHERE id = ?').run(id).changes > 0;
