/** Chromium for the end-to-end tests: the system browser (Playwright's own download does not work here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumPath = CANDIDATES.find((path): path is string => !!path && existsSync(path));

/** Why the end-to-end tests are skipped, or undefined when they can run. */
export const skipReason = chromiumPath ? undefined : 'Chromium not found (looked in /usr/bin/chromium and $CHROMIUM_PATH)';

if (skipReason) console.warn(`End-to-end tests skipped: ${skipReason}`);

/** `extraArgs`: more command-line switches (the benchmarks turn off the frame-rate limit for one measurement). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!chromiumPath) throw new Error(skipReason);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
