/**
 * The editor in Chromium through the local web host: time to open the editor (navigation → the notice's last
 * block rendered) and keystroke → next frame latency while typing in the middle of the document, for the sample
 * made four times longer (about 64 tasks) and for a 200-task notice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openLibrary } from '../../electron/services/library/open';
import { startWebHost } from '../../electron/web-host/server';
import type { Notice } from '../../shared/notice/schema';
import { ensureRendererBuilt } from '../../tests/e2e/support/build';
import { chromiumPath, launchChromium, skipReason } from '../../tests/e2e/support/browser';
import { lengthenNotice, loadSample, noticeWithTasks } from '../../tests/e2e/support/notices';
import { report, summarise } from '../measure';

const OPEN_RUNS = 7;
const KEYSTROKES = 80;
const WARMUP_KEYSTROKES = 10;
// ASCII only: Playwright sends characters outside the US layout as text input without a keydown to time.
const TYPED = 'Bo sung noi dung theo y kien chi dao tai phien hop, dam bao tien do va chat luong. ';

declare global {
  interface Window {
    __editorReadyAt?: number;
    __keyLatencies?: number[];
  }
}

// In-page scripts are plain strings: tsx compiles functions with name helpers that do not exist in the page.

/** Records, in the page, when the block with the given id first appears (ms since navigation start). */
function watchReady(lastBlockId: string): string {
  return `(() => {
    const selector = '[data-block-id="' + CSS.escape(${JSON.stringify(lastBlockId)}) + '"]';
    const observer = new MutationObserver(() => {
      if (window.__editorReadyAt === undefined && document.querySelector(selector)) {
        window.__editorReadyAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/** keydown → the frame after it has been produced: rAF, then a task queued after that frame's rendering. */
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

async function measureNotice(browser: Browser, urlFor: (hash: string) => string, label: string, id: string, notice: Notice): Promise<void> {
  const lastBlockId = notice.body.at(-1)?.id ?? '';
  const openTimes: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(watchReady(lastBlockId));
    await page.goto(urlFor(`#/thong-bao/${encodeURIComponent(id)}`));
    await page.waitForFunction(() => window.__editorReadyAt !== undefined, undefined, { timeout: 60_000 });
    openTimes.push(await page.evaluate(() => window.__editorReadyAt ?? NaN));
    await context.close();
  }
  report(`${label}: open the editor`, summarise(openTimes.slice(1)), '500 ms');

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchReady(lastBlockId));
  await page.goto(urlFor(`#/thong-bao/${encodeURIComponent(id)}`));
  await page.waitForFunction(() => window.__editorReadyAt !== undefined, undefined, { timeout: 60_000 });
  const tasks = notice.body.filter((block) => block.type === 'task');
  const middle = tasks[Math.floor(tasks.length / 2)];
  if (!middle) throw new Error('No task to type into');
  const line = page.locator(`[data-block-id="${middle.id}"] .nb-task-content`);
  await line.scrollIntoViewIfNeeded();
  await line.click();
  await page.keyboard.press('End');
  await page.evaluate(WATCH_KEYSTROKES);
  const text = TYPED.repeat(Math.ceil(KEYSTROKES / TYPED.length)).slice(0, KEYSTROKES);
  await page.keyboard.type(text, { delay: 25 });
  await page.waitForTimeout(200);
  const latencies = await page.evaluate(() => window.__keyLatencies ?? []);
  report(`${label}: keystroke → next frame`, summarise(latencies.slice(WARMUP_KEYSTROKES)), 'p95 16 ms');
  await context.close();
}

export default async function editorBenchmark(): Promise<void> {
  if (!chromiumPath) {
    console.log(`skipped: ${skipReason}`);
    return;
  }
  const rendererDir = await ensureRendererBuilt();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'thongbao-bench-'));
  const library = openLibrary({ dataDir });
  const host = await startWebHost({ implementation: library.api, rendererDir });
  const browser = await launchChromium();
  try {
    const sample = loadSample();
    const cases: [string, Notice][] = [
      ['sample ×4 (64 tasks)', lengthenNotice(sample, 4)],
      ['200 tasks', noticeWithTasks(sample, 200)],
    ];
    for (const [label, notice] of cases) {
      const record = await library.api.createFromNotice({ notice });
      await measureNotice(browser, (hash) => `${host.url}${hash}`, label, record.id, record.notice);
    }
  } finally {
    await browser.close();
    await host.close();
    library.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
