/**
 * A block marked for review with a reason ("new from last month" across the 2025 mergers says why) keeps its reason
 * through the editor's saves while the mark stays, shows it in the review list and on the block, and loses both when
 * the block is confirmed.
 */
import { describe, expect, it } from 'vitest';
import type { Notice, TaskBlock } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, savedNotice } from './support/editor';
import { loadSample, taskBlock } from './support/notices';

const REASON = 'Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/3/2025';

function withReasons(): Notice {
  return {
    ...loadSample(),
    body: [
      taskBlock('nv-1', 'Rà soát kế hoạch đầu tư công năm 2027.', { toReview: true, reviewReason: REASON }),
      taskBlock('nv-2', 'Hoàn thiện báo cáo tháng.'),
    ],
  };
}

const task = (notice: Notice, id: string) => notice.body.find((b): b is TaskBlock => b.type === 'task' && b.id === id);

describe.skipIf(skipReason)('review reasons in the editor', () => {
  const app = useApp();

  it('keeps the reason through an autosave, shows it, and drops it with the mark on confirming', async () => {
    const record = await app.api.createFromNotice({ notice: withReasons() });
    const { page } = app;
    await openEditor(app, record.id);

    await page.getByRole('tab', { name: /Cần rà soát/u }).click();
    await page.locator('.review-list .review-reason').filter({ hasText: REASON }).waitFor();
    expect(await page.locator('.nb-body [data-block-id="nv-1"]').getAttribute('title')).toBe(`Cần rà soát: ${REASON}`);

    // An edit elsewhere saves the whole notice: the marked task keeps its reason.
    await caretAtEnd(page.locator('[data-block-id="nv-2"] .nb-task-content'));
    await page.keyboard.type(' Gửi trước ngày 05.');
    const saved = await savedNotice(app, record.id, (notice) => (task(notice, 'nv-2')?.content.map((r) => r.text).join('') ?? '').endsWith('05.'));
    expect(task(saved, 'nv-1')).toMatchObject({ toReview: true, reviewReason: REASON });

    await page.getByRole('button', { name: /^Xác nhận Nhiệm vụ 1/u }).click();
    const confirmed = await savedNotice(app, record.id, (notice) => task(notice, 'nv-1')?.toReview !== true);
    expect(task(confirmed, 'nv-1')?.reviewReason).toBeUndefined();
    await poll(() => page.locator('.nb-body [data-block-id="nv-1"]').getAttribute('title')).toBeNull();
  });
});
