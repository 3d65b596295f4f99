/**
 * Whose file is at the database path: our databases are marked (PRAGMA application_id) and anything else is
 * refused untouched with its own Vietnamese message; a crash during the very first start leaves a rollback
 * journal that the real start paths (library, command line, Electron's start decision) recover from.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { openLibraryOrExplain } from '../../electron/main/start-library';
import { openLibrary } from '../../electron/services/library/open';
import { databasePath, moveDatabaseAside } from '../../electron/services/storage/database';
import { DatabaseOpenError } from '../../electron/services/storage/errors';
import { APPLICATION_ID } from '../../electron/services/storage/identity';
import { runCli } from '../cli/run-cli';
import { call, sampleNotice, tempDir } from '../library/helpers';
import {
  firstStartCrashImage,
  folderInPlaceOfDatabase,
  foreignCrashImage,
  foreignDatabase,
  foreignNoticesTable,
  negativeVersionDatabase,
  snapshot,
} from './fixtures/hostile-databases';

const newDataDir = () => path.join(tempDir(), 'data');

function openError(dataDir: string): DatabaseOpenError {
  try {
    openLibrary({ dataDir }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return error as DatabaseOpenError;
  }
  throw new Error('the library opened');
}

const REFUSED = [
  { state: 'another program’s SQLite file', make: foreignDatabase, problem: 'foreign', says: 'dữ liệu của một chương trình khác' },
  { state: 'a foreign table called notices', make: foreignNoticesTable, problem: 'foreign', says: 'dữ liệu của một chương trình khác' },
  { state: 'another program’s file with a leftover journal', make: foreignCrashImage, problem: 'foreign', says: 'dữ liệu của một chương trình khác' },
  { state: 'user_version −1', make: negativeVersionDatabase, problem: 'bad-version', says: 'số phiên bản cấu trúc không hợp lệ (-1)' },
  { state: 'thongbao.db being a folder', make: folderInPlaceOfDatabase, problem: 'not-a-file', says: 'là một thư mục' },
] as const;

describe('a crash during the very first start', () => {
  it('leaves a journal a read-only look cannot replay (the fixture is a real crash image)', () => {
    const dataDir = newDataDir();
    firstStartCrashImage(dataDir);
    expect(fs.statSync(databasePath(dataDir)).size).toBeGreaterThan(0);
    expect(() => new Database(databasePath(dataDir), { readonly: true }).prepare('SELECT 1 FROM sqlite_master').all()).toThrow(
      expect.objectContaining({ code: 'SQLITE_READONLY_ROLLBACK' }),
    );
  });

  it('is rolled back when the library opens, which then works and is marked as ours', async () => {
    const dataDir = newDataDir();
    firstStartCrashImage(dataDir);
    const library = openLibrary({ dataDir });
    expect(fs.existsSync(`${databasePath(dataDir)}-journal`)).toBe(false);
    expect(library.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(library.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'filler'").get()).toEqual({ n: 0 });
    const { id } = await call(library, 'createFromNotice', { notice: sampleNotice() });
    expect((await call(library, 'listNotices', {})).notices.map((n) => n.id)).toEqual([id]);
    library.close();
  });

  it('does not stop the command line', async () => {
    const dataDir = newDataDir();
    firstStartCrashImage(dataDir);
    const result = await runCli(['list', '--data-dir', dataDir], { cwd: path.dirname(dataDir) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('does not stop the desktop app: its start decision opens the library without a message box', () => {
    const dataDir = newDataDir();
    firstStartCrashImage(dataDir);
    const asked: MessageBoxOptions[] = [];
    const library = openLibraryOrExplain({
      open: () => openLibrary({ dataDir }),
      ask: (options) => asked.push(options) && 0,
      moveAside: () => moveDatabaseAside(dataDir),
    });
    expect(asked).toEqual([]);
    expect(library).toBeDefined();
    library?.close();
  });
});

describe('our databases are marked', () => {
  it('a new database carries the application id', () => {
    const dataDir = newDataDir();
    const library = openLibrary({ dataDir });
    expect(library.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    library.close();
  });

  it('a database from before the mark is recognised by its tables and marked', async () => {
    const dataDir = newDataDir();
    const old = openLibrary({ dataDir, targetVersion: 2 });
    expect(old.db.pragma('application_id', { simple: true })).toBe(0);
    // Written as the version of that time wrote it (today's code writes columns later migrations add).
    const id = 'thong-bao-truoc-dau';
    const at = '2026-01-05T01:00:00.000Z';
    old.db
      .prepare("INSERT INTO notices (id, title, status, code, created_at, updated_at) VALUES (?, 'Thông báo cũ', 'draft', 'TB-VP', ?, ?)")
      .run(id, at, at);
    old.db.prepare('INSERT INTO notice_documents (notice_id, notice_json) VALUES (?, ?)').run(id, JSON.stringify(sampleNotice()));
    old.close();
    const library = openLibrary({ dataDir });
    expect(library.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect((await call(library, 'listNotices', {})).notices.map((n) => n.id)).toEqual([id]);
    library.close();
  });
});

describe.each(REFUSED)('$state', ({ make, problem, says }) => {
  it('is refused untouched, with a Vietnamese message that says what to do', () => {
    const dataDir = newDataDir();
    make(dataDir);
    const before = snapshot(dataDir);
    const error = openError(dataDir);
    expect(error.problem).toBe(problem);
    expect(error.message).toContain(says);
    expect(error.message).toContain(databasePath(dataDir));
    expect(error.message).toMatch(/Hãy|Có thể/u);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('stops the command line with exit 2, the message and no stack trace', async () => {
    const dataDir = newDataDir();
    make(dataDir);
    const before = snapshot(dataDir);
    const result = await runCli(['list', '--data-dir', dataDir], { cwd: path.dirname(dataDir) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(says);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('is explained by the desktop app’s start decision, which offers moving aside only for a bad version', () => {
    const dataDir = newDataDir();
    make(dataDir);
    const asked: MessageBoxOptions[] = [];
    const library = openLibraryOrExplain({
      open: () => openLibrary({ dataDir }),
      ask: (options) => asked.push(options) && 0,
      moveAside: () => moveDatabaseAside(dataDir),
    });
    expect(library).toBeUndefined();
    expect(asked).toHaveLength(1);
    expect(asked[0]?.detail).toContain(says);
    expect(asked[0]?.buttons).toHaveLength(problem === 'bad-version' ? 2 : 1);
  });
});
