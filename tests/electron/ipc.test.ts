/**
 * The IPC boundary without Electron: handlers registered through a stand-in for ipcMain that records them, a real
 * library in a temporary folder behind them, and the preload's bridge and the renderer's client on top.
 */
import type { IpcMainInvokeEvent, IpcRenderer } from 'electron';
import { describe, expect, it } from 'vitest';
import { ApiError, apiMethodNames, type ApiMethodName } from '../../shared/api';
import { apiChannel, DESKTOP_CHANNELS, MENU_COMMANDS, type IpcResult } from '../../shared/desktop-bridge';
import { APP_ENTRY_URL } from '../../electron/main/app-url';
import { isTrustedSender, registerApiHandlers, registerDesktopHandlers, type IpcEventLike, type IpcMainLike } from '../../electron/main/ipc';
import { createDesktopBridge, type IpcRendererLike } from '../../electron/preload/bridge';
import {
  createElectronApi,
  exportPdfToFileDialog,
  exportReviewCopyToFileDialog,
  exportToFileDialog,
  importFromFileDialog,
} from '../../renderer/api/electron-client';
import { openTestLibrary } from '../library/helpers';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Records what is registered, as ipcMain.handle would. */
function recordingIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener as Listener);
    },
  };
  const invoke = async (channel: string, frame: IpcEventLike['senderFrame'], ...args: unknown[]) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return (await listener({ senderFrame: frame } as unknown as IpcMainInvokeEvent, ...args)) as IpcResult<unknown>;
  };
  return { ipc, handlers, invoke };
}

const appFrame = { url: `${APP_ENTRY_URL}#/`, parent: null };

const UNTRUSTED_FRAMES: [string, IpcEventLike['senderFrame']][] = [
  ['an outside page', { url: 'https://example.com/', parent: null }],
  ['a local file', { url: 'file:///tmp/evil.html', parent: null }],
  ['another app:// host', { url: 'app://other/index.html', parent: null }],
  ['a frame inside the app page', { url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } }],
  ['a destroyed frame', null],
];

/** For every method, a payload its schema refuses (a field of the wrong type, or a value out of range). */
const BAD_PAYLOADS: Record<ApiMethodName, unknown> = {
  listNotices: { limit: 0 },
  searchNotices: { query: 42 },
  getNotice: { id: '' },
  createFromTemplate: {},
  createFromPrevious: { sourceId: 7 },
  previewImport: { fileName: 'a.txt', text: 'x', base64: 'eA==' },
  importProgress: { jobId: '../etc' },
  cancelImport: {},
  createFromNotice: { notice: { body: 'not a notice' } },
  saveNotice: { id: 'x', notice: {}, reason: 'autosave' },
  listRevisions: { id: 5 },
  getRevision: { revisionId: 'one' },
  restoreRevision: { id: 'x' },
  duplicateNotice: {},
  trashNotice: { id: ['x'] },
  restoreFromTrash: { id: null },
  deleteForever: { id: 'x'.repeat(101) },
  checkNotice: { id: 'x', today: '2026-02-30' },
  issueNotice: { id: 'x', date: '27/11/2026' },
  listRegister: { code: 'TB-VP', year: '2026' },
  setRegisterStart: { code: 'TB-VP', year: 2026, startNumber: 0 },
  exportRegisterDocx: { code: '', year: 2026 },
  listCheckAcceptances: { id: 9 },
  listDictionaryWords: 'words',
  addDictionaryWord: { word: '   ' },
  removeDictionaryWord: { word: 'x'.repeat(101) },
  listSpellingSyllables: 'syllables',
  listTemplates: 'templates',
  saveAsTemplate: { id: 'x', name: '   ' },
  listSectionTemplates: 'sections',
  saveSectionTemplate: { name: 'Mẫu', blocks: [] },
  deleteSectionTemplate: { id: '' },
  listAgencies: 42,
  lookupAgency: { text: 'x'.repeat(501) },
  addAgency: { name: '' },
  updateAgency: { name: 'Sở Tài chính' },
  deleteAgency: { id: 5 },
  mergeAgency: { id: 'so-a' },
  getSettings: [1, 2],
  setSettings: { issuer: { agency: '' } },
  exportDocx: { id: 3 },
  exportPdf: { id: false },
  compareVersions: { id: 'x', from: 'one' },
  exportComparisonDocx: { id: 'x' },
  exportReviewCopy: { id: 'x', sentTo: '   ', format: 'docx' },
  addRevisionComment: { id: 'x', revisionId: 1, text: '' },
};

