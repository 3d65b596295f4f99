/**
 * "Nhập thông báo cũ" in Chromium: the published sample pasted, its 16 tasks previewed with their agencies, one match
 * fixed, the draft created and opened in the editor; an exported .docx uploaded; bad files and an oversized paste
 * refused with a Vietnamese message while the user stays on the screen; axe over the form, the preview and the help.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { IMPORT_LIMITS } from '../../shared/import/limits';
import type { TaskBlock } from '../../shared/notice/schema';
import { poll, type RunningApp, useApp } from './support/app';
import { seriousViolations } from './support/axe';
import { skipReason } from './support/browser';
import { PROJECT_ROOT } from './support/build';
import { openNoticeId, waitForEditor } from './support/editor';
import { loadSample } from './support/notices';

const SAMPLE_TEXT = readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'lai-chau-2020-09-ket-luan.txt'), 'utf8');
const SCREENSHOTS = path.join(tmpdir(), 'thongbao-e2e-screenshots');
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** From the library, through its button, to the import form. */
async function openImportScreen(app: RunningApp): Promise<Page> {
  const { page } = app;
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nhập thông báo cũ' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nhập thông báo cũ' }).waitFor();
  return page;
}

/** Puts `text` on the system clipboard and pastes it into the focused textarea with Ctrl+V, as a user would. */
async function pasteInto(page: Page, label: string, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  const field = page.getByLabel(label);
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

function taskCard(page: Page, number: number) {
  return page.locator(`.import-task[data-task-number="${number}"]`);
}

/** The selected option's text of a select. */
function selectedText(select: ReturnType<Page['locator']>): Promise<string> {
  return select.evaluate((element) => {
    const chosen = (element as HTMLSelectElement).selectedOptions[0];
    return chosen?.textContent ?? '';
  });
}

describe.skipIf(skipReason)('import screen', () => {
  const app = useApp();

  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  it('previews the pasted sample, lets an agency match be fixed and opens the draft in the editor', async () => {
    const page = await openImportScreen(app);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-form.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await pasteInto(page, 'Nội dung thông báo', SAMPLE_TEXT);
    await poll(() => page.getByLabel('Nội dung thông báo').inputValue()).toBe(SAMPLE_TEXT);
    await page.getByRole('button', { name: 'Xem trước' }).click();

    const preview = page.getByRole('heading', { level: 1, name: /^Xem trước/ });
    await preview.waitFor();
    // Focus moves to the preview's title.
    await poll(() => preview.evaluate((element) => element === document.activeElement)).toBe(true);
    await poll(() => page.locator('.import-task').count()).toBe(16);
    expect(await page.locator('.import-counts').textContent()).toMatch(/16 khoản nhiệm vụ, 3 đề án/);
    expect(await page.locator('.import-scheme').count()).toBe(3);

    // Task 10: Sở Giáo dục và Đào tạo, matched in the directory.
    const task10Lead = taskCard(page, 10).getByLabel(/Chủ trì:/).first();
    expect(await selectedText(task10Lead)).toBe('Sở Giáo dục và Đào tạo');
    // Task 5: Sở Nông nghiệp và PTNT, written with the abbreviation and matched to the directory's full name.
    expect(await selectedText(taskCard(page, 5).getByLabel(/Chủ trì:/).first())).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    // Deadlines are shown as the notice writes them.
    expect(await page.locator('.import-task .import-deadline').count()).toBeGreaterThan(0);
    expect(await page.locator('.import-task .import-deadline').first().textContent()).toMatch(/^(trước ngày \d{2}\/\d{2}\/\d{4}|trong tháng \d{2} năm \d{4})$/);
    // The web page's chrome is listed as dropped.
    expect(await page.locator('.import-dropped summary').textContent()).toMatch(/Đã bỏ \d+ dòng của trang web/);

    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-preview.png'), fullPage: false });
    await taskCard(page, 10).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-preview-tasks.png') });
    await page.locator('#import-body-title').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-preview-body.png') });
    await page.locator('.import-scheme').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-preview-schemes.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Re-link task 10's lead agency to another directory agency.
    const agencies = (await app.api.listAgencies({})).agencies;
    const culture = agencies.find((agency) => agency.name === 'Sở Văn hóa, Thể thao và Du lịch');
    expect(culture).toBeDefined();
    await task10Lead.selectOption({ label: 'Sở Văn hóa, Thể thao và Du lịch' });
    expect(await selectedText(task10Lead)).toBe('Sở Văn hóa, Thể thao và Du lịch');

    await page.getByRole('button', { name: 'Tạo dự thảo' }).first().click();
    await waitForEditor(page);
    const id = openNoticeId(page);
    await poll(() => page.locator('.nb-body .nb-task').count()).toBe(16);

    const { notice } = await app.api.getNotice({ id });
    const tasks = notice.body.filter((block): block is TaskBlock => block.type === 'task');
    expect(tasks).toHaveLength(16);
    expect(tasks[9]?.leadAgencies[0]).toEqual({ id: culture?.id, name: 'Sở Văn hóa, Thể thao và Du lịch' });
    expect(tasks[4]?.leadAgencies[0]?.id).toBe(agencies.find((agency) => agency.name === 'Sở Nông nghiệp và Phát triển nông thôn')?.id);
    expect(notice.summary).toMatch(/^Kết luận của Chủ tịch UBND tỉnh/);
  });

  it('reads an uploaded .docx exported from a notice', async () => {
    const sample = loadSample();
    const docx = await buildNoticeDocx(sample);
    const page = await openImportScreen(app);
    await page.getByLabel('Chọn tệp .docx hoặc .txt…').setInputFiles({ name: 'TB-thang-9.docx', mimeType: DOCX_MIME, buffer: Buffer.from(docx) });

    await page.getByRole('heading', { level: 1, name: 'Xem trước: tệp TB-thang-9.docx' }).waitFor();
    const sampleTasks = sample.body.filter((block) => block.type === 'task').length;
    await poll(() => page.locator('.import-task').count()).toBe(sampleTasks);
    // The header came from the document: the trích yếu row says so.
    const summaryRow = page.locator('.import-header tr', { has: page.getByRole('rowheader', { name: 'Trích yếu' }) });
    expect(await summaryRow.locator('td').first().textContent()).toBe(sample.summary);
    expect(await summaryRow.getByText('Đọc từ văn bản').count()).toBe(1);
  });

  it('keeps the user on the screen with a Vietnamese message for bad files and an oversized paste', async () => {
    const page = await openImportScreen(app);
    const fileInput = page.getByLabel('Chọn tệp .docx hoặc .txt…');
    const alert = page.getByRole('alert').filter({ hasText: /./ });

    await fileInput.setInputFiles({ name: 'rac.docx', mimeType: DOCX_MIME, buffer: randomBytes(20_000) });
    await poll(() => alert.textContent()).toMatch(/không phải tệp \.docx hợp lệ|bị hỏng/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-error.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await expect(page.getByRole('heading', { level: 1, name: 'Nhập thông báo cũ' }).isVisible()).resolves.toBe(true);

    await fileInput.setInputFiles({ name: 'rac.txt', mimeType: 'text/plain', buffer: randomBytes(20_000) });
    await poll(() => alert.textContent()).toMatch(/không phải văn bản/);

    await fileInput.setInputFiles({ name: 'rong.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await poll(() => alert.textContent()).toMatch(/rỗng/);

    await fileInput.setInputFiles({ name: 'cu.doc', mimeType: 'application/msword', buffer: Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(2000), 'hex') });
    await poll(() => alert.textContent()).toMatch(/\.doc|Word/);

    // Nothing was stored by any of them.
    expect((await app.api.listNotices({ trashed: false, limit: 50, offset: 0 })).total).toBe(0);

    // A paste over the limit is refused before it is sent.
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/previewImport')) requests += 1;
    });
    const line = 'Sở Y tế tiếp tục rà soát, báo cáo UBND tỉnh trước ngày 15/10/2020.\n';
    await pasteInto(page, 'Nội dung thông báo', line.repeat(Math.ceil((IMPORT_LIMITS.maxTextBytes + 1024) / line.length)));
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await poll(() => alert.textContent()).toMatch(/^Văn bản dán vào quá dài \(.*MB, tối đa 1,0 MB\)/);
    expect(requests).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: 'Nhập thông báo cũ' }).isVisible()).toBe(true);

    await page.getByLabel('Nội dung thông báo').fill('   ');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await poll(() => alert.textContent()).toMatch(/Hãy dán nội dung thông báo/);
  });

  it('shows the keyboard-shortcut help on F1', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Thư viện thông báo' }).waitFor();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Hướng dẫn sử dụng — phím tắt' });
    await dialog.waitFor();
    expect(await dialog.getByRole('cell', { name: 'Ctrl+S', exact: true }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
  });
});
