/**
 * axe-core over the library, the dialogs, the editor with the sample open (and its review list) and the settings:
 * no serious or critical violation. Screenshots of the library and the editor go to the temp folder for a look.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { seriousViolations } from './support/axe';
import { skipReason } from './support/browser';
import { openEditor } from './support/editor';
import { loadSample } from './support/notices';

const SCREENSHOTS = path.join(tmpdir(), 'thongbao-e2e-screenshots');

describe.skipIf(skipReason)('accessibility', () => {
  const app = useApp();

  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  it('has no serious or critical violation in the library, its dialogs and the settings', async () => {
    const sample = await app.api.createFromNotice({ notice: loadSample() });
    await app.api.createFromPrevious({ sourceId: sample.id });
    const { page } = app;
    await page.goto(app.url);
    await page.locator('tbody tr').nth(1).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'library.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).click();
    await page.keyboard.type('che phu rung');
    await page.locator('.snippet mark').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'library-search.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Thông báo mới' }).click();
    await page.getByRole('dialog').getByRole('listitem').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Tạo từ thông báo trước' }).click();
    await page.getByRole('dialog').getByLabel('Thông báo gốc').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await page.locator('.agency-table tbody tr').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has no serious or critical violation in the editor with the sample open', async () => {
    const sample = await app.api.createFromNotice({ notice: loadSample() });
    const copy = await app.api.createFromPrevious({ sourceId: sample.id });
    const { page } = app;

    await openEditor(app, sample.id);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'editor-sample.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.nb-body .nb-task').nth(4).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'editor-sample-tasks.png') });

    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    await page.getByRole('list', { name: 'Các phiên bản đã lưu' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await openEditor(app, copy.id);
    // The 2020 sample names agencies split in 2025: the copy asks which successor takes their tasks.
    const successors = page.getByRole('dialog', { name: 'Chọn cơ quan kế thừa' });
    await successors.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await successors.getByRole('button', { name: 'Để sau' }).click();
    await successors.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /^Cần rà soát/ }).click();
    await page.locator('.review-list li').first().waitFor();
    await page.locator('.nb-body .nb-task').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'editor-review.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
