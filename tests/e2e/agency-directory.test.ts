/**
 * Settings → the agency directory with its history: current agencies by default, all on request, an ended agency
 * with its successor and source, and marking one ended with a successor through the form, by keyboard.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { seriousViolations } from './support/axe';
import { skipReason } from './support/browser';

const SCREENSHOTS = path.join(tmpdir(), 'thongbao-e2e-screenshots');

describe.skipIf(skipReason)('the agency directory with history', () => {
  const app = useApp();

  it('shows current agencies, and on request the ended ones with what succeeded them', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    const rows = page.locator('.agency-table tbody tr');
    await rows.first().waitFor();

    const filter = page.getByRole('searchbox', { name: 'Lọc' });
    await filter.click();
    await page.keyboard.type('ke hoach');
    await expect.poll(() => rows.count()).toBe(0);

    await page.getByLabel('Hiển thị').selectOption('all');
    const planning = rows.filter({ hasText: 'Sở Kế hoạch và Đầu tư' });
    await planning.waitFor();
    expect(await planning.locator('.agency-ended').innerText()).toBe('Đã kết thúc từ 01/3/2025: hợp nhất vào Sở Tài chính');

    await filter.fill('');
    await filter.click();
    await page.keyboard.type('Tai chinh');
    const finance = rows.filter({ hasText: /^Sở Tài chính/u });
    await finance.waitFor();
    expect(await finance.locator('.agency-history').innerText()).toContain('Tiếp nhận từ: Sở Kế hoạch và Đầu tư');
    await filter.fill('');
    await filter.click();
    await page.keyboard.type('nong nghiep');
    await rows.filter({ hasText: 'Sở Nông nghiệp và Môi trường' }).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-agency-history.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('marks an agency ended with its successor; it then leaves the list of current agencies', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    const rows = page.locator('.agency-table tbody tr');
    await rows.first().waitFor();
    await page.getByRole('searchbox', { name: 'Lọc' }).click();
    await page.keyboard.type('Ngoai vu');
    await page.getByRole('button', { name: 'Sửa Sở Ngoại vụ' }).click();
    const form = page.getByRole('form', { name: 'Sửa cơ quan' });
    await form.getByLabel('Kết thúc hoạt động từ ngày').fill('01/03/2025');
    await form.getByLabel('Hình thức kết thúc').selectOption('merged');
    await form.getByRole('button', { name: 'Thêm cơ quan kế tục' }).click();
    await form.getByLabel('Cơ quan kế tục 1', { exact: true }).selectOption({ label: 'Sở Nội vụ' });
    await form.getByLabel('Căn cứ (quyết định, nghị quyết)').click();
    await page.keyboard.type('Quyết định thử nghiệm');
    await form.getByRole('button', { name: 'Lưu cơ quan' }).click();
    await expect.poll(() => rows.filter({ hasText: 'Sở Ngoại vụ' }).count()).toBe(0);

    const { agencies } = await app.api.listAgencies({});
    expect(agencies.find((a) => a.id === 'so-ngoai-vu')).toMatchObject({
      validUntil: '2025-03-01',
      endKind: 'merged',
      successors: [{ id: 'so-noi-vu' }],
      source: 'Quyết định thử nghiệm',
    });
    await page.getByLabel('Hiển thị').selectOption('all');
    await expect
      .poll(() => rows.filter({ hasText: 'Sở Ngoại vụ' }).locator('.agency-ended').innerText())
      .toBe('Đã kết thúc từ 01/3/2025: hợp nhất vào Sở Nội vụ');
  });
});
