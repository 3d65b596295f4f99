/**
 * One running app for a test: the real library service on an empty temporary data folder, behind the real web
 * host serving the built renderer, and a Chromium page pointed at it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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

/** `libraryOptions`: how the library behaves (e.g. a machine where LibreOffice is not found). */
export async function startApp(browser: Browser, libraryOptions: Omit<OpenLibraryOptions, 'dataDir'> = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'thongbao-e2e-'));
  const library = openLibrary({ ...libraryOptions, dataDir });
  const host = await startWebHost({ implementation: library.api, rendererDir: rendererSnapshot() });
  const context = await newTestContext(browser, { acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[page error]', error));
  return {
    url: host.url,
    api: library.api,
    dataDir,
    context,
    page,
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
  afterEach(async () => {
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
    urlFor: (hash) => active().urlFor(hash),
    close: () => active().close(),
  };
}

/** expect.poll with a timeout that suits a real browser on a busy machine. */
export function poll<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 30_000, interval: 100 });
}
