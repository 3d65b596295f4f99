/**
 * The register of issued numbers (`register_entries`): one series per code and year, numbers never reused. Each
 * entry keeps what the register sheet records of its notice (trích yếu, signer, recipients) as it was issued, so
 * the register stays whole when a notice is later deleted. `register_starts` holds the number a year's series
 * starts at (an office that numbered on paper until mid-year goes on from there).
 */
import type Database from 'better-sqlite3';
import { parseStoredNotice } from '../../../shared/notice/migrate';
import type { Notice } from '../../../shared/notice/schema';
import { statement } from './statements';

/** The migration number of the register's details (the lead renumbers at merge if needed: keep it only here). */
export const REGISTER_DETAILS_MIGRATION = 8;

export interface RegisterDetails {
  summary: string;
  signerTitle: string;
  signerName: string;
  recipients: string[];
  /** Who keeps the copies ("VT, TH"): the sheet's "Đơn vị, người nhận bản lưu". */
  archive: string;
}

export function registerDetails(notice: Notice): RegisterDetails {
  return {
    summary: notice.summary,
    signerTitle: notice.signature.title,
    signerName: notice.signature.signerName,
    recipients: [...notice.recipients],
    archive: notice.archive,
  };
}

export function addRegisterDetails(db: Database.Database): void {
  db.exec(`
    ALTER TABLE register_entries ADD COLUMN summary TEXT NOT NULL DEFAULT '';
    ALTER TABLE register_entries ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';
    ALTER TABLE register_entries ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE register_entries ADD COLUMN recipients_json TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE register_entries ADD COLUMN archive TEXT NOT NULL DEFAULT '';
    CREATE TABLE register_starts (
      code TEXT NOT NULL,
      year INTEGER NOT NULL,
      start_number INTEGER NOT NULL CHECK (start_number >= 1),
      PRIMARY KEY (code, year)
    );
  `);
  // Entries made before: their notice's stored document is the issued one (an issued notice is read-only).
  const rows = db
    .prepare('SELECT r.code, r.year, r.number, d.notice_json FROM register_entries r JOIN notice_documents d ON d.notice_id = r.notice_id')
    .all() as { code: string; year: number; number: number; notice_json: string }[];
  const update = db.prepare(
    'UPDATE register_entries SET summary = ?, signer_title = ?, signer_name = ?, recipients_json = ?, archive = ? WHERE code = ? AND year = ? AND number = ?',
  );
  for (const row of rows) {
    const details = registerDetails(parseStoredNotice(JSON.parse(row.notice_json)));
    update.run(details.summary, details.signerTitle, details.signerName, JSON.stringify(details.recipients), details.archive, row.code, row.year, row.number);
  }
}

/** The number a year's series starts at, when one was set. */
export const registerStart = (db: Database.Database, code: string, year: number): number | undefined =>
  (statement(db, 'SELECT start_number FROM register_starts WHERE code = ? AND year = ?').get(code, year) as { start_number: number } | undefined)
    ?.start_number;

export function setRegisterStart(db: Database.Database, code: string, year: number, startNumber: number): void {
  statement(
    db,
    'INSERT INTO register_starts (code, year, start_number) VALUES (?, ?, ?) ON CONFLICT (code, year) DO UPDATE SET start_number = excluded.start_number',
  ).run(code, year, startNumber);
}

/** The highest number given in the series, 0 when none. */
export const lastRegisterNumber = (db: Database.Database, code: string, year: number): number =>
  (statement(db, 'SELECT COALESCE(MAX(number), 0) AS last FROM register_entries WHERE code = ? AND year = ?').get(code, year) as { last: number })
    .last;

/** The next number of the series (after the last given, and not below the year's start); call inside the write transaction that then takes it. */
export const nextRegisterNumber = (db: Database.Database, code: string, year: number): number =>
  Math.max(lastRegisterNumber(db, code, year) + 1, registerStart(db, code, year) ?? 1);

export function insertRegisterEntry(
  db: Database.Database,
  entry: { code: string; year: number; number: number; noticeId: string; issueDate: string; issuedAt: string } & RegisterDetails,
): void {
  statement(
    db,
    `INSERT INTO register_entries (code, year, number, notice_id, issue_date, issued_at, summary, signer_title, signer_name, recipients_json, archive)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.code,
    entry.year,
    entry.number,
    entry.noticeId,
    entry.issueDate,
    entry.issuedAt,
    entry.summary,
    entry.signerTitle,
    entry.signerName,
    JSON.stringify(entry.recipients),
    entry.archive,
  );
}

export interface RegisterRow {
  number: number;
  notice_id: string | null;
  issue_date: string;
  summary: string;
  signer_title: string;
  signer_name: string;
  recipients_json: string;
  archive: string;
}

/** A series in number order. */
export const registerEntries = (db: Database.Database, code: string, year: number): RegisterRow[] =>
  statement(
    db,
    `SELECT number, notice_id, issue_date, summary, signer_title, signer_name, recipients_json, archive
     FROM register_entries WHERE code = ? AND year = ? ORDER BY number`,
  ).all(code, year) as RegisterRow[];

/** Every series that has entries or a start number, newest year first. */
export const registerSeries = (db: Database.Database): { code: string; year: number; count: number }[] =>
  statement(
    db,
    `SELECT code, year, SUM(n) AS count FROM (
       SELECT code, year, COUNT(*) AS n FROM register_entries GROUP BY code, year
       UNION ALL SELECT code, year, 0 FROM register_starts
     ) GROUP BY code, year ORDER BY year DESC, code`,
  ).all() as { code: string; year: number; count: number }[];