function setUp() {
  const library = openTestLibrary();
  const recorder = recordingIpcMain();
  const channels = registerApiHandlers(recorder.ipc, { implementation: library.api, isTrustedSender });
  return { library, channels, ...recorder };
}

describe('registerApiHandlers', () => {
  it('registers one handler per API method on api:<method>, and nothing else', () => {
    const { handlers, channels } = setUp();
    const expected = apiMethodNames.map((method) => `api:${method}`).sort();
    expect([...handlers.keys()].sort()).toEqual(expected);
    expect([...channels].sort()).toEqual(expected);
    expect(apiMethodNames.length).toBeGreaterThan(20);
  });

  it('answers a call from the app page with the library result', async () => {
    const { invoke } = setUp();
    const created = await invoke('api:createFromTemplate', appFrame, { templateId: 'monthly-session' });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    const listed = await invoke('api:listNotices', appFrame, {});
    expect(listed).toMatchObject({ ok: true, value: { total: 1, notices: [{ id }] } });
  });

  it.each(apiMethodNames)('%s refuses a payload that fails its schema, with an error payload', async (method) => {
    const { invoke, library } = setUp();
    const before = library.db.prepare('SELECT COUNT(*) AS n FROM notices').get();
    const result = await invoke(apiChannel(method), appFrame, BAD_PAYLOADS[method]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(library.db.prepare('SELECT COUNT(*) AS n FROM notices').get()).toEqual(before);
  });

  it.each(apiMethodNames)('%s refuses every sender that is not the app page', async (method) => {
    const { invoke, library } = setUp();
    // A payload that would succeed for the listing methods: the refusal must come from the sender check.
    for (const [, frame] of UNTRUSTED_FRAMES) {
      const result = await invoke(apiChannel(method), frame, method === 'createFromTemplate' ? { templateId: 'monthly-session' } : {});
      expect(result).toEqual({ ok: false, error: { code: 'unauthorized', message: expect.stringContaining('từ chối') } });
    }
    expect(library.db.prepare('SELECT COUNT(*) AS n FROM notices').get()).toEqual({ n: 0 });
  });

  it('turns a failure of the library into its error payload (not-found), not a rejection', async () => {
    const { invoke } = setUp();
    const result = await invoke('api:getNotice', appFrame, { id: 'no-such-notice' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('does not crash on payloads of any shape', async () => {
    const { invoke } = setUp();
    for (const payload of [undefined, null, 0, '', [], { __proto__: { id: 'x' } }, new Date(0)]) {
      const result = await invoke('api:getNotice', appFrame, payload);
      expect(result.ok).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of the app page', () => {
    expect(isTrustedSender({ senderFrame: appFrame })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://thongbao/', parent: null } })).toBe(true);
    for (const [, frame] of UNTRUSTED_FRAMES) expect(isTrustedSender({ senderFrame: frame })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://user:pw@thongbao/', parent: null } })).toBe(false);
  });
});

describe('registerDesktopHandlers', () => {
  it('refuses the import dialog to a sender that is not the app page', async () => {
    const recorder = recordingIpcMain();
    let asked = 0;
    registerDesktopHandlers(recorder.ipc, {
      isTrustedSender,
      exportToFile: async () => ({ fileName: 'TB.docx', cancelled: true }),
      exportPdfToFile: async () => ({ fileName: 'TB.pdf', cancelled: true, route: 'libreoffice' }),
      exportReviewCopyToFile: async () => ({ fileName: 'TB-du-thao-1.pdf', cancelled: true, copyNumber: 1, revisionId: 1, route: 'print-view' }),
      importFromFile: async () => {
        asked++;
        return { cancelled: true };
      },
    });
    expect([...recorder.handlers.keys()]).toEqual([
      DESKTOP_CHANNELS.exportToFile,
      DESKTOP_CHANNELS.exportPdfToFile,
      DESKTOP_CHANNELS.exportReviewCopyToFile,
      DESKTOP_CHANNELS.importFromFile,
    ]);
    expect(await recorder.invoke(DESKTOP_CHANNELS.importFromFile, { url: 'https://example.com/', parent: null })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(asked).toBe(0);
    expect(await recorder.invoke(DESKTOP_CHANNELS.importFromFile, appFrame)).toEqual({ ok: true, value: { cancelled: true } });
    expect(asked).toBe(1);
  });
});

/** ipcRenderer wired straight to the recorded handlers, as if the page were the app page. */
function connectedIpcRenderer(invoke: ReturnType<typeof recordingIpcMain>['invoke']) {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const ipc: IpcRendererLike = {
    invoke: (channel: string, ...args: unknown[]) => {
      invoked.push({ channel, args });
      return invoke(channel, appFrame, ...args);
    },
    on(channel: string, listener: (...args: unknown[]) => void) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
      return ipc as IpcRenderer;
    },
    removeListener(channel: string, listener: (...args: unknown[]) => void) {
      listeners.get(channel)?.delete(listener);
      return ipc as IpcRenderer;
    },
  } as IpcRendererLike;
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({}, ...args));
  return { ipc, invoked, emit, listeners };
}

describe('the preload bridge and the renderer client', () => {
  it('exposes exactly the API methods plus the desktop calls, each invoking its own channel', async () => {
    const { invoke } = setUp();
    const renderer = connectedIpcRenderer(invoke);
    const bridge = createDesktopBridge(renderer.ipc);
    expect(Object.keys(bridge).sort()).toEqual([...apiMethodNames, 'exportToFile', 'exportPdfToFile', 'exportReviewCopyToFile', 'importFromFile', 'onMenuCommand'].sort());
    for (const method of apiMethodNames) {
      renderer.invoked.length = 0;
      const payload = { probe: method };
      await (bridge[method] as (r: unknown) => Promise<unknown>)(payload);
      expect(renderer.invoked).toEqual([{ channel: `api:${method}`, args: [payload] }]);
    }
  });

  it('relays menu commands, ignores unknown ones, and stops when asked', () => {
    const renderer = connectedIpcRenderer(setUp().invoke);
    const bridge = createDesktopBridge(renderer.ipc);
    const received: string[] = [];
    const stop = bridge.onMenuCommand((command) => received.push(command));
    renderer.emit(DESKTOP_CHANNELS.menuCommand, 'save');
    renderer.emit(DESKTOP_CHANNELS.menuCommand, 'format-disk');
    renderer.emit(DESKTOP_CHANNELS.menuCommand, 'export');
    stop();
    renderer.emit(DESKTOP_CHANNELS.menuCommand, 'new-notice');
    expect(received).toEqual(['save', 'export']);
    expect(renderer.listeners.get(DESKTOP_CHANNELS.menuCommand)?.size).toBe(0);
    expect(MENU_COMMANDS).toEqual(expect.arrayContaining(['new-notice', 'new-from-previous', 'open-library', 'save', 'export']));
  });

  it('gives the renderer the same Api: results, and ApiError for failures', async () => {
    const { invoke } = setUp();
    const api = createElectronApi(createDesktopBridge(connectedIpcRenderer(invoke).ipc));
    const record = await api.createFromTemplate({ templateId: 'monthly-session' });
    expect((await api.getNotice({ id: record.id })).notice.summary).toBe(record.notice.summary);
    const missing = await api.getNotice({ id: 'no-such-notice' }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).toMatchObject({ code: 'not-found' });
    const invalid = await api.listNotices({ limit: 9999 }).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ code: 'invalid-request', problems: [expect.objectContaining({ path: 'limit' })] });
  });

  it('brings the import dialog result, or its failure as an ApiError, to the renderer', async () => {
    const recorder = recordingIpcMain();
    const answers = [
      async () => ({ cancelled: true as const }),
      async () => {
        throw new ApiError('file', 'Tệp «a.doc» là định dạng Word cũ.');
      },
    ];
    registerDesktopHandlers(recorder.ipc, {
      isTrustedSender,
      exportToFile: async () => ({ fileName: 'TB.docx', cancelled: true }),
      exportPdfToFile: async () => ({ fileName: 'TB.pdf', cancelled: true, route: 'libreoffice' }),
      exportReviewCopyToFile: async () => ({ fileName: 'TB-du-thao-1.pdf', cancelled: true, copyNumber: 1, revisionId: 1, route: 'print-view' }),
      importFromFile: () => (answers.shift() as () => Promise<{ cancelled: true }>)(),
    });
    const bridge = createDesktopBridge(connectedIpcRenderer(recorder.invoke).ipc);
    expect(await importFromFileDialog(bridge)).toEqual({ cancelled: true });
    await expect(importFromFileDialog(bridge)).rejects.toMatchObject({ name: 'ApiError', code: 'file', message: 'Tệp «a.doc» là định dạng Word cũ.' });
  });

  it('brings the export to a file through the desktop channel, with the request checked like the API exportDocx', async () => {
    const recorder = recordingIpcMain();
    const requested: unknown[] = [];
    registerDesktopHandlers(recorder.ipc, {
      isTrustedSender,
      exportToFile: async (request) => {
        requested.push(request);
        return { fileName: 'TB-05.docx', savedPath: '/home/u/Documents/TB-05.docx' };
      },
      exportPdfToFile: async (request) => {
        requested.push(request);
        return { fileName: 'TB-05.pdf', savedPath: '/home/u/Documents/TB-05.pdf', route: 'print-view' };
      },
      exportReviewCopyToFile: async (request) => {
        requested.push(request);
        return { fileName: 'TB-du-thao-2.pdf', savedPath: '/home/u/Documents/TB-du-thao-2.pdf', copyNumber: 2, revisionId: 7, route: 'print-view' };
      },
      importFromFile: async () => ({ cancelled: true }),
    });
    const bridge = createDesktopBridge(connectedIpcRenderer(recorder.invoke).ipc);
    expect(await exportToFileDialog(bridge, { id: 'n1' })).toEqual({ fileName: 'TB-05.docx', savedPath: '/home/u/Documents/TB-05.docx' });
    await expect(exportToFileDialog(bridge, { id: '' })).rejects.toMatchObject({ name: 'ApiError', code: 'invalid-request' });
    expect(await exportPdfToFileDialog(bridge, { id: 'n2' })).toEqual({
      fileName: 'TB-05.pdf',
      savedPath: '/home/u/Documents/TB-05.pdf',
      route: 'print-view',
    });
    await expect(exportPdfToFileDialog(bridge, { id: '' })).rejects.toMatchObject({ name: 'ApiError', code: 'invalid-request' });
    expect(await exportReviewCopyToFileDialog(bridge, { id: 'n3', sentTo: ' Đ/c Chánh Văn phòng ', format: 'pdf' })).toEqual({
      fileName: 'TB-du-thao-2.pdf',
      savedPath: '/home/u/Documents/TB-du-thao-2.pdf',
      copyNumber: 2,
      revisionId: 7,
      route: 'print-view',
    });
    await expect(exportReviewCopyToFileDialog(bridge, { id: 'n3', sentTo: ' ', format: 'pdf' })).rejects.toMatchObject({
      name: 'ApiError',
      code: 'invalid-request',
    });
    expect(requested).toEqual([{ id: 'n1' }, { id: 'n2' }, { id: 'n3', sentTo: 'Đ/c Chánh Văn phòng', format: 'pdf' }]);
  });
});
