/**
 * The renderer is split into chunks (README, "Cold start"): the first script only sends the opening notice's
 * request, the editor's code is linked from index.html, and the other screens, the history, the check engine and
 * the API's schemas load when first needed. Each is reached here from a cold page (a new browser context, nothing
 * cached), so a chunk the web host cannot serve, or one missing from the build, fails the test; the Electron app://
 * handler is asked for every file of the same build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveAppAsset } from '../../electron/main/app-protocol';
import type { Notice } from '../../shared/notice/schema';
import { newTestContext, poll, useApp, type RunningApp } from './support/app';
import { skipReason } from './support/browser';
import { PROJECT_ROOT, rendererSnapshot } from './support/build';
import { loadSample, taskBlock } from './support/notices';

/** A cold page at `hash`: a new context (empty cache), with every failed request and page error recorded. */
async function coldPage(app: RunningApp, hash: string): Promise<{ page: Page; failures: string[]; close(): Promise<void> }> {
  const context = await newTestContext(app.context.browser()!);
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('response', (response) => {
    // The one expected error answer is the API's own, checked by the test that asks for it.
    if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith('/api/')) failures.push(`${response.url()}: ${response.status()}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  await page.goto(app.urlFor(hash));
  return { page, failures, close: () => context.close() };
}

/** The assets index.html names (its first script and what it links): what a cold page loads before its first frame. */
function linkedAssets(root: string): string[] {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/gu)].map((match) => match[1] ?? '');
}

/** The sample with a task whose text still holds the template's "…" (a live-check finding). */
function sampleWithBlank(): Notice {
  const sample = loadSample();
  const first = sample.body.findIndex((block) => block.type === 'task');
  const body = [...sample.body];
  body.splice(first + 1, 0, taskBlock('nv-con-trong', 'Sở Tài chính rà soát … trước khi trình.'));
  return { ...sample, body };
}

describe.skipIf(skipReason)('the chunks of the renderer', { timeout: 180_000 }, () => {
  const app = useApp();

  it('shows every screen from a cold page at its address', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const id = encodeURIComponent(record.id);
    const screens: [hash: string, shown: (page: Page) => ReturnType<Page['locator']>][] = [
      ['#/', (page) => page.locator(`[data-notice-id="${record.id}"]`)],
      ['#/thung-rac', (page) => page.getByRole('heading', { name: 'Thùng rác' })],
      ['#/cai-dat', (page) => page.getByRole('heading', { name: 'Cài đặt', level: 1 })],
      ['#/nhap', (page) => page.getByRole('heading', { name: 'Nhập thông báo cũ' })],
      ['#/so-dang-ky', (page) => page.getByRole('heading', { name: 'Sổ đăng ký văn bản đi' })],
      [`#/ban-in/${id}`, (page) => page.locator('html[data-print-ready="true"]')],
      [`#/thong-bao/${id}`, (page) => page.locator(`.nb-body [data-block-id="${record.notice.body.at(-1)?.id ?? ''}"]`)],
    ];
    for (const [hash, shown] of screens) {
      const cold = await coldPage(app, hash);
      await shown(cold.page).first().waitFor();
      expect(cold.failures, hash).toEqual([]);
      await cold.close();
    }
  });

  it('loads the history, the live checks and the menu dialogs in the editor opened cold', async () => {
    const record = await app.api.createFromNotice({ notice: sampleWithBlank() });
    const cold = await coldPage(app, `#/thong-bao/${encodeURIComponent(record.id)}`);
    const { page } = cold;
    await page.locator('[data-block-id="nv-con-trong"]').waitFor();

    // The check engine arrives after the notice is shown and finds, at least, the leftover blank.
    await page.getByRole('tab', { name: /^Kiểm tra/u }).click();
    await poll(() => page.getByRole('list', { name: 'Kết quả kiểm tra' }).getByRole('listitem').count()).toBeGreaterThan(0);

    // The built-in section templates are listed once their schemas have loaded, after the first frame.
    await poll(() => page.getByRole('combobox', { name: 'Chèn phần mẫu tại vị trí con trỏ' }).locator('option').count()).toBeGreaterThan(2);

    await page.getByRole('tab', { name: /^Lịch sử/u }).click();
    await poll(() => page.getByRole('list', { name: 'Các phiên bản đã lưu' }).getByRole('listitem').count()).toBeGreaterThan(0);

    // The help the menu (F1 in a browser) opens over the editor.
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: /phím tắt/u }).waitFor();
    expect(cold.failures).toEqual([]);
    await cold.close();
  });

  it('restores the copy a page closed before its last save left, checked by a schema loaded only then', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const unsaved: Notice = { ...record.notice, body: [...record.notice.body, taskBlock('nv-chua-luu', 'Nhiệm vụ gõ xong nhưng chưa kịp lưu.')] };
    const cold = await coldPage(app, `#/thong-bao/${encodeURIComponent(record.id)}`);
    const { page } = cold;
    await page.locator(`.nb-body [data-block-id="${record.notice.body.at(-1)?.id ?? ''}"]`).waitFor();
    // The schemas loaded after the first frame (the built-in sections are listed): no request is cut by the reload.
    await poll(() => page.getByRole('combobox', { name: 'Chèn phần mẫu tại vị trí con trỏ' }).locator('option').count()).toBeGreaterThan(2);
    // What Autosave.flushOnHide leaves when the page closes before the server has the text.
    await page.evaluate(
      ({ key, backup }) => window.localStorage.setItem(key, JSON.stringify(backup)),
      { key: `thongbao:unsaved:${record.id}`, backup: { baseRevisionId: record.revisionId, notice: unsaved } },
    );
    await page.reload();
    await page.locator('.nb-body [data-block-id="nv-chua-luu"]').waitFor();
    await poll(async () => (await app.api.getNotice({ id: record.id })).notice.body.some((block) => block.id === 'nv-chua-luu')).toBe(true);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), `thongbao:unsaved:${record.id}`)).toBeNull();
    // A reload cuts what the page was still fetching (the check engine loads when the browser is idle): not a failure.
    expect(cold.failures.filter((failure) => !failure.endsWith('net::ERR_ABORTED'))).toEqual([]);
    await cold.close();
  });

  it('turns an error of the host into its Vietnamese message (the payload schema loads with the first error)', async () => {
    const cold = await coldPage(app, '#/thong-bao/khong-co-thong-bao-nay');
    await poll(() => cold.page.getByRole('alert').textContent()).toContain('Không tìm thấy thông báo này');
    expect(cold.failures).toEqual([]);
    await cold.close();
  });

  it('serves every file of the build through the desktop app:// handler, and links the editor from the page', async () => {
    const root = rendererSnapshot();
    const assets = readdirSync(path.join(root, 'assets'));
    expect(assets.filter((name) => name.endsWith('.js')).length).toBeGreaterThan(5);
    for (const name of assets) {
      const response = await serveAppAsset(`app://thongbao/assets/${name}`, root);
      expect(response.status, name).toBe(200);
      if (name.endsWith('.js')) expect(response.headers.get('content-type'), name).toMatch(/^text\/javascript/u);
    }
    const linked = linkedAssets(root);
    expect(linked.some((name) => /^start-.*\.js$/u.test(name))).toBe(true);
    for (const name of linked) expect(assets, name).toContain(name);
  });

  it("keeps zod's schemas and date-fns' parsing and formatting out of the scripts of the editor's first frame", () => {
    const root = rendererSnapshot();
    const firstFrame = linkedAssets(root).filter((name) => name.endsWith('.js'));
    const holds = (name: string, marker: string) => readFileSync(path.join(root, 'assets', name), 'utf8').includes(marker);
    // zod's error class: in the build (the schemas' chunk), not in the first frame.
    const everyScript = readdirSync(path.join(root, 'assets')).filter((name) => name.endsWith('.js'));
    expect(everyScript.some((name) => holds(name, 'ZodError'))).toBe(true);
    expect(firstFrame.filter((name) => holds(name, 'ZodError'))).toEqual([]);
    // A phrase of date-fns' English locale, which its parse and format import (the renderer now uses neither).
    const localeMarker = 'less than a second';
    expect(readFileSync(path.join(PROJECT_ROOT, 'node_modules/date-fns/locale/en-US/_lib/formatDistance.js'), 'utf8')).toContain(localeMarker);
    expect(firstFrame.filter((name) => holds(name, localeMarker))).toEqual([]);
  });
});
