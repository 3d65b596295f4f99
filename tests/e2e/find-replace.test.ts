/**
 * Find and replace over the whole notice (issue 12), with real keys: Ctrl+F / Ctrl+H (the browser's own find never
 * gets them), case- and diacritic-insensitive matches in the body and in the page fields, next/previous with the
 * current match highlighted and in view, replace one / replace all as one undo step, Esc returns the caret.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Notice } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, plain, savedNotice } from './support/editor';
import { loadSample, taskBlock } from './support/notices';

function noticeWithMonths(): Notice {
  const sample = loadSample();
  return {
    ...sample,
    summary: 'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp tháng 11 năm 2026',
    signature: { ...sample.signature, signerName: 'Nguyễn Văn …' },
    body: [
      { id: 'p1', type: 'paragraph', text: [{ text: 'Trong tháng 11, tình hình kinh tế - xã hội ' }, { text: 'THÁNG 11', bold: true }, { text: ' ổn định.' }] },
      taskBlock('t1', 'Sở Tài chính đôn đốc giải ngân trong Tháng 11 năm 2026.'),
      taskBlock('t2', 'Các sở rà soát, báo cáo trước ngày …/12/2026.'),
    ],
  };
}

/** Whether the last keydown of `key` was kept from the browser (its find bar would open otherwise). */
async function watchPrevented(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, boolean> = {};
    (window as unknown as { prevented: Record<string, boolean> }).prevented = seen;
    window.addEventListener('keydown', (event) => {
      if (event.ctrlKey) seen[event.key.toLowerCase()] = event.defaultPrevented;
    });
  });
}

function prevented(page: Page, key: string): Promise<boolean | undefined> {
  return page.evaluate((k) => (window as unknown as { prevented: Record<string, boolean> }).prevented[k], key);
}

/** The text of the ranges painted as the current match (CSS Custom Highlight). */
function currentHighlight(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('nb-find-current')?.values() ?? [])].map((range) => String(range)));
}

function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => (CSS.highlights.get('nb-find')?.size ?? 0) + (CSS.highlights.get('nb-find-current')?.size ?? 0));
}

function status(page: Page): Promise<string> {
  return page.locator('.nb-find-status').innerText();
}

