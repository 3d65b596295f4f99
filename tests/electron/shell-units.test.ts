/** The shell's other plain parts: menu, window state, data folder, native module location, dialog texts. */
import fs from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../shared/desktop-bridge';
import { desktopDataDir } from '../../electron/main/data-location';
import { confirmExternalLinkDialog, rendererCrashDialog } from '../../electron/main/dialogs';
import { readJsonFile, writeJsonFile, writeJsonFileSync } from '../../electron/main/json-file';
import { buildMenuTemplate } from '../../electron/main/menu';
import { electronNativeBinding } from '../../electron/main/native-binding';
import { DEFAULT_WINDOW_STATE, fitWindowState, WindowStateSchema } from '../../electron/main/window-state';
import { tempDir } from '../library/helpers';

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('application menu', () => {
  const sent: string[] = [];
  let about = 0;
  const template = buildMenuTemplate({ send: (c) => sent.push(c), showAbout: () => about++ }, { platform: 'win32', developer: false });

  it('has Tệp, Sửa, Xem, Trợ giúp with the asked items and usual accelerators', () => {
    expect(template.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const file = submenu(template[0]).filter((i) => i.type !== 'separator');
    expect(file.map((i) => [i.label, i.accelerator])).toEqual([
      ['Thông báo mới', 'CmdOrCtrl+N'],
      ['Tạo từ thông báo trước', 'CmdOrCtrl+Shift+N'],
      ['Nhập từ tệp…', 'CmdOrCtrl+O'],
      ['Mở thư viện', 'CmdOrCtrl+L'],
      ['Lưu', 'CmdOrCtrl+S'],
      ['Xuất .docx…', 'CmdOrCtrl+E'],
      ['Xuất PDF…', 'CmdOrCtrl+Shift+E'],
      ['Cài đặt', 'CmdOrCtrl+,'],
      ['Thoát', 'Ctrl+Q'],
    ]);
    expect(file.at(-1)?.role).toBe('quit');
    const edit = submenu(template[1]).filter((i) => i.type !== 'separator');
    expect(edit.map((i) => [i.label, i.role, i.accelerator])).toEqual([
      ['Hoàn tác', 'undo', 'CmdOrCtrl+Z'],
      ['Làm lại', 'redo', 'Ctrl+Y'],
      ['Cắt', 'cut', 'CmdOrCtrl+X'],
      ['Sao chép', 'copy', 'CmdOrCtrl+C'],
      ['Dán', 'paste', 'CmdOrCtrl+V'],
      ['Chọn tất cả', 'selectAll', 'CmdOrCtrl+A'],
    ]);
  });

  it('sends the page commands it knows, and offers no developer tools in the installed app', () => {
    for (const item of template.flatMap(submenu)) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['new-notice', 'new-from-previous', 'import', 'open-library', 'save', 'export', 'export-pdf', 'settings', 'help']);
    expect(sent.every((c) => (MENU_COMMANDS as readonly string[]).includes(c))).toBe(true);
    expect(about).toBe(1);
    expect(template.flatMap(submenu).some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    const dev = buildMenuTemplate({ send: () => undefined, showAbout: () => undefined }, { platform: 'linux', developer: true });
    expect(dev.flatMap(submenu).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});

describe('window state', () => {
  const screenA = { x: 0, y: 0, width: 1920, height: 1040 };
  const screenB = { x: 1920, y: 0, width: 1280, height: 1024 };

  it('keeps a state that fits the screens', () => {
    const saved = { x: 100, y: 50, width: 1400, height: 900, maximized: false };
    expect(fitWindowState(saved, [screenA])).toEqual(saved);
    expect(fitWindowState({ ...saved, x: 2000 }, [screenA, screenB])).toEqual({ ...saved, x: 2000 });
  });

  it('drops a position left on a screen no longer attached, and shrinks a window larger than the screen', () => {
    expect(fitWindowState({ x: 2000, y: 100, width: 1000, height: 700, maximized: true }, [screenA])).toEqual({ width: 1000, height: 700, maximized: true });
    expect(fitWindowState({ x: -5000, y: -5000, width: 5000, height: 4000, maximized: false }, [screenA])).toEqual({
      width: 1920,
      height: 1040,
      maximized: false,
    });
    expect(fitWindowState({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [screenA])).toMatchObject({ width: 900, height: 600 });
  });

  it('reads a saved file only when it is valid, and writes it back', async () => {
    const file = path.join(tempDir(), 'window-state.json');
    expect(readJsonFile(file, WindowStateSchema, DEFAULT_WINDOW_STATE)).toEqual(DEFAULT_WINDOW_STATE);
    for (const damaged of ['{', '[]', '{"width": "wide", "height": 700}', '{"width": 1.5, "height": 700}', '{"width": 1000, "height": 700, "x": 1e12}']) {
      fs.writeFileSync(file, damaged);
      expect(readJsonFile(file, WindowStateSchema, DEFAULT_WINDOW_STATE), damaged).toEqual(DEFAULT_WINDOW_STATE);
    }
    await writeJsonFile(file, { x: 5, y: 6, width: 1000, height: 700, maximized: true });
    expect(readJsonFile(file, WindowStateSchema, DEFAULT_WINDOW_STATE)).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
    writeJsonFileSync(file, { x: -1200, y: 0, width: 1100, height: 800, maximized: false });
    expect(readJsonFile(file, WindowStateSchema, DEFAULT_WINDOW_STATE)).toEqual({ x: -1200, y: 0, width: 1100, height: 800, maximized: false });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
  });
});

describe('data folder and native module', () => {
  it('uses --data-dir, then THONGBAO_DATA_DIR, then Electron userData', () => {
    expect(desktopDataDir(['.', '--data-dir', '/tmp/a'], { THONGBAO_DATA_DIR: '/tmp/b' }, '/home/u/.config/ThongBao Studio')).toBe(path.resolve('/tmp/a'));
    expect(desktopDataDir(['.'], { THONGBAO_DATA_DIR: '/tmp/b' }, '/u')).toBe(path.resolve('/tmp/b'));
    expect(desktopDataDir(['.'], {}, '/home/u/.config/ThongBao Studio')).toBe('/home/u/.config/ThongBao Studio');
  });

  it('loads the Electron build of better-sqlite3 from .electron-native/ in development and resources/native/ when installed', () => {
    expect(electronNativeBinding({ isPackaged: false, appPath: '/src/app', resourcesPath: '/x' })).toBe(path.join('/src/app', '.electron-native', 'better_sqlite3.node'));
    expect(electronNativeBinding({ isPackaged: true, appPath: '/opt/app/resources/app.asar', resourcesPath: '/opt/app/resources' })).toBe(
      path.join('/opt/app/resources', 'native', 'better_sqlite3.node'),
    );
  });
});

describe('dialogs', () => {
  it('asks before opening a link, defaulting to not opening it', () => {
    const options = confirmExternalLinkDialog('https://example.com/');
    expect(options.detail).toBe('https://example.com/');
    expect(options.buttons?.[options.defaultId ?? -1]).toBe('Không mở');
    expect(options.cancelId).toBe(options.defaultId);
  });

  it('explains a crash of the page in Vietnamese', () => {
    const options = rendererCrashDialog('oom', -1);
    expect(options.message).toBe('Trang soạn thảo gặp sự cố và sẽ được tải lại.');
    expect(options.detail).toContain('oom');
  });
});
