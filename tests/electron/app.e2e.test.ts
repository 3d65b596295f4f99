/**
 * The desktop app itself, in Electron, driven by Playwright's `_electron`: a first launch on an empty data folder,
 * a notice made from a template and typed into, exported through the test hook (THONGBAO_TEST_EXPORT_PATH stands
 * in for the save dialog), found again after a relaunch; navigation away from the app refused.
 *
 * Needs the Electron binary, which its install script downloads from outside the package registry. Where that
 * download is impossible the tests report themselves skipped with the reason.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../library/helpers';

const require = createRequire(import.meta.url);

function electronBinary(): string | undefined {
  try {
    const binary = require('electron') as unknown;
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const electronPath = electronBinary();
const skipReason = electronPath
  ? undefined
  : 'the Electron binary is not installed (npm installs the electron package without running its download script, ' +
    'and the download from GitHub is not reachable here); `node node_modules/electron/install.js` installs it where the network allows';
if (skipReason) console.warn(`[tests/electron/app.e2e.test.ts] SKIPPED: ${skipReason}`);

function step(label: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
}

const SUMMARY = 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 10 năm 2020 — thử nghiệm Electron';

describe('the desktop app in Electron', () => {
  let app: ElectronApplication | undefined;

  beforeAll(() => {
    if (!electronPath) return;
    step('the Electron build of better-sqlite3', [path.join(ROOT, 'scripts', 'electron-native.mjs')]);
    step('electron-vite build', [path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'build']);
  }, 600_000);

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function launch(dataDir: string, exportPath: string): Promise<Page> {
    app = await _electron.launch({
      executablePath: electronPath as string,
      args: [ROOT, '--data-dir', dataDir],
      env: { ...(process.env as Record<string, string>), THONGBAO_TEST_EXPORT_PATH: exportPath },
    });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return page;
  }

  it.skipIf(!electronPath)('creates, types, exports and finds the notice again after a relaunch', async () => {
    const dataDir = path.join(tempDir('thongbao-electron-'), 'data');
    const exportPath = path.join(tempDir('thongbao-electron-export-'), 'TB-thu-nghiem.docx');
    let page = await launch(dataDir, exportPath);
    expect(page.url()).toMatch(/^app:\/\/thongbao\//);
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');

    await page.getByRole('button', { name: 'Thông báo mới' }).click();
    await page.getByRole('button', { name: /Phiên họp UBND tỉnh thường kỳ/ }).click();
    await page.locator('.nb-body[contenteditable="true"]').waitFor();
    await page.getByRole('textbox', { name: 'Trích yếu', exact: true }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(SUMMARY);

    await page.getByRole('button', { name: 'Xuất .docx' }).click();
    await expect.poll(() => fs.existsSync(exportPath), { timeout: 30_000 }).toBe(true);
    const documentXml = strFromU8(unzipSync(fs.readFileSync(exportPath))['word/document.xml'] as Uint8Array);
    expect(documentXml).toContain('thử nghiệm Electron');

    await app?.close();
    page = await launch(dataDir, exportPath);
    await expect.poll(() => page.getByText(SUMMARY).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it.skipIf(!electronPath)('refuses to leave the app for an outside address', async () => {
    const page = await launch(path.join(tempDir('thongbao-electron-'), 'data'), path.join(tempDir(), 'unused.docx'));
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(before);
    expect(app?.windows()).toHaveLength(1);
  });
});
