/**
 * The Electron main process: the wiring only. Every decision (window options, CSP, navigation and permission
 * policies, IPC checks, export and import, window state) lives in the plain modules beside this one.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type WebContents } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../shared/api';
import { DESKTOP_CHANNELS, type MenuCommand } from '../../shared/desktop-bridge';
import { openLibrary, type Library } from '../services/library/open';
import { moveDatabaseAside } from '../services/storage/database';
import { serveAppAsset } from './app-protocol';
import { APP_ENTRY_URL, APP_SCHEME } from './app-url';
import { desktopDataDir, EXPORT_PATH_TEST_ENV } from './data-location';
import { aboutDialog, confirmExternalLinkDialog, rendererCrashDialog } from './dialogs';
import { openDesktopFiles, type DesktopFileDialogs } from './desktop-files';
import { IMPORT_FILE_FILTERS } from './import-dialog';
import { isTrustedSender, registerApiHandlers, registerDesktopHandlers } from './ipc';
import { readJsonFile, writeJsonFileSync } from './json-file';
import { buildMenuTemplate } from './menu';
import { electronNativeBinding } from './native-binding';
import { openLibraryOrExplain } from './start-library';
import { installSessionPolicies, installWebContentsPolicies } from './security-policy';
import { mainWindowOptions } from './window-options';
import { DEFAULT_WINDOW_STATE, fitWindowState, WINDOW_STATE_FILE, WindowStateSchema } from './window-state';

const dataDir = desktopDataDir(process.argv.slice(1), process.env, app.getPath('userData'));
// Before anything reads userData (the single-instance lock lives there too): one data folder, one instance.
app.setPath('userData', dataDir);
// Vietnamese for Chromium's own UI too: date pickers show dd/mm/yyyy, spell-check and context menus in Vietnamese.
app.commandLine.appendSwitch('lang', 'vi');

// codeCache: V8 keeps what it compiled of the app's scripts, so every start after the first skips compiling them.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
]);

const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const windowStateFile = path.join(dataDir, WINDOW_STATE_FILE);

let mainWindow: BrowserWindow | undefined;
let library: Library | undefined;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openLibraryAtStart(): Library | undefined {
  const nativeBinding = electronNativeBinding({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  return openLibraryOrExplain({
    open: () => openLibrary({ dataDir, nativeBinding }),
    ask: (options) => dialog.showMessageBoxSync(options),
    moveAside: () => moveDatabaseAside(dataDir),
  });
}

/** The save and open dialogs over the main window; the test hook stands in for the save dialog. */
function fileDialogs(): DesktopFileDialogs {
  const testExportPath = process.env[EXPORT_PATH_TEST_ENV];
  return {
    async chooseSavePath(defaultPath) {
      if (testExportPath) return testExportPath;
      const options = { title: 'Xuất thông báo ra tệp .docx', defaultPath, filters: [{ name: 'Văn bản Word', extensions: ['docx'] }] };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async chooseFile(defaultFolder) {
      const options = { title: 'Nhập thông báo từ tệp', defaultPath: defaultFolder, properties: ['openFile' as const], filters: IMPORT_FILE_FILTERS };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    async choosePdfPath(defaultPath) {
      if (testExportPath) return testExportPath;
      const options = { title: 'Xuất thông báo ra tệp PDF', defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
  };
}

/**
 * The print-view route: a print view (a notice's, or a review copy's: `hash` from printViewHash) loaded in a hidden
 * window of the same hardened kind, printed by Chromium once the page says it is laid out. The window is always
 * closed afterwards.
 */
async function printViewToPdf(hash: string): Promise<Uint8Array> {
  const window = new BrowserWindow({ ...mainWindowOptions(preloadPath, DEFAULT_WINDOW_STATE), show: false });
  try {
    await window.loadURL(`${APP_ENTRY_URL}${hash}`);
    const ready = 'document.documentElement.dataset.printReady === "true"';
    for (let waited = 0; !(await window.webContents.executeJavaScript(ready)); waited += 100) {
      if (waited > 30_000) throw new ApiError('file', 'Bản in của thông báo chưa sẵn sàng sau 30 giây nên không tạo được PDF. Hãy thử lại.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await window.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: false });
  } finally {
    window.destroy();
  }
}

function registerIpc(opened: Library): void {
  const files = openDesktopFiles({
    implementation: opened.api,
    dataDir,
    fallbackFolder: app.getPath('documents'),
    dialogs: fileDialogs(),
    printViewToPdf,
  });
  registerApiHandlers(ipcMain, { implementation: opened.api, isTrustedSender });
  registerDesktopHandlers(ipcMain, { ...files, isTrustedSender });
}

function sendMenuCommand(command: MenuCommand): void {
  focusMainWindow();
  mainWindow?.webContents.send(DESKTOP_CHANNELS.menuCommand, command);
}

function createMainWindow(): BrowserWindow {
  const saved = readJsonFile(windowStateFile, WindowStateSchema, DEFAULT_WINDOW_STATE);
  const state = fitWindowState(saved, screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow(mainWindowOptions(preloadPath, state));
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeJsonFileSync(windowStateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch {
      // Not remembering the window's place is no reason to stop the app from closing.
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    void dialog.showMessageBox(window, rendererCrashDialog(details.reason, details.exitCode)).then(() => {
      if (!window.isDestroyed()) window.webContents.reload();
    });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function hardenContents(contents: WebContents): void {
  installWebContentsPolicies(contents, {
    async confirm(url) {
      const options = confirmExternalLinkDialog(url);
      const result = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
      return result.response === 0;
    },
    open: (url) => shell.openExternal(url),
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => library?.close());

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) => serveAppAsset(request.url, rendererDir));
    installSessionPolicies(session.defaultSession);
    library = openLibraryAtStart();
    if (!library) {
      app.quit();
      return;
    }
    registerIpc(library);
    const menu = buildMenuTemplate(
      {
        send: sendMenuCommand,
        showAbout: () => void dialog.showMessageBox(aboutDialog(app.getVersion(), dataDir)),
      },
      { platform: process.platform, developer: !app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
    mainWindow = createMainWindow();
  });
}
