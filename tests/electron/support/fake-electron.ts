/**
 * A recording stand-in for the `electron` module, so the main process (electron/main/index.ts) can be loaded and
 * driven in Node where the Electron binary is missing. Only Electron is replaced: the library, the files and the
 * IPC handlers behind it are the real ones.
 */
type Listener = (...args: unknown[]) => unknown;

export interface FakeState {
  paths: Record<string, string>;
  isPackaged: boolean;
  appPath: string;
  appListeners: Map<string, Listener[]>;
  quitCalls: number;
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: { url: string }) => Promise<Response> | Response>;
  headersListener?: Listener;
  permissionRequest?: Listener;
  permissionCheck?: Listener;
  ipcHandlers: Map<string, Listener>;
  menus: { template: unknown[] }[];
  windows: FakeWindow[];
  messageBoxes: unknown[];
  messageBoxResponse: number;
  openExternal: string[];
  commandLineSwitches: string[];
}

// On globalThis: vi.resetModules() gives the main process a fresh copy of this module, and the test must see the
// same records.
const holder = globalThis as { thongbaoFakeElectron?: FakeState };
export const fake: FakeState = (holder.thongbaoFakeElectron ??= newState());

function newState(): FakeState {
  return {
    paths: {},
    isPackaged: true,
    appPath: '',
    appListeners: new Map(),
    quitCalls: 0,
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    menus: [],
    windows: [],
    messageBoxes: [],
    messageBoxResponse: 0,
    openExternal: [],
    commandLineSwitches: [],
  };
}

export function resetFake(paths: Record<string, string>, appPath: string): void {
  Object.assign(fake, newState(), { paths: { ...paths }, appPath });
}

function on(map: Map<string, Listener[]>, event: string, listener: Listener): void {
  map.set(event, [...(map.get(event) ?? []), listener]);
}

export function emit(map: Map<string, Listener[]>, event: string, ...args: unknown[]): void {
  for (const listener of map.get(event) ?? []) listener(...args);
}

export class FakeWebContents {
  listeners = new Map<string, Listener[]>();
  sent: unknown[][] = [];
  reloads = 0;
  windowOpenHandler?: Listener;
  on(event: string, listener: Listener) {
    on(this.listeners, event, listener);
    return this;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  reload() {
    this.reloads++;
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
}

export class FakeWindow {
  listeners = new Map<string, Listener[]>();
  webContents = new FakeWebContents();
  loadedUrl?: string;
  shown = 0;
  focused = 0;
  maximized = false;
  constructor(readonly options: { x?: number; y?: number; width: number; height: number }) {
    fake.windows.push(this);
  }
  on(event: string, listener: Listener) {
    on(this.listeners, event, listener);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {
    this.shown++;
  }
  focus() {
    this.focused++;
  }
  isDestroyed() {
    return false;
  }
  getNormalBounds() {
    return { x: this.options.x ?? 40, y: this.options.y ?? 30, width: this.options.width, height: this.options.height };
  }
}

const messageBox = (...args: unknown[]) => {
  fake.messageBoxes.push(args.at(-1));
  return fake.messageBoxResponse;
};

export const electronModule = {
  app: {
    getPath: (name: string) => {
      const value = fake.paths[name];
      if (!value) throw new Error(`fake app.getPath: no path for ${name}`);
      return value;
    },
    setPath: (name: string, value: string) => {
      fake.paths[name] = value;
    },
    commandLine: {
      appendSwitch: (name: string, value?: string) => {
        fake.commandLineSwitches.push(value === undefined ? name : `${name}=${value}`);
      },
    },
    get isPackaged() {
      return fake.isPackaged;
    },
    getAppPath: () => fake.appPath,
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: Listener) => on(fake.appListeners, event, listener),
    quit: () => {
      fake.quitCalls++;
    },
    whenReady: () => Promise.resolve(),
  },
  BrowserWindow: FakeWindow,
  dialog: {
    showMessageBox: async (...args: unknown[]) => ({ response: messageBox(...args) }),
    showMessageBoxSync: messageBox,
    showSaveDialog: async () => ({ canceled: true }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  },
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      if (fake.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      fake.ipcHandlers.set(channel, listener);
    },
  },
  Menu: {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: (menu: { template: unknown[] }) => fake.menus.push(menu),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
  session: {
    defaultSession: {
      webRequest: {
        onHeadersReceived: (listener: Listener) => {
          fake.headersListener = listener;
        },
      },
      setPermissionRequestHandler: (handler: Listener) => {
        fake.permissionRequest = handler;
      },
      setPermissionCheckHandler: (handler: Listener) => {
        fake.permissionCheck = handler;
      },
    },
  },
  shell: {
    openExternal: async (url: string) => {
      fake.openExternal.push(url);
    },
  },
};
