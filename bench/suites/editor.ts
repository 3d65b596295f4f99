/**
 * The editor in Chromium through the local web host, for the sample made four times longer (about 64 tasks) and
 * for a 200-task notice:
 * - opening the editor, until the frame after the notice's last block is in the page: from the library (click on the
 *   notice, the app already running: what a secretary does) and from a cold start of the page straight at the
 *   notice;
 * - the same cold start for a one-task notice, for a page of React and Lexical holding one paragraph
 *   (bench/pages/react-lexical) and for a page of one paragraph: what a cold start costs before any notice body is
 *   drawn, what the two libraries alone cost, and what the browser alone costs;
 * - the same start of the page in a new tab of a browser that keeps its profile (as a secretary's browser does, and
 *   the desktop app, whose app:// scheme has V8's code cache): after the first starts it no longer compiles the app;
 * - keystroke → next frame while typing in the middle of the document. Measured with Chromium's frame-rate limit
 *   off, so a frame is drawn as soon as there is something to draw: the figure is the editor's work and the
 *   browser's rendering. At 60 Hz every keystroke also waits 0–16.7 ms for the display's next refresh, whatever the
 *   page does; that figure is printed too, beside a bare contenteditable measured the same way.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { openLibrary } from '../../electron/services/library/open';
import { startWebHost } from '../../electron/web-host/server';
import type { Notice } from '../../shared/notice/schema';
import { ensureRendererBuilt } from '../../tests/e2e/support/build';
import { chromiumPath, launchChromium, launchChromiumWithProfile, skipReason } from '../../tests/e2e/support/browser';
import { lengthenNotice, loadSample, noticeWithTasks } from '../../tests/e2e/support/notices';
import { report, summarise } from '../measure';

const OPEN_RUNS = 9;
const KEYSTROKES = 80;
const WARMUP_KEYSTROKES = 10;
// ASCII only: Playwright sends characters outside the US layout as text input without a keydown to time.
const TYPED = 'Bo sung noi dung theo y kien chi dao tai phien hop, dam bao tien do va chat luong. ';
/** The least a new browser context can show: one paragraph, no script, no network. */
const FLOOR_PAGE = `data:text/html;charset=utf-8,${encodeURIComponent('<p data-block-id="p">Thông báo</p>')}`;
/** Frames as soon as there is something to draw (no waiting for a display refresh). */
const UNLIMITED_FRAMES = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

declare global {
  interface Window {
    __shownAt?: number;
    __keyLatencies?: number[];
  }
}

// In-page scripts are plain strings: tsx compiles functions with name helpers that do not exist in the page.

/**
 * Records, in the page, when the frame after the block with the given id first appears has been drawn (ms since
 * navigation start): requestAnimationFrame, then a task queued after that frame's rendering.
 */
