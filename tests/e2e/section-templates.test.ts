/**
 * Section templates (issue 12): inserted at the caret into any notice, numbered in place, blanks filled from the
 * meeting, and removed again by one undo; saved from the editor and managed in Settings.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/app';
import { skipReason } from './support/browser';
import { computeBlockLabels } from '../../shared/format/numbering';
import type { Block, Notice } from '../../shared/notice/schema';
import { caretAtEnd, openEditor, savedNotice } from './support/editor';

/** The label the notice prints before a block (the one numbering function of the .docx), from what was saved. */
async function savedLabel(app: ReturnType<typeof useApp>, id: string, noticeId: string, check: (notice: Notice) => boolean): Promise<string | undefined> {
  return computeBlockLabels((await savedNotice(app, noticeId, check)).body).get(id);
}

function bodyIds(page: Page): Promise<string[]> {
  return page.locator('.nb-body > [data-block-id]').evaluateAll((blocks) => blocks.map((b) => b.getAttribute('data-block-id') ?? ''));
}

describe.skipIf(skipReason)('section templates', () => {
  const app = useApp();

  it('inserts the numbered tasks at the caret, numbered in place, blanks filled; one undo removes it', async () => {
    const record = await app.api.createFromTemplate({ templateId: 'monthly-session' });
    const { page } = app;
    await openEditor(app, record.id);
    await page.getByRole('tab', { name: 'Cuộc họp' }).click();
    const date = page.getByLabel('Ngày họp', { exact: true });
    await date.click();
    await page.keyboard.insertText('27/11/2026');
    const idsBefore = await bodyIds(page);
    expect(await savedLabel(app, 'nhiem-vu-ke-hoach-dau-tu', record.id, (n) => n.meeting.date === '2026-11-27')).toBe('2.');

    await caretAtEnd(page.locator('[data-block-id="nhiem-vu-chung"] .nb-task-content'));
    await page.getByRole('combobox', { name: 'Chèn phần mẫu tại vị trí con trỏ' }).selectOption({ label: 'Nhiệm vụ trọng tâm (các khoản đánh số)' });

    await expect.poll(async () => (await bodyIds(page)).length).toBe(idsBefore.length + 4);
    const ids = await bodyIds(page);
    const at = ids.indexOf('nhiem-vu-chung');
    const inserted = ids.slice(at + 1, at + 5);
    expect(inserted.every((id) => !idsBefore.includes(id))).toBe(true);
    expect(ids[at + 5]).toBe('nhiem-vu-ke-hoach-dau-tu');
    // The year blank of the first inserted task follows the meeting.
    expect(await page.locator(`[data-block-id="${inserted[0]}"] .nb-task-content`).textContent()).toContain('kế hoạch năm 2026,');
    // Numbered in place: the inserted tasks are 2.–5., the task that was 2. is now 6.
    const grown = (notice: Notice) => notice.body.length === idsBefore.length + 4;
    expect(await savedLabel(app, inserted[0] ?? '', record.id, grown)).toBe('2.');
    expect(await savedLabel(app, 'nhiem-vu-ke-hoach-dau-tu', record.id, grown)).toBe('6.');

    await page.keyboard.press('Control+z');
    await expect.poll(() => bodyIds(page)).toEqual(idsBefore);
    const restored = (notice: Notice) => notice.body.map((b) => b.id).join() === idsBefore.join();
    expect(await savedLabel(app, 'nhiem-vu-ke-hoach-dau-tu', record.id, restored)).toBe('2.');
  });

  it("offers the user's own section templates from the library and inserts one after the caret", async () => {
    const working = await app.api.createFromTemplate({ templateId: 'working-session' });
    const monthly = (await app.api.getNotice({ id: (await app.api.createFromTemplate({ templateId: 'monthly-session' })).id })).notice;
    const schemes = monthly.body.filter((block) => block.type === 'scheme');
    await app.api.saveSectionTemplate({ name: 'Đề án của kỳ họp', description: '', blocks: schemes });
    const { page } = app;
    await openEditor(app, working.id);
    const idsBefore = await bodyIds(page);
    await caretAtEnd(page.locator('[data-block-id="mo-dau"]'));
    await page.getByRole('combobox', { name: 'Chèn phần mẫu tại vị trí con trỏ' }).selectOption({ label: 'Đề án của kỳ họp' });
    await expect.poll(async () => (await bodyIds(page)).length).toBe(idsBefore.length + schemes.length);
    const saved = await savedNotice(app, working.id, (notice) => notice.body.length === idsBefore.length + schemes.length);
    const at = idsBefore.indexOf('mo-dau');
    expect(saved.body.slice(at + 1, at + 1 + schemes.length).map((block) => block.type)).toEqual(schemes.map(() => 'scheme'));
    expect(saved.body.filter((block) => idsBefore.includes(block.id)).map((block) => block.id)).toEqual(idsBefore);
  });

  it('saves the section holding the caret as a named template, offers it in another notice, renames and deletes it in Settings', async () => {
    const monthly = await app.api.createFromTemplate({ templateId: 'monthly-session' });
    const body = (await app.api.getNotice({ id: monthly.id })).notice.body;
    const { page } = app;
    await openEditor(app, monthly.id);

    // Caret in a task of a section: the section is its heading and every block up to the next heading.
    await caretAtEnd(page.locator('[data-block-id="nhiem-vu-chung"] .nb-task-content'));
    const toolbar = page.getByRole('toolbar', { name: 'Công cụ soạn thảo' });
    await toolbar.getByRole('combobox', { name: 'Chèn phần mẫu tại vị trí con trỏ' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Lưu phần này làm mẫu');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Lưu phần này làm mẫu' });
    await expect.poll(() => dialog.getByLabel('Tên mẫu phần').evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Nhiệm vụ tháng của UBND tỉnh');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Các nhiệm vụ giao sở, ngành');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.api.listSectionTemplates({})).templates.length).toBe(1);
    const [saved] = (await app.api.listSectionTemplates({})).templates;
    expect(saved?.name).toBe('Nhiệm vụ tháng của UBND tỉnh');
    expect(saved?.description).toBe('Các nhiệm vụ giao sở, ngành');
    // Exactly the section: from the heading above the caret to the block before the next heading.
    const at = body.findIndex((block) => block.id === 'nhiem-vu-chung');
    const start = body.slice(0, at + 1).map((block) => block.type).lastIndexOf('heading');
    const next = body.findIndex((block, index) => index > start && block.type === 'heading');
    const section = body.slice(start, next < 0 ? body.length : next);
    expect(section.length).toBeGreaterThan(1);
    expect(saved?.blocks.map((block) => block.id)).toEqual(section.map((block) => block.id));
    // Blanks bound to the meeting stay bound in the template.
    const fieldsOf = (blocks: readonly Block[]) => JSON.stringify(blocks).match(/"field":"meeting\.[a-zA-Z]+"/g) ?? [];
    expect(fieldsOf(saved?.blocks ?? []).length).toBeGreaterThan(0);
    expect(fieldsOf(saved?.blocks ?? [])).toEqual(fieldsOf(section));

    // Offered in "Chèn phần mẫu" of another notice (the editor lists the library's templates when it opens).
    const working = await app.api.createFromTemplate({ templateId: 'working-session' });
    await openEditor(app, working.id);
    const idsBefore = await bodyIds(page);
    await caretAtEnd(page.locator('[data-block-id="mo-dau"]'));
    await page.getByRole('combobox', { name: 'Chèn phần mẫu tại vị trí con trỏ' }).selectOption({ label: 'Nhiệm vụ tháng của UBND tỉnh' });
    const inserted = await savedNotice(app, working.id, (notice) => notice.body.length === idsBefore.length + section.length);
    const from = idsBefore.indexOf('mo-dau') + 1;
    expect(fieldsOf(inserted.body.slice(from, from + section.length))).toEqual(fieldsOf(section));

    // Settings: rename, then delete with confirmation; the built-in ones cannot be deleted.
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    const own = page.getByRole('list', { name: 'Mẫu phần của tôi' });
    await own.getByRole('button', { name: 'Đổi tên, mô tả mẫu phần “Nhiệm vụ tháng của UBND tỉnh”' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => own.getByLabel('Tên mẫu phần').evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Nhiệm vụ trọng tâm hằng tháng');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.api.listSectionTemplates({})).templates.map((t) => t.name)).toEqual(['Nhiệm vụ trọng tâm hằng tháng']);
    expect((await app.api.listSectionTemplates({})).templates[0]?.blocks).toEqual(saved?.blocks);

    const builtIn = page.getByRole('list', { name: 'Mẫu phần có sẵn' });
    expect(await builtIn.getByRole('listitem').count()).toBe(3);
    expect(await builtIn.getByRole('button').count()).toBe(0);

    await own.getByRole('button', { name: 'Xóa mẫu phần “Nhiệm vụ trọng tâm hằng tháng”' }).focus();
    await page.keyboard.press('Enter');
    const confirmDialog = page.getByRole('dialog', { name: 'Xóa mẫu phần' });
    await confirmDialog.waitFor();
    // The modal opens on its first button ("Hủy"): Tab to the confirmation.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hủy');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.api.listSectionTemplates({})).templates.length).toBe(0);
    await page.getByText('Chưa có mẫu phần nào của riêng bạn.').waitFor();
  });
});
