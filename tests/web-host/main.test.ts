/**
 * `npm run web` as a user runs it: a real process with its own data folder, stopped by a signal.
 * The entry point builds the renderer first when out/renderer is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  firstStartCrashImage,
  folderInPlaceOfDatabase,
  foreignDatabase,
  foreignNoticesTable,
  negativeVersionDatabase,
  snapshot,
} from '../storage/fixtures/hostile-databases';

const ROOT = path.resolve(__dirname, '../..');
const URL_LINE = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/u;

let workDir: string;
const running = new Set<ChildProcess>();

interface Launched {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function launch(args: string[], env: NodeJS.ProcessEnv = {}): Launched {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, THONGBAO_DATA_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, output: () => output, exited };
}

/** The printed address, once the host is up (or the output so far when the process ends first). */
async function started(launched: Launched): Promise<{ port: number; token: string }> {
  let ended = false;
  void launched.exited.then(() => (ended = true));
  for (;;) {
    const match = URL_LINE.exec(launched.output());
    if (match) return { port: Number(match[1]), token: match[2]! };
    if (ended) throw new Error(`web host ended before starting:\n${launched.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'thongbao-web-main-'));
});

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('npm run web', () => {
  it('serves the app and the library from the data folder, and stops cleanly on SIGTERM', async () => {
    const dataDir = path.join(workDir, 'data-term');
    const web = launch(['--data-dir', dataDir, '--port', '0']);
    const { port, token } = await started(web);
    expect(web.output()).toContain(`Thư mục dữ liệu: ${dataDir}`);

    const page = await fetch(`http://127.0.0.1:${port}/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<div id="root">');
    expect(existsSync(path.join(ROOT, 'out', 'renderer', 'index.html'))).toBe(true);

    const call = (method: string, body: unknown) =>
      fetch(`http://127.0.0.1:${port}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-ThongBao-Token': token },
        body: JSON.stringify(body),
      });
    const created = (await (await call('createFromTemplate', { templateId: 'monthly-session' })).json()) as { id: string };
    expect(created.id).toBeTruthy();
    expect((await call('listNotices', {})).status).toBe(200);
    expect(existsSync(path.join(dataDir, 'thongbao.db'))).toBe(true);

    web.child.kill('SIGTERM');
    expect(await web.exited).toEqual({ code: 0, signal: null });
    expect(web.output()).toContain('Đang dừng…');

    // The notice is in the data folder for the next launch, which gets a new token.
    const again = launch(['--data-dir', dataDir]);
    const second = await started(again);
    expect(second.token).not.toBe(token);
    const list = await fetch(`http://127.0.0.1:${second.port}/api/listNotices`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-ThongBao-Token': second.token },
      body: '{}',
    });
    expect(((await list.json()) as { notices: { id: string }[] }).notices.map((n) => n.id)).toEqual([created.id]);
    const old = await fetch(`http://127.0.0.1:${second.port}/api/listNotices`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-ThongBao-Token': token },
      body: '{}',
    });
    expect(old.status).toBe(401);
    again.child.kill('SIGINT');
    expect(await again.exited).toEqual({ code: 0, signal: null });
  }, 240_000); // the first launch builds the renderer when out/renderer is missing

  it('takes the data folder from THONGBAO_DATA_DIR', async () => {
    const dataDir = path.join(workDir, 'data-env');
    const web = launch([], { THONGBAO_DATA_DIR: dataDir });
    await started(web);
    expect(web.output()).toContain(`Thư mục dữ liệu: ${dataDir}`);
    expect(existsSync(path.join(dataDir, 'thongbao.db'))).toBe(true);
    web.child.kill('SIGTERM');
    expect((await web.exited).code).toBe(0);
  });

  it('refuses a corrupt database without touching it, and moves it aside when asked', async () => {
    const dataDir = path.join(workDir, 'data-corrupt');
    mkdirSync(dataDir, { recursive: true });
    const garbage = Buffer.from('Đây không phải là cơ sở dữ liệu SQLite. '.repeat(200), 'utf8');
    writeFileSync(path.join(dataDir, 'thongbao.db'), garbage);

    const refused = launch(['--data-dir', dataDir]);
    expect((await refused.exited).code).toBe(2);
    expect(refused.output()).toMatch(/bị hỏng/u);
    expect(refused.output()).toContain('--move-aside');
    expect(readFileSync(path.join(dataDir, 'thongbao.db')).equals(garbage)).toBe(true);

    const moved = launch(['--data-dir', dataDir, '--move-aside']);
    await started(moved);
    expect(moved.output()).toMatch(/Đã chuyển tệp dữ liệu hỏng sang: .*thongbao\.db\.corrupt-/u);
    const aside = readdirSync(dataDir).find((f) => f.startsWith('thongbao.db.corrupt-') && !f.endsWith('-wal') && !f.endsWith('-shm'));
    expect(aside).toBeDefined();
    expect(readFileSync(path.join(dataDir, aside!)).equals(garbage)).toBe(true);
    moved.child.kill('SIGTERM');
    expect((await moved.exited).code).toBe(0);
  });

  it('starts after a crash during the very first start left a rollback journal', async () => {
    const dataDir = path.join(workDir, 'data-first-start-crash');
    firstStartCrashImage(dataDir);
    const web = launch(['--data-dir', dataDir]);
    await started(web);
    expect(existsSync(path.join(dataDir, 'thongbao.db-journal'))).toBe(false);
    web.child.kill('SIGTERM');
    expect((await web.exited).code).toBe(0);
  });

  it.each([
    { state: 'another program’s database', make: foreignDatabase, says: 'dữ liệu của một chương trình khác' },
    { state: 'a foreign notices table', make: foreignNoticesTable, says: 'dữ liệu của một chương trình khác' },
    { state: 'user_version −1', make: negativeVersionDatabase, says: 'số phiên bản cấu trúc không hợp lệ' },
    { state: 'a folder named thongbao.db', make: folderInPlaceOfDatabase, says: 'là một thư mục' },
  ])('refuses $state with exit 2, its Vietnamese message and no stack trace, touching nothing', async ({ make, says }) => {
    const dataDir = mkdtempSync(path.join(workDir, 'data-refused-'));
    make(dataDir);
    const before = snapshot(dataDir);
    const refused = launch(['--data-dir', dataDir]);
    expect((await refused.exited).code).toBe(2);
    expect(refused.output()).toContain(says);
    expect(refused.output()).not.toMatch(/\n\s+at /u);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('explains a bad port and a port in use', async () => {
    const bad = launch(['--data-dir', path.join(workDir, 'data-port'), '--port', 'abc']);
    expect((await bad.exited).code).toBe(2);
    expect(bad.output()).toContain('Cổng không hợp lệ: "abc"');

    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const busy = launch(['--data-dir', path.join(workDir, 'data-port'), '--port', String(port)]);
      expect((await busy.exited).code).toBe(2);
      expect(busy.output()).toContain(`Cổng ${port} đang được chương trình khác dùng`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
