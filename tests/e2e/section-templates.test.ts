/**
 * Section templates (issue 12): inserted at the caret into any notice, numbered in place, blanks filled from the
 * meeting, and removed again by one undo.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/app';
import { skipReason } from './support/browser';
import { computeBlockLabels } from '../../shared/format/numbering';
import type { Notice } from '../../shared/notice/schema';
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
});
