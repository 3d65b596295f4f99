/** Issuing a notice (number assigned, read-only after), the settings screen, and API errors shown in Vietnamese. */
import { describe, expect, it } from 'vitest';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { exportWithKeyboard, openEditor } from './support/editor';
import { loadSample } from './support/notices';

describe.skipIf(skipReason)('issue, settings and errors', () => {
  const app = useApp();

  it('issues a notice: it gets the next number and is read-only after', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await openEditor(app, record.id);
    // A draft is "Dự thảo" (Decree 30's word), as the command line says too.
    expect(await page.locator('.topbar .badge').textContent()).toBe('Dự thảo');
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();

    await poll(() => page.locator('.topbar .badge').textContent()).toBe('Đã ban hành · số 01/TB-VP');
    const issued = await app.api.getNotice({ id: record.id });
    expect(issued).toMatchObject({ status: 'issued', number: 1 });
    await poll(() => page.locator('.nb-body').getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Ban hành' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Người chủ trì', { exact: true }).isDisabled()).toBe(true);
    // Typing changes nothing.
    await page.locator('.nb-body .nb-task').first().click();
    await page.keyboard.type('xyz');
    expect(await page.locator('.nb-body').textContent()).not.toContain('xyz');
    // The export carries the number.
    const paragraphs = await exportWithKeyboard(page);
    expect(paragraphs.some((paragraph) => paragraph.includes('Số: 01/TB-VP'))).toBe(true);

    await page.goto(app.url);
    const row = page.locator(`tr[data-notice-id="${record.id}"]`);
    await poll(() => row.locator('td').nth(2).textContent()).toBe('Đã ban hành');
    expect(await row.locator('td').nth(3).textContent()).toBe('01/TB-VP');
  });

  it('edits the issuer profile and the agency directory', async () => {
    const { page } = app;
    await page.goto(app.urlFor('#/cai-dat'));
    const place = page.getByLabel('Địa danh', { exact: true });
    await place.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Thành phố Lai Châu');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await poll(async () => (await app.api.getSettings({})).issuer.place).toBe('Thành phố Lai Châu');

    await page.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await page.keyboard.type('Trung tâm Phục vụ hành chính công tỉnh');
    await page.getByLabel('Tên viết tắt').click();
    await page.keyboard.type('TTPVHCC');
    await page.getByRole('button', { name: 'Lưu cơ quan' }).click();
    await poll(async () => (await app.api.listAgencies({})).agencies.some((a) => a.name === 'Trung tâm Phục vụ hành chính công tỉnh')).toBe(true);

    await page.getByRole('searchbox', { name: 'Lọc' }).fill('phuc vu hanh chinh');
    await page.getByRole('button', { name: 'Sửa Trung tâm Phục vụ hành chính công tỉnh' }).waitFor();
    await page.getByRole('searchbox', { name: 'Lọc' }).fill('');
    await page.getByRole('button', { name: 'Sửa Sở Y tế' }).click();
    const shortName = page.getByLabel('Tên viết tắt');
    await shortName.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('SYT');
    await page.getByRole('button', { name: 'Lưu cơ quan' }).click();
    await poll(async () => (await app.api.listAgencies({})).agencies.find((a) => a.name === 'Sở Y tế')?.shortName).toBe('SYT');
  });

  it('shows the API error in Vietnamese when a notice cannot be opened', async () => {
    const { page } = app;
    await page.goto(app.urlFor('#/thong-bao/khong-co'));
    await page.getByRole('heading', { name: 'Không mở được thông báo' }).waitFor();
    const message = await page.getByRole('alert').textContent();
    expect(message).toMatch(/Không tìm thấy/);
  });
});
