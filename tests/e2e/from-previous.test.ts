/** "New from last month" through the UI, from the sample notice: marks to review, clearing them, the month moved. */
import { describe, expect, it } from 'vitest';
import type { TaskBlock } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, exportWithKeyboard, openNoticeId, plain, savedNotice, waitForEditor } from './support/editor';
import { loadSample } from './support/notices';

describe.skipIf(skipReason)('new from last month', () => {
  const app = useApp();

  it('copies the sample with its 16 tasks to review; editing or confirming clears a mark; the month moves forward', async () => {
    const source = await app.api.createFromNotice({ notice: loadSample() });
    expect(source.notice.summary).toContain('tháng 9 năm 2020');
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Tạo từ thông báo trước' }).click();
    const dialog = page.getByRole('dialog');
    // The default source is the latest notice: the sample.
    expect(await dialog.getByLabel('Thông báo gốc').inputValue()).toBe(source.id);
    await dialog.getByRole('button', { name: 'Tạo thông báo' }).click();
    await waitForEditor(page);
    const id = openNoticeId(page);
    expect(id).not.toBe(source.id);
    // Copied today, the 2020 sample names agencies split in 2025: the editor asks for their successors first.
    const successors = page.getByRole('dialog', { name: 'Chọn cơ quan kế thừa' });
    await successors.getByRole('button', { name: 'Để sau' }).click();
    await successors.waitFor({ state: 'detached' });

    const tasks = page.locator('.nb-body .nb-task');
    const marked = page.locator('.nb-body .nb-task.nb-review');
    expect(await tasks.count()).toBe(16);
    expect(await marked.count()).toBe(16);
    const summary = await page.getByRole('textbox', { name: 'Trích yếu', exact: true }).inputValue();
    expect(summary).toContain('tháng 10 năm 2020');
    expect(summary).not.toContain('tháng 9');

    const reviewTab = page.getByRole('tab', { name: /^Cần rà soát/ });
    const initialCount = Number(/\((\d+)\)/.exec((await reviewTab.textContent()) ?? '')?.[1]);
    expect(initialCount).toBeGreaterThanOrEqual(17);

    // Editing task 4 reviews it.
    const fourth = tasks.nth(3);
    const fourthId = await fourth.getAttribute('data-block-id');
    await caretAtEnd(fourth.locator('.nb-task-content'));
    await page.keyboard.type(' Báo cáo kết quả trước ngày 15/11/2020.');
    await poll(() => marked.count()).toBe(15);
    expect(await fourth.getAttribute('class')).not.toContain('nb-review');

    // "Xác nhận" in the side panel clears the mark of task 2 without editing it.
    await reviewTab.click();
    const secondId = await tasks.nth(1).getAttribute('data-block-id');
    await page.getByRole('button', { name: /^Xác nhận Nhiệm vụ 2\b/ }).click();
    await poll(() => marked.count()).toBe(14);
    expect(await tasks.nth(1).getAttribute('class')).not.toContain('nb-review');
    await poll(async () => (await reviewTab.textContent()) ?? '').toContain(`(${initialCount - 2})`);

    // Clicking an entry jumps to its block.
    await page.getByRole('button', { name: /^Nhiệm vụ 16\b/ }).click();
    await poll(() => tasks.nth(15).evaluate((task) => task.contains(document.getSelection()?.anchorNode ?? null))).toBe(true);

    const saved = await savedNotice(app, id, (notice) => {
      const byId = new Map(notice.body.map((block) => [block.id, block]));
      return byId.get(fourthId ?? '')?.toReview !== true && byId.get(secondId ?? '')?.toReview !== true;
    });
    const savedTasks = saved.body.filter((block): block is TaskBlock => block.type === 'task');
    expect(savedTasks.filter((task) => task.toReview)).toHaveLength(14);
    expect(plain(savedTasks[3]!.content)).toMatch(/ Báo cáo kết quả trước ngày 15\/11\/2020\.$/);
    expect(saved.summary).toContain('tháng 10 năm 2020');

    // Exporting with marks left asks first.
    const paragraphs = await exportWithKeyboard(page, true);
    expect(paragraphs.some((paragraph) => paragraph.includes('tháng 10 năm 2020'))).toBe(true);
  });
});