function watchShown(lastBlockId: string): string {
  return `(() => {
    window.__shownAt = undefined;
    const selector = '[data-block-id="' + CSS.escape(${JSON.stringify(lastBlockId)}) + '"]';
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__shownAt = performance.now(); };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/** keydown → the frame after it has been produced. */
const WATCH_KEYSTROKES = `(() => {
  window.__keyLatencies = [];
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keyLatencies.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, true);
})();`;

const waitShown = (page: Page) => page.waitForFunction(() => window.__shownAt !== undefined, undefined, { timeout: 60_000 });

/**
 * What a cold start downloads and compiles before the notice can be drawn: the scripts index.html names (its first
 * script and the app's chunks it links). A figure that does not depend on the machine's load, beside the timings.
 */
function linkedScripts(rendererDir: string): { entry: number; total: number } {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const size = (name: string) => statSync(path.join(rendererDir, name)).size;
  const entry = /<script[^>]* src="\.\/([^"]+\.js)"/u.exec(html)?.[1];
  const linked = [...html.matchAll(/<link rel="modulepreload"[^>]* href="\.\/([^"]+\.js)"/gu)].map((match) => match[1] ?? '');
  return { entry: entry ? size(entry) : 0, total: [entry ?? '', ...linked].filter(Boolean).reduce((sum, name) => sum + size(name), 0) };
}

/** Cold start: a new browser context (no cache) loads the app straight at the notice. */
async function openCold(browser: Browser, url: string, lastBlockId: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(watchShown(lastBlockId));
    await page.goto(url);
    await waitShown(page);
    times.push(await page.evaluate(() => window.__shownAt ?? NaN));
    await context.close();
  }
  return times.slice(1);
}

/**
 * A browser that keeps its profile (a secretary's everyday browser) opens the notice in a new tab, again and again,
 * each tab closed before the next. The first two opens fill the caches (V8 keeps a script's compiled code from its
 * second load on) and are left out: the figure is every later start of the page.
 */
async function openInKeptProfile(url: string, lastBlockId: string): Promise<number[]> {
  const profile = mkdtempSync(path.join(tmpdir(), 'thongbao-bench-profile-'));
  const context = await launchChromiumWithProfile(profile, { width: 1440, height: 900 });
  const times: number[] = [];
  try {
    await context.addInitScript(watchShown(lastBlockId));
    for (let run = 0; run < OPEN_RUNS + 1; run++) {
      const page = await context.newPage();
      await page.goto(url);
      await waitShown(page);
      times.push(await page.evaluate(() => window.__shownAt ?? NaN));
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return times.slice(2);
}

/** bench/pages/react-lexical, built as the app is (minified, React's production build) into `outDir`. */
async function buildReactLexicalPage(outDir: string): Promise<void> {
  await build({
    root: fileURLToPath(new URL('../pages/react-lexical', import.meta.url)),
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: true },
  });
}

/** From the library: click on the notice's title (the app running), until the notice is shown; then back. */
async function openFromLibrary(browser: Browser, libraryUrl: string, id: string, lastBlockId: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(libraryUrl);
  const times: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run++) {
    const link = page.locator(`[data-notice-id="${id}"] a.notice-link`);
    await link.waitFor();
    await page.evaluate(watchShown(lastBlockId));
    const clickedAt = page.evaluate(
      () => new Promise<number>((resolve) => document.addEventListener('click', (event) => resolve(event.timeStamp), { capture: true, once: true })),
    );
    await link.click();
    await waitShown(page);
    times.push((await page.evaluate(() => window.__shownAt ?? NaN)) - (await clickedAt));
    await page.goBack();
  }
  await context.close();
  // The first open (code not yet optimised by the JavaScript engine) is kept: it is the secretary's first of the day.
  return times;
}

/** Types into `line` (already holding the caret) and returns each keystroke's latency after the warm-up ones. */
async function typeAndTime(page: Page): Promise<number[]> {
  await page.evaluate(WATCH_KEYSTROKES);
  const text = TYPED.repeat(Math.ceil(KEYSTROKES / TYPED.length)).slice(0, KEYSTROKES);
  await page.keyboard.type(text, { delay: 25 });
  await page.waitForTimeout(200);
  return (await page.evaluate(() => window.__keyLatencies ?? [])).slice(WARMUP_KEYSTROKES);
}

async function typeInEditor(browser: Browser, url: string, notice: Notice): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchShown(notice.body.at(-1)?.id ?? ''));
  await page.goto(url);
  await waitShown(page);
  const tasks = notice.body.filter((block) => block.type === 'task');
  const middle = tasks[Math.floor(tasks.length / 2)];
  if (!middle) throw new Error('No task to type into');
  const line = page.locator(`[data-block-id="${middle.id}"] .nb-task-content`);
  await line.scrollIntoViewIfNeeded();
  await line.click();
  await page.keyboard.press('End');
  const latencies = await typeAndTime(page);
  await context.close();
  return latencies;
}

/** The floor of the 60 Hz figure: the same typing into a bare contenteditable. */
async function typeInBareContentEditable(browser: Browser): Promise<number[]> {
  const page = await browser.newPage();
  await page.setContent('<div contenteditable="true" style="font: 14pt serif">Nội dung</div>');
  await page.locator('div').click();
  const latencies = await typeAndTime(page);
  await page.close();
  return latencies;
}

export default async function editorBenchmark(): Promise<void> {
  if (!chromiumPath) {
    console.log(`skipped: ${skipReason}`);
    return;
  }
  const rendererDir = await ensureRendererBuilt();
  const scripts = linkedScripts(rendererDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`scripts of a cold start: ${kb(scripts.total)}, of which the page's first script ${kb(scripts.entry)}`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'thongbao-bench-'));
  const library = openLibrary({ dataDir });
  const host = await startWebHost({ implementation: library.api, rendererDir });
  const browser = await launchChromium();
  const unlimited = await launchChromium(UNLIMITED_FRAMES);
  try {
    const sample = loadSample();
    const cases: [string, Notice][] = [
      ['sample ×4 (64 tasks)', lengthenNotice(sample, 4)],
      ['200 tasks', noticeWithTasks(sample, 200)],
    ];
    for (const [label, notice] of cases) {
      const record = await library.api.createFromNotice({ notice });
      const url = `${host.url}#/thong-bao/${encodeURIComponent(record.id)}`;
      const lastBlockId = record.notice.body.at(-1)?.id ?? '';
      report(`${label}: open from the library`, summarise(await openFromLibrary(browser, `${host.url}#/`, record.id, lastBlockId)), '500 ms');
      report(`${label}: open, cold start of the page`, summarise(await openCold(browser, url, lastBlockId)), '1 s');
      report(`${label}: open in a new tab, the browser's profile kept`, summarise(await openInKeptProfile(url, lastBlockId)));
      report(`${label}: keystroke → next frame`, summarise(await typeInEditor(unlimited, url, record.notice)), 'p95 16 ms');
      report(`${label}: keystroke → next frame at 60 Hz`, summarise(await typeInEditor(browser, url, record.notice)));
    }
    report('bare contenteditable: keystroke → next frame at 60 Hz', summarise(await typeInBareContentEditable(browser)));
    // What a cold start costs before any notice: the app with a one-task notice, and a page of one paragraph.
    const small = await library.api.createFromNotice({ notice: noticeWithTasks(sample, 1) });
    const smallUrl = `${host.url}#/thong-bao/${encodeURIComponent(small.id)}`;
    report('1 task: open, cold start of the page', summarise(await openCold(browser, smallUrl, small.notice.body.at(-1)?.id ?? '')));
    const librariesDir = path.join(dataDir, 'react-lexical');
    await buildReactLexicalPage(librariesDir);
    const librariesHost = await startWebHost({ implementation: library.api, rendererDir: librariesDir });
    try {
      report('React and Lexical, one paragraph: cold start (the libraries\' floor)', summarise(await openCold(browser, librariesHost.url, 'p')));
    } finally {
      await librariesHost.close();
    }
    report('a page of one paragraph: cold start (the browser\'s floor)', summarise(await openCold(browser, FLOOR_PAGE, 'p')));
  } finally {
    await unlimited.close();
    await browser.close();
    await host.close();
    library.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
