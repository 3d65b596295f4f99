/** A task's deadline panel shows and edits a recurring deadline ("trước ngày 15 hằng tháng", "định kỳ 02 tuần/lần"). */
import { describe, expect, it } from 'vitest';
import type { Notice, TaskBlock } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, savedNotice } from './support/editor';
import { loadSample } from './support/notices';

const firstTask = (notice: Notice) => notice.body.find((block): block is TaskBlock => block.type === 'task');

describe.skipIf(skipReason)('recurring deadlines in the editor', () => {
  const app = useApp();

  it('shows a recurring deadline, changes its period, interval and day, and refuses a day out of range', async () => {
    const notice = loadSample();
    const task = firstTask(notice)!;
    task.content = [{ text: 'Sở Tài chính tổng hợp tình hình giải ngân, báo cáo UBND tỉnh trước ngày 15 hằng tháng.' }];
    task.deadline = { kind: 'recurring', every: 'month', day: 15 };
    const record = await app.api.createFromNotice({ notice });
    const { page } = app;
    await openEditor(app, record.id);

    const taskElement = page.locator('.nb-body .nb-task').first();
    // The summary of a task away from the caret states it.
    await poll(() => taskElement.locator('.nb-meta-view').textContent()).toContain('trước ngày 15 hằng tháng');

    await caretAtEnd(taskElement.locator('.nb-task-content'));
    const panel = taskElement.getByRole('group', { name: 'Thời hạn' });
    await poll(() => panel.locator('select').first().inputValue()).toBe('recurring');
    expect(await panel.getByLabel('Chu kỳ').inputValue()).toBe('month');
    expect(await panel.getByLabel('Hạn trong kỳ: trước ngày').inputValue()).toBe('15');
    expect(await panel.getByLabel('Số kỳ một lần').isDisabled()).toBe(true);

    // Every two weeks: a week has no day of its own, the interval takes over.
    await panel.getByLabel('Chu kỳ').selectOption('week');
    await poll(() => panel.locator('.nb-deadline-text').textContent()).toBe('(định kỳ hằng tuần)');
    const interval = panel.getByLabel('Số kỳ một lần');
    await interval.fill('2');
    await poll(() => panel.locator('.nb-deadline-text').textContent()).toBe('(định kỳ 02 tuần/lần)');
    await savedNotice(app, record.id, (saved) => JSON.stringify(firstTask(saved)?.deadline) === JSON.stringify({ kind: 'recurring', every: 'week', interval: 2 }));

    // Quarterly, before the 10th; a day that no period has is refused with a message and changes nothing.
    await panel.getByLabel('Chu kỳ').selectOption('quarter');
    const day = panel.getByLabel('Hạn trong kỳ: trước ngày');
    await day.fill('45');
    await poll(() => panel.getByRole('alert').textContent()).toBe('Ngày trong kỳ phải từ 1 đến 31.');
    await day.fill('10');
    await poll(() => panel.locator('.nb-deadline-text').textContent()).toBe('(trước ngày 10 hằng quý)');
    await savedNotice(app, record.id, (saved) => JSON.stringify(firstTask(saved)?.deadline) === JSON.stringify({ kind: 'recurring', every: 'quarter', day: 10 }));
    await expect.poll(() => panel.getByRole('alert').count()).toBe(0);
  });
});
