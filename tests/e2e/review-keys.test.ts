/**
 * Reviewing from the keyboard (issue 12): Ctrl+Shift+Enter confirms the mark where the caret is and goes to the next
 * one (the trích yếu included), the shortcut is shown in the review tab, and "Xác nhận tất cả" asks first and is one
 * undo step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Notice } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, savedNotice } from './support/editor';
import { loadSample, taskBlock } from './support/notices';

function markedNotice(): Notice {
  const sample = loadSample();
  return {
    ...sample,
    summaryToReview: true,
    body: [
      { id: 'p1', type: 'paragraph', text: [{ text: 'Đoạn mở đầu.' }] },
      taskBlock('t1', 'Nhiệm vụ một.', { toReview: true }),
      taskBlock('t2', 'Nhiệm vụ hai.', {
        subItems: [{ id: 't2-a', level: 1, text: [{ text: 'Ý con cần xem.' }], leadAgencies: [], coordinatingAgencies: [], toReview: true }],
      }),
      taskBlock('t3', 'Nhiệm vụ ba.', { toReview: true }),
    ],
  };
}

/** The id of the innermost block or sub-item holding the caret, or the focused field's name. */
function caretPlace(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) return active.getAttribute('aria-label') ?? '';
    const node = document.getSelection()?.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    return element?.closest<HTMLElement>('[data-block-id]')?.dataset.blockId ?? '';
  });
}

function marked(page: Page): Promise<string[]> {
  return page.locator('.nb-page [data-to-review="true"]').evaluateAll((elements) =>
    elements.map((element) => (element as HTMLElement).dataset.blockId ?? 'summary'),
  );
}

describe.skipIf(skipReason)('review marks from the keyboard', () => {
  const app = useApp();

  it('confirms the mark at the caret and goes to the next one with Ctrl+Shift+Enter, one undo step each', async () => {
    const record = await app.api.createFromNotice({ notice: markedNotice() });
    const { page } = app;
    await openEditor(app, record.id);
    await page.getByRole('tab', { name: 'Cần rà soát (4)' }).click();
    await page.getByText('Ctrl+Shift+Enter', { exact: true }).waitFor();

    await caretAtEnd(page.locator('[data-block-id="t1"] .nb-task-content'));
    await page.keyboard.press('Control+Shift+Enter');
    await poll(() => caretPlace(page)).toBe('t2-a');
    expect(await marked(page)).toEqual(['summary', 't2-a', 't3']);

    await page.keyboard.press('Control+Shift+Enter');
    await poll(() => caretPlace(page)).toBe('t3');
    // After the last block it wraps to the trích yếu.
    await page.keyboard.press('Control+Shift+Enter');
    await poll(() => caretPlace(page)).toBe('Trích yếu');
    await page.keyboard.press('Control+Shift+Enter');
    await page.getByRole('status').filter({ hasText: 'Đã rà soát xong' }).waitFor();
    await poll(() => marked(page)).toEqual([]);
    const saved = await savedNotice(app, record.id, (n) => !n.summaryToReview && !n.body.some((b) => b.toReview));
    // Nothing else changed: no line break typed, no text touched.
    expect(saved.body.map((b) => b.type === 'task' ? b.content[0]?.text : null)).toEqual([null, 'Nhiệm vụ một.', 'Nhiệm vụ hai.', 'Nhiệm vụ ba.']);
    await page.getByRole('tab', { name: 'Cần rà soát (0)' }).waitFor();

    // Each confirmation is one undo step: Ctrl+Z brings back the trích yếu's mark only.
    await page.keyboard.press('Control+z');
    await poll(() => marked(page)).toEqual(['summary']);
  });

  it('confirms every mark with "Xác nhận tất cả" after asking, undone in one step', async () => {
    const record = await app.api.createFromNotice({ notice: markedNotice() });
    const { page } = app;
    await openEditor(app, record.id);
    await page.getByRole('tab', { name: 'Cần rà soát (4)' }).click();

    await page.getByRole('button', { name: 'Xác nhận tất cả' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xác nhận tất cả?' });
    await dialog.getByText('cả 4 mục').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await marked(page)).toHaveLength(4);

    await page.getByRole('button', { name: 'Xác nhận tất cả' }).click();
    await dialog.getByRole('button', { name: 'Xác nhận tất cả' }).click();
    await page.getByRole('tab', { name: 'Cần rà soát (0)' }).waitFor();
    await savedNotice(app, record.id, (n) => !n.summaryToReview && !n.body.some((b) => b.toReview || (b.type === 'task' && b.subItems.some((s) => s.toReview))));

    await caretAtEnd(page.locator('[data-block-id="p1"]'));
    await page.keyboard.press('Control+z');
    await poll(() => marked(page)).toEqual(['summary', 't1', 't2-a', 't3']);
  });
});
