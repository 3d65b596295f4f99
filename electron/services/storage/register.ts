/** The register of issued numbers (`register_entries`): one series per code and year, numbers never reused. */
import type Database from 'better-sqlite3';
import { statement } from './statements';

/** The next number of the series; call inside the write transaction that then takes it. */
export const nextRegisterNumber = (db: Database.Database, code: string, year: number): number =>
  (statement(db, 'SELECT COALESCE(MAX(number), 0) + 1 AS next FROM register_entries WHERE code = ? AND year = ?').get(code, year) as { next: number })
    .next;

export function insertRegisterEntry(
  db: Database.Database,
  entry: { code: string; year: number; number: number; noticeId: string; issueDate: string; issuedAt: string },
): void {
  statement(db, 'INSERT INTO register_entries (code, year, number, notice_id, issue_date, issued_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.code,
    entry.year,
    entry.number,
    entry.noticeId,
    entry.issueDate,
    entry.issuedAt,
  );
}
