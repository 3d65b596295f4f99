/** Chromium for the end-to-end tests: the system browser (Playwright's own download does not work here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumPath = CANDIDATES.find((path): path is string => !!path && existsSync(path));

/** Why the end-to-end tests are skipped, or undefined when they can run. */
export const skipReason = chromiumPath ? undefined : 'Chromium not found (looked in /usr/bin/chromium and $CHROMIUM_PATH)';

if (skipReason) console.warn(`End-to-end tests skipped: ${skipReason}`);

/** Root needs --no-sandbox; the others keep the browser off the closed network. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** `extraArgs`: more command-line switches (the benchmarks turn off the frame-rate limit for one measurement). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!chromiumPath) throw new Error(skipReason);
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...ARGS, ...extraArgs] });
}

/**
 * The browser started on a profile kept in `userDataDir`, as a secretary's browser (or the desktop app) keeps one:
 * its caches, V8's compiled code included, outlive the browser.
 */
export function launchChromiumWithProfile(userDataDir: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
  if (!chromiumPath) throw new Error(skipReason);
  return chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath, headless: true, args: ARGS, viewport });
}
