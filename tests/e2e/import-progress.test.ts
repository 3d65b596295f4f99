/**
 * A long import in Chromium: a generated .docx of 60,000 paragraphs is read in the import worker while the screen
 * shows its progress (after half a second) with a "Hủy" button; cancelling stops it with a Vietnamese message,
 * nothing is saved, and the user stays on the import form. A long import that completes is previewed a page of
 * blocks at a time (drawing them all froze the page), and its draft gets every block.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { openNoticeId, waitForEditor } from './support/editor';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A notice with `paragraphs` numbered tasks and dash items, as a .docx made here (no committed binary). */
function longNoticeDocx(paragraphs: number): Buffer {
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const body = ['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'Số: 27/TB-VP', 'THÔNG BÁO', 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp tháng 9 năm 2020'];
  for (let i = 0; body.length < paragraphs; i++) {
    body.push(`${(i % 50) + 1}. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, báo cáo UBND tỉnh trước ngày 15/10/2020.`);
    body.push('- Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ được giao tổ chức thực hiện.');
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body.map(paragraph).join('')}</w:body></w:document>`;
  return Buffer.from(zipSync({ 'word/document.xml': strToU8(xml) }, { level: 6 }));
}

describe.skipIf(skipReason)('a long import', () => {
  const app = useApp();

  it('shows its progress and stops on "Hủy" without saving anything', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Nhập thông báo cũ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập thông báo cũ' }).waitFor();

    const bytes = longNoticeDocx(60_000);
    await page.getByLabel('Chọn tệp .docx hoặc .txt…').setInputFiles({ name: 'thong-bao-dai.docx', mimeType: DOCX_MIME, buffer: bytes });

    const progress = page.getByRole('progressbar', { name: /Đang đọc tệp thong-bao-dai\.docx/ });
    await progress.waitFor();
    // The bar moves while the worker reads (the screen stays responsive enough to be asked).
    // The worker's start (loading the parser) can take long on a loaded machine: wait on the bar, generously.
    await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 120_000, interval: 200 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Hủy' }).click();

    const alert = page.getByRole('alert').filter({ hasText: /./ });
    await poll(() => alert.textContent()).toBe('Đã hủy việc nhập. Chưa có gì được lưu.');
    await poll(() => progress.count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: 'Nhập thông báo cũ' }).isVisible()).toBe(true);
    const { total } = await app.api.listNotices({ trashed: false, limit: 50, offset: 0 });
    expect(total).toBe(0);
    // A worker start on a loaded machine and a 60,000-paragraph upload: more than the default minute.
  }, 300_000);

  it('previews a long import a page of blocks at a time and drafts every block', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Nhập thông báo cũ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập thông báo cũ' }).waitFor();

    await page.getByLabel('Chọn tệp .docx hoặc .txt…').setInputFiles({ name: 'thong-bao-250.docx', mimeType: DOCX_MIME, buffer: longNoticeDocx(500) });
    await page.getByRole('heading', { level: 1, name: 'Xem trước: tệp thong-bao-250.docx' }).waitFor({ timeout: 120_000 });
    const counted = Number(/(\d+) khoản nhiệm vụ/u.exec((await page.locator('.import-counts').textContent()) ?? '')?.[1]);
    expect(counted).toBeGreaterThan(200);

    // The first 100 blocks (all tasks here), and a line saying how many there are.
    const more = page.locator('.import-more');
    await poll(() => page.locator('.import-task').count()).toBe(100);
    expect(await more.locator('p').textContent()).toMatch(new RegExp(`đang hiện 100 trên ${counted} khối nội dung\\. Bản dự thảo sẽ có đủ mọi khối\\.`, 'u'));
    // More from the keyboard, until every block is shown and the button goes.
    const button = more.getByRole('button', { name: 'Hiện thêm 100 khối' });
    await button.focus();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.import-task').count()).toBe(200);
    await more.getByRole('button', { name: `Hiện thêm ${counted - 200} khối` }).click();
    await poll(() => page.locator('.import-task').count()).toBe(counted);
    expect(await more.count()).toBe(0);

    await page.getByRole('button', { name: 'Tạo dự thảo' }).first().click();
    await waitForEditor(page);
    const { notice } = await app.api.getNotice({ id: openNoticeId(page) });
    expect(notice.body.filter((block) => block.type === 'task')).toHaveLength(counted);
  }, 300_000);
});
