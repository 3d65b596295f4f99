/** Notice templates (`templates`): the built-in ones the app ships, refreshed on start, and those users save. */
import type Database from 'better-sqlite3';
import { statement } from './statements';

export interface TemplateRow {
  id: string;
  name: string;
  description: string;
  built_in: number;
  sort_order: number;
  notice_json: string;
}

export const templateRow = (db: Database.Database, id: string): Pick<TemplateRow, 'id' | 'notice_json'> | undefined =>
  statement(db, 'SELECT id, notice_json FROM templates WHERE id = ?').get(id) as Pick<TemplateRow, 'id' | 'notice_json'> | undefined;

/** Built-in first, then in their order, then by name. */
export const listTemplateRows = (db: Database.Database): Pick<TemplateRow, 'id' | 'name' | 'description' | 'built_in'>[] =>
  statement(db, 'SELECT id, name, description, built_in FROM templates ORDER BY built_in DESC, sort_order, name').all() as Pick<
    TemplateRow,
    'id' | 'name' | 'description' | 'built_in'
  >[];

/** A template a user saved: placed after the others. */
export function insertUserTemplate(
  db: Database.Database,
  template: { id: string; name: string; description: string; json: string; at: string },
): void {
  const { next } = statement(db, 'SELECT COALESCE(MAX(sort_order), 0) + 1 AS next FROM templates').get() as { next: number };
  statement(db, 'INSERT INTO templates (id, name, description, built_in, sort_order, notice_json, created_at) VALUES (?, ?, ?, 0, ?, ?, ?)').run(
    template.id,
    template.name,
    template.description,
    next,
    template.json,
    template.at,
  );
}

export const builtInTemplateRows = (db: Database.Database): Omit<TemplateRow, 'built_in'>[] =>
  statement(db, 'SELECT id, name, description, sort_order, notice_json FROM templates WHERE built_in = 1').all() as Omit<TemplateRow, 'built_in'>[];

/** Adds or refreshes a built-in template; a user's template of the same id is left alone. */
export function upsertBuiltInTemplate(db: Database.Database, template: Omit<TemplateRow, 'built_in'>, at: string): void {
  statement(
    db,
    `INSERT INTO templates (id, name, description, built_in, sort_order, notice_json, created_at) VALUES (?, ?, ?, 1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
       sort_order = excluded.sort_order, notice_json = excluded.notice_json WHERE built_in = 1`,
  ).run(template.id, template.name, template.description, template.sort_order, template.notice_json, at);
}
