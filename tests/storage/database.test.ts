/**
 * The database file: settings, migrations from the first version, and files the app must refuse without
 * touching them (corrupt, or made by a newer version), with the move-aside that lets the app start fresh.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, dataDirFromArgs, defaultAppDataDir, resolveDataDir } from '../../electron/services/data-dir';
import { openLibrary } from '../../electron/services/library/open';
import { databasePath, moveDatabaseAside } from '../../electron/services/storage/database';
import { DatabaseOpenError } from '../../electron/services/storage/errors';
import { LATEST_SCHEMA_VERSION } from '../../electron/services/storage/migrations';
import { call, openTestLibrary, sampleNotice, sha256, tempDir } from '../library/helpers';

function newDataDir(): string {
  return path.join(tempDir(), 'data');
}

/** What opening `dataDir` throws (it must throw). */
function openError(dataDir: string): DatabaseOpenError {
  try {
    openLibrary({ dataDir }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return error as DatabaseOpenError;
  }
  throw new Error('the library opened');
}

describe('the database file', () => {
  it('is one file, thongbao.db, in WAL mode with foreign keys, FULL sync and a busy timeout', () => {
    const dataDir = newDataDir();
    const library = openTestLibrary({ dataDir });
    expect(fs.existsSync(path.join(dataDir, 'thongbao.db'))).toBe(true);
    const { db } = library;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('upgrades a database made by the first version, indexing the notices it holds', async () => {
    const dataDir = newDataDir();
    // The first release: schema version 1, no full-text index. Its notices are written as it wrote them.
    const v1 = openLibrary({ dataDir, targetVersion: 1 });
    expect(v1.db.pragma('user_version', { simple: true })).toBe(1);
    const sample = sampleNotice();
    v1.db
      .prepare(
        `INSERT INTO notices (id, title, meeting_date, template_id, status, code, to_review_count, revision_id, created_at, updated_at)
         VALUES ('v1-notice', ?, ?, ?, 'draft', ?, 0, 1, '2020-10-01T02:00:00.000Z', '2020-10-01T02:00:00.000Z')`,
      )
      .run(sample.summary, sample.meeting.date, sample.templateId, sample.code);
    v1.db.prepare(`INSERT INTO notice_documents (notice_id, notice_json) VALUES ('v1-notice', ?)`).run(JSON.stringify(sample));
    v1.db
      .prepare(`INSERT INTO revisions (id, notice_id, reason, notice_json, created_at, saved_at) VALUES (1, 'v1-notice', 'create', ?, ?, ?)`)
      .run(JSON.stringify(sample), '2020-10-01T02:00:00.000Z', '2020-10-01T02:00:00.000Z');
    expect(v1.db.prepare("SELECT name FROM sqlite_master WHERE name = 'notice_search'").get()).toBeUndefined();
    v1.close();

    const upgraded = openTestLibrary({ dataDir });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect((await call(upgraded, 'getNotice', { id: 'v1-notice' })).notice).toEqual(sample);
    expect((await call(upgraded, 'searchNotices', { query: 'phien hop thang 9' })).results.map((r) => r.id)).toEqual(['v1-notice']);
    expect((await call(upgraded, 'listRevisions', { id: 'v1-notice' })).revisions).toHaveLength(1);
    const { revisionId: base } = await call(upgraded, 'getNotice', { id: 'v1-notice' });
    const saved = await call(upgraded, 'saveNotice', { id: 'v1-notice', notice: { ...sample, summary: 'Sau khi nâng cấp' }, reason: 'manual', baseRevisionId: base });
    expect(saved.revisionId).toBe(2);
    expect(upgraded.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('a database the app cannot use', () => {
  it('refuses a file that is not a database, with a Vietnamese message, and leaves it untouched', () => {
    const dataDir = newDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    const file = databasePath(dataDir);
    fs.writeFileSync(file, Buffer.from('Đây không phải cơ sở dữ liệu. '.repeat(400)));
    const before = sha256(file);
    const error = openError(dataDir);
    expect(error.problem).toBe('corrupt');
    expect(error.code).toBe('storage');
    expect(error.message).toContain('bị hỏng');
    expect(error.message).toContain(file);
    expect(sha256(file)).toBe(before);
  });

  it('refuses a database with damaged pages and leaves it untouched', async () => {
    const dataDir = newDataDir();
    const library = openLibrary({ dataDir });
    for (let i = 0; i < 20; i++) await call(library, 'createFromNotice', { notice: sampleNotice() });
    library.close();
    const file = databasePath(dataDir);
    const raw = new Database(file, { readonly: true });
    const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'notices'").get() as { rootpage: number };
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const bytes = fs.readFileSync(file);
    // Scribble over the notices table's page, as a failing disk would.
    bytes.fill(0x5a, (rootpage - 1) * pageSize + 8, rootpage * pageSize - 100);
    fs.writeFileSync(file, bytes);
    const before = sha256(file);
    const error = openError(dataDir);
    expect(error.problem).toBe('corrupt');
    expect(sha256(file)).toBe(before);
  });

  it('reports damage found later, outside the tables checked at start, as a storage error in Vietnamese', async () => {
    const dataDir = newDataDir();
    const first = openLibrary({ dataDir });
    const { id } = await call(first, 'createFromNotice', { notice: sampleNotice() });
    first.close();
    const file = databasePath(dataDir);
    const raw = new Database(file, { readonly: true });
    const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'notice_documents'").get() as { rootpage: number };
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, (rootpage - 1) * pageSize + 8, rootpage * pageSize - 100);
    fs.writeFileSync(file, bytes);

    const library = openTestLibrary({ dataDir });
    expect((await call(library, 'listNotices', {})).total).toBe(1);
    await expect(call(library, 'getNotice', { id })).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('bị hỏng') });
  });

  it('moves a corrupt file aside, with its WAL, never deleting or overwriting, so the app starts fresh', async () => {
    const dataDir = newDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    const file = databasePath(dataDir);
    fs.writeFileSync(file, Buffer.alloc(8192, 0x42));
    fs.writeFileSync(`${file}-wal`, 'wal bytes');
    const before = sha256(file);
    expect(openError(dataDir).problem).toBe('corrupt');

    const at = new Date('2026-11-27T09:30:00.000Z');
    const moved = moveDatabaseAside(dataDir, at);
    expect(path.basename(moved)).toBe('thongbao.db.corrupt-2026-11-27T09-30-00-000Z');
    expect(sha256(moved)).toBe(before);
    expect(fs.readFileSync(`${moved}-wal`, 'utf8')).toBe('wal bytes');
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    const fresh = openTestLibrary({ dataDir });
    expect((await call(fresh, 'listNotices', {})).total).toBe(0);
    fresh.close();

    // A second move at the same moment does not overwrite the first.
    fs.writeFileSync(file, Buffer.alloc(8192, 0x43));
    const second = moveDatabaseAside(dataDir, at);
    expect(second).not.toBe(moved);
    expect(sha256(moved)).toBe(before);
  });

  it('refuses a database from a newer version of the app and leaves it untouched', () => {
    const dataDir = newDataDir();
    openLibrary({ dataDir }).close();
    const file = databasePath(dataDir);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = sha256(file);
    const error = openError(dataDir);
    expect(error.problem).toBe('too-new');
    expect(error.message).toContain('phiên bản ThongBao Studio mới hơn');
    expect(sha256(file)).toBe(before);
  });
});

describe('the data folder', () => {
  it('takes --data-dir, then THONGBAO_DATA_DIR, then the per-OS app data folder', () => {
    expect(dataDirFromArgs(['list', '--data-dir', '/srv/tb'])).toBe('/srv/tb');
    expect(dataDirFromArgs(['list', '--data-dir=/srv/tb2'])).toBe('/srv/tb2');
    expect(dataDirFromArgs(['list'])).toBeUndefined();
    const env = { [DATA_DIR_ENV]: '/var/tb' };
    expect(resolveDataDir({ argv: ['--data-dir', '/srv/tb'], env })).toBe('/srv/tb');
    expect(resolveDataDir({ argv: [], env })).toBe('/var/tb');
    expect(resolveDataDir({ argv: [], env: {}, platform: 'linux', home: '/home/thu' })).toBe('/home/thu/.config/ThongBao Studio');
    expect(defaultAppDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/thu')).toBe('/cfg/ThongBao Studio');
    expect(defaultAppDataDir('darwin', {}, '/Users/thu')).toBe('/Users/thu/Library/Application Support/ThongBao Studio');
    expect(defaultAppDataDir('win32', { APPDATA: 'C:\\Users\\thu\\AppData\\Roaming' }, 'C:\\Users\\thu')).toBe(
      'C:\\Users\\thu\\AppData\\Roaming\\ThongBao Studio',
    );
  });
});