describe.skipIf(skipReason)('find and replace', () => {
  const app = useApp();

  it('finds without case or diacritics in the body and the fields, steps through matches, and Esc returns the caret', async () => {
    const record = await app.api.createFromNotice({ notice: noticeWithMonths() });
    const { page } = app;
    await openEditor(app, record.id);
    await watchPrevented(page);
    const firstTask = page.locator('[data-block-id="t1"] .nb-task-content');
    await caretAtEnd(firstTask);

    await page.keyboard.press('Control+f');
    const find = page.getByRole('textbox', { name: 'Tìm trong thông báo' });
    await poll(() => find.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await prevented(page, 'f')).toBe(true);

    await page.keyboard.type('thang 11');
    // Trích yếu, "tháng 11" and bold "THÁNG 11" of the paragraph, "Tháng 11" of task 1: the search starts after the caret
    // (end of task 1), so it wraps to the first, in the trích yếu.
    await poll(() => status(page)).toBe('1/4 — trong ô “Trích yếu”');
    await poll(() => highlightCount(page)).toBe(3);
    expect(await page.getByRole('textbox', { name: 'Trích yếu' }).evaluate((el) => el.classList.contains('nb-find-field'))).toBe(true);

    await page.keyboard.press('Enter');
    await poll(() => status(page)).toBe('2/4');
    expect(await currentHighlight(page)).toEqual(['tháng 11']);
    await page.keyboard.press('Enter');
    expect(await currentHighlight(page)).toEqual(['THÁNG 11']);
    await page.keyboard.press('Enter');
    await poll(() => currentHighlight(page)).toEqual(['Tháng 11']);
    await page.keyboard.press('Shift+Enter');
    await poll(() => currentHighlight(page)).toEqual(['THÁNG 11']);
    await page.keyboard.press('F3');
    await poll(() => currentHighlight(page)).toEqual(['Tháng 11']);
    // The current match is in view.
    const inView = await page.locator('[data-block-id="t1"]').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);

    // đ and d are one letter to the search.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('DON DOC');
    await poll(() => currentHighlight(page)).toEqual(['đôn đốc']);

    // Esc closes, clears the paint and selects the current match in the text: typing replaces it.
    await page.keyboard.press('Escape');
    await page.getByRole('search', { name: 'Tìm và thay thế' }).waitFor({ state: 'detached' });
    expect(await highlightCount(page)).toBe(0);
    await page.keyboard.type('nhắc');
    await poll(() => firstTask.innerText()).toBe('Sở Tài chính nhắc giải ngân trong Tháng 11 năm 2026.');
  });

  it('replaces one and all, in the body and the side fields, undone in one step, marks kept', async () => {
    const notice = noticeWithMonths();
    notice.body = notice.body.map((block) => (block.id === 't1' ? { ...block, toReview: true } : block));
    const record = await app.api.createFromNotice({ notice });
    const { page } = app;
    await openEditor(app, record.id);
    await watchPrevented(page);
    await page.getByRole('textbox', { name: 'Họ tên người ký' }).click();

    await page.keyboard.press('Control+h');
    expect(await prevented(page, 'h')).toBe(true);
    const find = page.getByRole('textbox', { name: 'Tìm trong thông báo' });
    const replace = page.getByRole('textbox', { name: 'Thay bằng' });
    // Nothing to find yet: as in Word, Ctrl+H asks first what to find.
    await poll(() => find.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('…');
    // From the signer's name (the caret was there) the search starts at its "…", the last match.
    await poll(() => status(page)).toBe('2/2 — trong ô “Họ tên người ký”');

    // Replace one: the signer's "…" only.
    await replace.focus();
    await page.keyboard.type('An');
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('textbox', { name: 'Họ tên người ký' }).inputValue()).toBe('Nguyễn Văn An');
    await poll(() => status(page)).toBe('1/1');

    // Replace all "tháng 11" with "tháng 12" in every place: the trích yếu, the paragraph (bold run too), the task.
    await find.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('thang 11');
    await poll(() => status(page)).not.toBe('1/1');
    await replace.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('tháng 12');
    await page.keyboard.press('Control+Enter');
    await poll(() => status(page)).toBe('Không tìm thấy.');
    const replaced = await savedNotice(app, record.id, (n) => n.summary.endsWith('tháng 12 năm 2026') && n.signature.signerName === 'Nguyễn Văn An');
    const paragraph = replaced.body[0];
    expect(paragraph?.type === 'paragraph' ? plain(paragraph.text) : '').toBe(
      'Trong tháng 12, tình hình kinh tế - xã hội tháng 12 ổn định.',
    );
    const task = replaced.body.find((block) => block.id === 't1');
    expect(task?.type === 'task' ? plain(task.content) : '').toBe('Sở Tài chính đôn đốc giải ngân trong tháng 12 năm 2026.');
    // A replacement is not a review: the mark stays.
    expect(task?.toReview).toBe(true);

    // One Ctrl+Z (focus in the bar: it goes to the notice's history) brings back every "tháng 11", in body and field.
    await page.keyboard.press('Control+z');
    const undone = await savedNotice(app, record.id, (n) => n.summary.endsWith('tháng 11 năm 2026'));
    expect(undone.body.find((b) => b.id === 't1')).toMatchObject({ content: [{ text: 'Sở Tài chính đôn đốc giải ngân trong Tháng 11 năm 2026.' }] });
    expect(undone.signature.signerName).toBe('Nguyễn Văn An');
    await poll(() => status(page)).toBe('1/4 — trong ô “Trích yếu”');

    // Esc from a match in a field puts the caret in that field with the match selected.
    await page.keyboard.press('Escape');
    const summary = page.getByRole('textbox', { name: 'Trích yếu' });
    await poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('tháng 11');
  });
});
