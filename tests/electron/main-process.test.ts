/**
 * The main process's wiring (electron/main/index.ts), loaded in Node with a recording stand-in for the `electron`
 * module (tests/electron/support/fake-electron.ts): what it registers before and after `ready`, the window it opens,
 * the IPC handlers answering from the real library — opened through the packaged app's native-module path — the
 * export through the test hook, single instance, window state, crash recovery.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiMethodNames } from '../../shared/api';
import { DESKTOP_CHANNELS, type IpcResult } from '../../shared/desktop-bridge';
import { ROOT, tempDir } from '../library/helpers';
import { emit, fake, resetFake } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electronModule);

const require = createRequire(import.meta.url);
const appFrame = { senderFrame: { url: 'app://thongbao/index.html#/', parent: null } };
const savedEnv = { ...process.env };

afterEach(() => {
  // Closes the library the app opened, as quitting would.
  emit(fake.appListeners, 'will-quit');
  process.env = { ...savedEnv };
  Reflect.deleteProperty(process, 'resourcesPath');
});

/** Loads the main process as a fresh module, with an installed app's resources folder; waits for its start-up. */
async function startMain(options: { withNativeModule?: boolean; exportPath?: string } = {}) {
  const base = tempDir('thongbao-main-');
  const dataDir = path.join(base, 'data');
  const resources = path.join(base, 'resources');
  if (options.withNativeModule !== false) {
    fs.mkdirSync(path.join(resources, 'native'), { recursive: true });
    // In Node the Node build is the right one: what matters is that the app loads it from resources/native/.
    const nodeBuild = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    fs.copyFileSync(nodeBuild, path.join(resources, 'native', 'better_sqlite3.node'));
  }
  Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true, writable: true });
  resetFake({ userData: path.join(base, 'userData'), documents: path.join(base, 'Documents') }, ROOT);
  process.env.THONGBAO_DATA_DIR = dataDir;
  if (options.exportPath) process.env.THONGBAO_TEST_EXPORT_PATH = options.exportPath;
  vi.resetModules();
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(fake.windows.length + fake.quitCalls).toBeGreaterThan(0));
  const invoke = async (channel: string, payload?: unknown, event: unknown = appFrame) =>
    (await (fake.ipcHandlers.get(channel) as (e: unknown, p: unknown) => Promise<IpcResult<unknown>>)(event, payload)) as IpcResult<Record<string, unknown>>;
  return { dataDir, invoke };
}

describe('the main process', () => {
  it('registers the app:// scheme, keeps its data in the chosen folder, hardens the session and opens one window on the app', async () => {
    const { dataDir } = await startMain();
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }]);
    expect(fake.commandLineSwitches).toContain('lang=vi');
    expect(fake.paths.userData).toBe(dataDir);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect(fake.headersListener).toBeTypeOf('function');
    const granted = vi.fn();
    fake.permissionRequest?.({}, 'media', granted, {});
    expect(granted).toHaveBeenCalledWith(false);
    expect(fake.permissionCheck?.({}, 'notifications', 'app://thongbao', {})).toBe(false);

    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.loadedUrl).toBe('app://thongbao/index.html');
    expect(window.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect((window.options as unknown as { webPreferences: { preload: string } }).webPreferences.preload).toMatch(/preload[/\\]index\.cjs$/);
    emit(window.listeners, 'ready-to-show');
    expect(window.shown).toBe(1);

    const menu = fake.menus[0]?.template as { label: string }[];
    expect(menu.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it('answers every API method over IPC from the library in the data folder, and refuses other senders', async () => {
    const { dataDir, invoke } = await startMain();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      [
        ...apiMethodNames.map((m) => `api:${m}`),
        DESKTOP_CHANNELS.exportToFile,
        DESKTOP_CHANNELS.exportPdfToFile,
        DESKTOP_CHANNELS.exportReviewCopyToFile,
        DESKTOP_CHANNELS.importFromFile,
      ].sort(),
    );
    const created = await invoke('api:createFromTemplate', { templateId: 'monthly-session' });
    expect(created.ok).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'thongbao.db'))).toBe(true);
    expect(await invoke('api:listNotices', {})).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await invoke('api:listNotices', {}, { senderFrame: { url: 'https://example.com/', parent: null } })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await invoke(DESKTOP_CHANNELS.importFromFile)).toEqual({ ok: true, value: { cancelled: true } });
  });

  it('exports to the path of the test hook instead of asking, atomically', async () => {
    const exportPath = path.join(tempDir('thongbao-main-export-'), 'TB-hook.docx');
    const { invoke } = await startMain({ exportPath });
    const created = await invoke('api:createFromTemplate', { templateId: 'monthly-session' });
    const id = (created as unknown as { value: { id: string } }).value.id;
    expect(await invoke(DESKTOP_CHANNELS.exportToFile, { id })).toEqual({ ok: true, value: { fileName: 'TB-hook.docx', savedPath: exportPath } });
    expect(fs.readFileSync(exportPath).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(path.dirname(exportPath))).toEqual(['TB-hook.docx']);
  });

  it('explains and quits when the Electron build of the database module is missing', async () => {
    await startMain({ withNativeModule: false });
    expect(fake.windows).toHaveLength(0);
    expect(fake.quitCalls).toBe(1);
    expect(fake.messageBoxes).toEqual([expect.objectContaining({ message: 'Không mở được kho dữ liệu của ThongBao Studio.' })]);
  });

  it('focuses the first window on a second launch, and remembers its place when it closes', async () => {
    const { dataDir } = await startMain();
    const window = fake.windows[0]!;
    emit(fake.appListeners, 'second-instance', {}, ['ThongBao Studio.exe'], ROOT);
    expect(window.focused).toBe(1);
    emit(window.listeners, 'close');
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'))).toEqual({ x: 40, y: 30, width: 1280, height: 860, maximized: false });
  });

  it('reports a crashed page and reloads it', async () => {
    await startMain();
    const window = fake.windows[0]!;
    emit(window.webContents.listeners, 'render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(1));
    expect(fake.messageBoxes).toEqual([expect.objectContaining({ message: 'Trang soạn thảo gặp sự cố và sẽ được tải lại.' })]);
    emit(window.webContents.listeners, 'render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(fake.messageBoxes).toHaveLength(1);
  });

  it('hardens every web contents it creates and sends menu commands to the page', async () => {
    await startMain();
    const contents = new (await import('./support/fake-electron')).FakeWebContents();
    emit(fake.appListeners, 'web-contents-created', {}, contents);
    let prevented = false;
    emit(contents.listeners, 'will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.com/');
    expect(prevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });

    const file = (fake.menus[0]?.template as { submenu: { label: string; click?: () => void }[] }[])[0]!.submenu;
    file.find((item) => item.label === 'Lưu')?.click?.();
    expect(fake.windows[0]!.webContents.sent).toEqual([[DESKTOP_CHANNELS.menuCommand, 'save']]);
  });
});
