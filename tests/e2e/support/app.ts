/**
 * One running app for a test: the real library service on an empty temporary data folder, behind the real web
 * host serving the built renderer, and a Chromium page pointed at it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { ApiImplementation } from '../../../shared/api';
import { openLibrary, type OpenLibraryOptions } from '../../../electron/services/library/open';
import { startWebHost } from '../../../electron/web-host/server';
import { launchChromium } from './browser';
import { ensureRendererBuilt, rendererSnapshot } from './build';

export interface RunningApp {
  /** The address with this launch's token. */
  url: string;
  /** The same service the page talks to, for setting up data and checking it. */
  api: ApiImplementation;
  dataDir: string;
  context: BrowserContext;
  page: Page;
  /** The page's last console messages and errors, oldest first (for the report of a failed test). */
  consoleTail: string[];
  /** The app's address for a route, e.g. `#/thong-bao/<id>`. */
  urlFor(hash: string): string;
  close(): Promise<void>;
}

/**
 * A browser context as every test page gets it: Vietnamese, 1440×900, and actions and waits bounded at 60 s
 * (Playwright's 30 s is short for a 2-core CI machine with both cores busy). `options` override, e.g. the locale.
 */
export async function newTestContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 }, ...options });
  context.setDefaultTimeout(60_000);
  return context;
}

/** Console lines kept per page for the report of a failed test. */
const CONSOLE_TAIL = 30;
/** Where a failed test's last screen is saved. */
const FAILURE_SCREENSHOTS = path.join(tmpdir(), 'thongbao-e2e-failures');

/**
 * What the page looked like when a test failed, on stderr: its route, the focused element, the dialogs open and
 * the console's last lines, with a screenshot. A failure on a CI machine otherwise says only what was awaited.
 */
async function reportFailure(app: RunningApp, testName: string): Promise<void> {
  const { page } = app;
  const lines = [`--- page state after the failure of "${testName}"`];
  try {
    const state = await page.evaluate(() => {
      const describe = (element: Element | null) => {
        if (!element) return 'none';
        const label = element.getAttribute('aria-label') ?? element.getAttribute('name') ?? '';
        const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/u).join('.')}` : '';
        return `${element.tagName.toLowerCase()}${classes}${label ? ` [${label}]` : ''}`;
      };
      return {
        route: location.hash || location.pathname,
        focused: describe(document.activeElement),
        dialogs: [...document.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open]')].map((dialog) => (dialog.textContent ?? '').trim().slice(0, 200)),
        alerts: [...document.querySelectorAll('[role="alert"], [role="status"]')].map((alert) => (alert.textContent ?? '').trim()).filter(Boolean),
      };
    });
    lines.push(`route: ${state.route}`, `focused: ${state.focused}`);
    for (const dialog of state.dialogs) lines.push(`dialog: ${dialog}`);
    for (const alert of state.alerts) lines.push(`message: ${alert.slice(0, 300)}`);
    mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
    const screenshot = path.join(FAILURE_SCREENSHOTS, `${testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
    await page.screenshot({ path: screenshot, timeout: 10_000 });
    lines.push(`screenshot: ${screenshot}`);
  } catch (error) {
    lines.push(`(the page could not be read: ${error instanceof Error ? error.message : String(error)})`);
  }
  lines.push(`console, last ${app.consoleTail.length} lines:`, ...app.consoleTail.map((line) => `  ${line}`));
  console.error(lines.join('\n'));
}

/** `libraryOptions`: how the library behaves (e.g. a machine where LibreOffice is not found). */
export async function startApp(browser: Browser, libraryOptions: Omit<OpenLibraryOptions, 'dataDir'> = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'thongbao-e2e-'));
  const library = openLibrary({ ...libraryOptions, dataDir });
  const host = await startWebHost({ implementation: library.api, rendererDir: rendererSnapshot() });
  const context = await newTestContext(browser, { acceptDownloads: true });
  const page = await context.newPage();
  const consoleTail: string[] = [];
  const remember = (line: string) => {
    consoleTail.push(line.slice(0, 500));
    if (consoleTail.length > CONSOLE_TAIL) consoleTail.shift();
  };
  page.on('console', (message) => remember(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => {
    console.error('[page error]', error);
    remember(`page error: ${error.message}`);
  });
  return {
    url: host.url,
    api: library.api,
    dataDir,
    context,
    page,
    consoleTail,
    urlFor: (hash) => `${host.url}${hash}`,
    close: async () => {
      await context.close();
      await host.close();
      library.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The hooks of an end-to-end test file, registered inside its describe: the renderer built and Chromium launched once,
 * a fresh app (empty data folder, own browser context) for each test, closed after it. `onStart` runs on each new app
 * before the test (e.g. to add an init script). The returned app stands for the current test's one.
 */
export function useApp(
  options: { onStart?: (app: RunningApp) => Promise<void>; libraryOptions?: Omit<OpenLibraryOptions, 'dataDir'> } = {},
): RunningApp {
  let browser: Browser | undefined;
  let current: RunningApp | undefined;
  const active = (): RunningApp => {
    if (!current) throw new Error('The app exists only while a test runs');
    return current;
  };

  beforeAll(async () => {
    await ensureRendererBuilt();
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    current = await startApp(browser, options.libraryOptions);
    await options.onStart?.(current);
  });
  afterEach(async (context) => {
    if (current && context.task.result?.state === 'fail') await reportFailure(current, context.task.name);
    await current?.close();
    current = undefined;
  });

  return {
    get url() {
      return active().url;
    },
    get api() {
      return active().api;
    },
    get dataDir() {
      return active().dataDir;
    },
    get context() {
      return active().context;
    },
    get page() {
      return active().page;
    },
    get consoleTail() {
      return active().consoleTail;
    },
    urlFor: (hash) => active().urlFor(hash),
    close: () => active().close(),
  };
}

/** expect.poll with a timeout that suits a real browser on a busy machine. */
export function poll<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 30_000, interval: 100 });
}
