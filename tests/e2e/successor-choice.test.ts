/**
 * "New from last month" from the September 2020 sample for a December 2026 meeting: the editor asks, for each
 * agency that ended with several successors, which one takes its tasks (each listed with the part it took).
 */
import { describe, expect, it } from 'vitest';
import type { TaskBlock } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { openEditor, savedNotice } from './support/editor';
import { loadSample } from './support/notices';

const LABOUR = 'Sở Lao động - Thương binh và Xã hội';

describe.skipIf(skipReason)('choosing the successor of a split agency', () => {
  const app = useApp();

  it('asks in Vietnamese, lists the part each successor took, and applies the choice', async () => {
    const source = await app.api.createFromNotice({ notice: loadSample() });
    const draft = await app.api.createFromPrevious({ sourceId: source.id, meetingDate: '2026-12-10' });
    const labourTaskId = draft.notice.body.filter((b): b is TaskBlock => b.type === 'task')[11]!.id;
    const { page } = app;
    await openEditor(app, draft.id);
    const dialog = page.getByRole('dialog', { name: 'Chọn cơ quan kế thừa' });
    let sawLabour = false;
    // One question per split agency the notice named (departments, and districts whose area went to several communes).
    for (let asked = 0; asked < 20; asked++) {
      await dialog.waitFor();
      const message = (await dialog.locator('.dialog-message').textContent()) ?? '';
      if (message.startsWith(`${LABOUR} không còn`)) {
        sawLabour = true;
        const parts = await dialog.locator('.successor-choices li').allTextContents();
        expect(parts.map((p) => p.split(' — ')[0])).toEqual(['Sở Nội vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo']);
        expect(parts.every((p) => p.includes(' — nhận phần '))).toBe(true);
        await dialog.getByRole('button', { name: 'Sở Y tế', exact: true }).click();
      } else {
        await dialog.getByRole('button', { name: 'Giao cho tất cả các cơ quan trên' }).click();
      }
      // The next question (or none) comes with the editor reloaded on the saved choice.
      await poll(async () => (await dialog.count()) === 0 || (await dialog.locator('.dialog-message').textContent()) !== message).toBe(true);
      if ((await dialog.count()) === 0) break;
    }
    expect(sawLabour).toBe(true);
    await poll(() => dialog.count()).toBe(0);

    const saved = await savedNotice(app, draft.id, (notice) =>
      notice.body.some((b) => b.id === labourTaskId && b.type === 'task' && b.leadAgencies.every((r) => !r.replaces)),
    );
    const task = saved.body.find((b): b is TaskBlock => b.id === labourTaskId && b.type === 'task')!;
    expect(task.leadAgencies).toEqual([{ id: 'so-y-te', name: 'Sở Y tế' }]);
    expect(task.title.map((r) => r.text).join('')).toBe('Sở Y tế');
    expect(task.toReview).toBe(true);
    expect(task.reviewReason).toContain(LABOUR);
    await poll(() => page.locator(`.nb-body [data-block-id="${labourTaskId}"]`).textContent()).toContain('Sở Y tế');
  });
});
