/** The library in Chromium: search without diacritics, filters, trash and restore. */
import { describe, expect, it } from 'vitest';
import { skipReason } from './support/browser';
import { poll, useApp } from './support/app';
import { openNoticeId, waitForEditor } from './support/editor';
import { loadSample } from './support/notices';
import { foldVietnamese } from '../../shared/text/fold';

describe.skipIf(skipReason)('library', () => {
  const app = useApp();

  it('finds the notice by words typed without diacritics', async () => {
    const sample = await app.api.createFromNotice({ notice: loadSample() });
    const other = await app.api.createFromNotice({
      notice: { ...loadSample(), summary: 'Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với huyện Mường Tè', body: [] },
    });
    const { page } = app;
    await page.goto(app.url);
    const rows = page.locator('tbody tr');
    await poll(() => rows.count()).toBe(2);

    const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await search.click();
    // "tỷ lệ che phủ rừng" appears only in the sample's body.
    await page.keyboard.type('che phu rung');
    await poll(() => rows.count()).toBe(1);
    await poll(() => rows.first().getAttribute('data-notice-id')).toBe(sample.id);
    // The snippet highlights the words that matched, whatever their diacritics.
    const marked = await rows.first().locator('.snippet mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    const words = marked.flatMap((text) => foldVietnamese(text).split(/\s+/).filter(Boolean));
    for (const word of words) expect(['che', 'phu', 'rung']).toContain(word);

    await search.fill('');
    await search.click();
    await page.keyboard.type('lam viec muong te');
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-notice-id')).toBe(other.id);

    await search.fill('');
    await search.click();
    await page.keyboard.type('khong co tu nay xyzw');
    await poll(() => page.getByText('Không có thông báo nào khớp.').isVisible()).toBe(true);
  });

  it('moves a notice to the trash, restores it, and deletes it forever after confirming', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await page.goto(app.url);
    const row = page.locator(`tr[data-notice-id="${record.id}"]`);
    await row.getByRole('button', { name: /^Xóa / }).click();
    await poll(() => row.count()).toBe(0);
    expect((await app.api.listNotices({ trashed: true, limit: 50, offset: 0 })).total).toBe(1);

    await page.getByRole('link', { name: 'Thùng rác' }).click();
    await row.getByRole('button', { name: 'Khôi phục' }).click();
    await poll(() => row.count()).toBe(0);
    expect((await app.api.listNotices({ trashed: false, limit: 50, offset: 0 })).total).toBe(1);

    await app.api.trashNotice({ id: record.id });
    await page.reload();
    await row.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await poll(() => row.count()).toBe(0);
    expect((await app.api.listNotices({ trashed: true, limit: 50, offset: 0 })).total).toBe(0);
  });

  it('asks before deleting an issued notice; cancelling keeps it, confirming moves it to the restorable trash', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    await app.api.issueNotice({ id: record.id, date: '2020-10-05' });
    const { page } = app;
    await page.goto(app.url);
    const row = page.locator(`tr[data-notice-id="${record.id}"]`);
    await row.getByRole('button', { name: /^Xóa / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('đã ban hành', { exact: false }).first().waitFor();
    await page.screenshot({ path: 'test-results/delete-issued.png' }).catch(() => undefined);
    // Escape cancels: the notice stays in the library.
    await page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
    expect(await row.count()).toBe(1);
    expect((await app.api.listNotices({ trashed: true, limit: 50, offset: 0 })).total).toBe(0);

    await row.getByRole('button', { name: /^Xóa / }).click();
    await dialog.getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
    await poll(() => row.count()).toBe(0);
    const trashed = await app.api.listNotices({ trashed: true, limit: 50, offset: 0 });
    expect(trashed.total).toBe(1);
    await page.getByRole('link', { name: 'Thùng rác' }).click();
    await row.getByRole('button', { name: 'Khôi phục' }).click();
    await poll(() => row.count()).toBe(0);
    expect((await app.api.getNotice({ id: record.id })).status).toBe('issued');
  });

  it('makes a notice from the first template with the keyboard alone: the picker starts on it', async () => {
    const { templates } = await app.api.listTemplates({});
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Thông báo mới' }).focus();
    await page.keyboard.press('Enter');
    const first = page.getByRole('dialog').getByRole('button', { name: templates[0]!.name });
    await poll(() => first.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await waitForEditor(page);
    const created = await app.api.getNotice({ id: openNoticeId(page) });
    expect(created.notice.summary).toBe((await app.api.createFromTemplate({ templateId: templates[0]!.id })).notice.summary);
  });
});
