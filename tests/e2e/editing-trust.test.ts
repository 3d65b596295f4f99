/**
 * Edits a secretary must be able to trust (issue 12), each a repro with real keys: undo stays inside the notice,
 * a deadline is typed as dd/mm/yyyy in any browser language, undo leaves no stranded number, triple-click then
 * typing keeps the next paragraph.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Notice, TaskBlock } from '../../shared/notice/schema';
import { newTestContext, poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, plain, savedNotice } from './support/editor';
import { loadSample, taskBlock } from './support/notices';

function tasksOf(notice: Notice): TaskBlock[] {
  return notice.body.filter((block): block is TaskBlock => block.type === 'task');
}

async function addCoordinating(page: Page, task: Locator, typed: string, name: string): Promise<void> {
  await task.getByRole('combobox', { name: 'Thêm cơ quan phối hợp' }).click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: new RegExp(name) }).first().waitFor();
  await page.keyboard.press('Enter');
  await task.locator('.nb-meta-edit .nb-chip', { hasText: name }).waitFor();
}

/** Where the keyboard is: 'body' (the notice text), 'meta' (a task's panel), or the accessible name of a field. */
function focusPlace(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) return 'none';
    if (active.closest('.nb-meta')) return 'meta';
    if (active.classList.contains('nb-body')) return 'body';
    return active.getAttribute('aria-label') ?? active.tagName;
  });
}

/** Every line the tasks show, with the number drawn before it: what the reader sees, in order. */
function shownTasks(page: Page): Promise<string[]> {
  return page.locator('.nb-body .nb-task').evaluateAll((tasks) =>
    tasks.map((task) =>
      [...task.querySelectorAll<HTMLElement>('.nb-line')]
        .filter((line) => line.getClientRects().length > 0)
        .map((line) => `${getComputedStyle(line, '::before').content}${line.textContent ?? ''}`)
        .join(' | '),
    ),
  );
}

describe.skipIf(skipReason)('editing a secretary can trust', () => {
  const app = useApp();

  it('keeps undo inside the notice: Ctrl+Z after restoring an opened task never reverts other fields (bug 1)', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await openEditor(app, record.id);
    const typedScheme = ' Hoàn thành trước ngày 10/12/2026.';
    const typedSigner = ' Văn';

    for (const id of ['t2', 't3', 't4']) {
      const task = page.locator(`[data-block-id="${id}"]`);
      await task.getByRole('button', { name: 'Sửa cơ quan, thời hạn' }).click();
      await addCoordinating(page, task, 'tai chinh', 'Sở Tài chính');
    }
    const scheme = page.locator('[data-block-id="da1"] .nb-scheme-conclusion');
    const schemeBefore = (await scheme.textContent()) ?? '';
    await caretAtEnd(scheme);
    await page.keyboard.type(typedScheme);
    const signer = page.getByRole('textbox', { name: 'Họ tên người ký' });
    const signerBefore = await signer.inputValue();
    await signer.click();
    await page.keyboard.press('End');
    await page.keyboard.type(typedSigner);

    await caretAtEnd(page.locator('[data-block-id="t4"] .nb-task-content'));
    await page.keyboard.press('Alt+ArrowUp');
    const opened = page.locator('[data-block-id="t2"] .nb-task-content');
    const openedBefore = await opened.textContent();
    await opened.click({ clickCount: 3 });
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');

    // The two undos brought the task's text back; the keyboard is still in the notice's text, never in a field
    // where the browser's own undo would act, and nothing typed elsewhere was reverted.
    await poll(() => opened.textContent()).toBe(openedBefore);
    expect(await focusPlace(page)).toBe('body');
    expect(await signer.inputValue()).toBe(signerBefore + typedSigner);
    expect(await scheme.textContent()).toBe(schemeBefore + typedScheme);
    const saved = await savedNotice(app, record.id, (notice) => tasksOf(notice).length === 16 && notice.signature.signerName.endsWith(typedSigner));
    const da1 = saved.body.find((block) => block.id === 'da1');
    expect(da1?.type === 'scheme' ? plain(da1.conclusion) : '').toBe(schemeBefore + typedScheme);
  });

  it('undoes a side field with Ctrl+Z from the text, in the same history as the body (bug 1)', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await openEditor(app, record.id);
    const signer = page.getByRole('textbox', { name: 'Họ tên người ký' });
    const before = await signer.inputValue();
    await signer.click();
    await page.keyboard.press('End');
    // One input event each, so each edit is one undo step however slowly a loaded machine delivers keystrokes.
    await page.keyboard.insertText(' Văn');
    const content = page.locator('[data-block-id="t1"] .nb-task-content');
    const contentBefore = (await content.textContent()) ?? '';
    await caretAtEnd(content);
    await page.keyboard.insertText(' Thêm.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => content.textContent()).toBe(contentBefore);
    expect(await signer.inputValue()).toBe(`${before} Văn`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => signer.inputValue()).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => signer.inputValue()).toBe(`${before} Văn`);
    await savedNotice(app, record.id, (notice) => notice.signature.signerName === `${before} Văn`);
  });

  // A second browser context (English) and two autosave round trips: more than the default minute on a loaded machine.
  it('takes a deadline typed as dd/mm/yyyy in an English browser, and refuses a year out of range (bug 2)', { timeout: 120_000 }, async () => {
    const notice: Notice = { ...loadSample(), body: [taskBlock('nv-1', 'Sở Tài chính rà soát các khoản thu.')] };
    const record = await app.api.createFromNotice({ notice });
    const english = await newTestContext(app.context.browser()!, { locale: 'en-US' });
    try {
      const page = await english.newPage();
      await page.goto(app.urlFor(`#/thong-bao/${encodeURIComponent(record.id)}`));
      await page.locator('.nb-body[contenteditable="true"]').waitFor();
      await caretAtEnd(page.locator('[data-block-id="nv-1"] .nb-task-content'));
      const task = page.locator('[data-block-id="nv-1"]');
      await task.locator('.nb-deadline select').selectOption('by-date');
      const date = task.getByLabel('Ngày hết hạn');
      await date.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('15122026');
      expect(await date.inputValue()).toBe('15/12/2026');
      await expect.poll(() => task.locator('.nb-deadline-text').textContent()).toContain('15/12/2026');
      await savedNotice(app, record.id, (saved) => JSON.stringify(tasksOf(saved)[0]?.deadline) === JSON.stringify({ kind: 'by-date', date: '2026-12-15' }));

      await page.keyboard.press('Control+a');
      await page.keyboard.type('01/01/0026');
      await page.keyboard.press('Tab');
      await expect.poll(() => task.getByRole('alert').textContent()).toMatch(/Năm phải trong khoảng/u);
      const saved = await savedNotice(app, record.id, () => true);
      expect(tasksOf(saved)[0]?.deadline).toEqual({ kind: 'by-date', date: '2026-12-15' });
    } finally {
      await english.close();
    }
  });

  it('leaves no stranded number when Tab or a deletion in task 2 is undone (bug 3)', async () => {
    const texts = ['Nhiệm vụ thứ nhất.', 'Nhiệm vụ thứ hai.', 'Nhiệm vụ thứ ba.'];
    const notice: Notice = { ...loadSample(), body: texts.map((text, index) => taskBlock(`nv-${index + 1}`, text)) };
    const record = await app.api.createFromNotice({ notice });
    const { page } = app;
    await openEditor(app, record.id);
    // Compared with the caret in task 3 each time (the task holding the caret shows its empty title line to type in).
    const third = page.locator('[data-block-id="nv-3"] .nb-task-content');
    await caretAtEnd(third);
    const before = await shownTasks(page);
    await caretAtEnd(page.locator('[data-block-id="nv-2"] .nb-task-content'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+z');
    await caretAtEnd(third);
    await poll(() => shownTasks(page)).toEqual(before);
    expect(await page.locator('.nb-body > *').count()).toBe(3);

    await caretAtEnd(page.locator('[data-block-id="nv-2"] .nb-task-content'));
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+z');
    await caretAtEnd(third);
    await poll(() => shownTasks(page)).toEqual(before);
    expect(await page.locator('.nb-body > *').count()).toBe(3);
  });

  it('replaces only the triple-clicked paragraph when typing; the next paragraph stays its own (bug 4)', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await openEditor(app, record.id);
    const next = (await page.locator('[data-block-id="s1-p2"]').textContent()) ?? '';
    await page.locator('[data-block-id="s1-p1"]').click({ clickCount: 3 });
    await page.keyboard.type('Đoạn mới.');
    expect(await page.locator('[data-block-id="s1-p1"]').textContent()).toBe('Đoạn mới.');
    expect(await page.locator('[data-block-id="s1-p2"]').textContent()).toBe(next);
    const saved = await savedNotice(app, record.id, (notice) => notice.body.some((block) => block.id === 's1-p1' && block.type === 'paragraph' && plain(block.text) === 'Đoạn mới.'));
    const p2 = saved.body.find((block) => block.id === 's1-p2');
    expect(p2?.type === 'paragraph' ? plain(p2.text) : '').toBe(next);
  });

  it("reaches any task's agencies from its text with Alt+Enter and comes back with Esc where it left (keyboard)", async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await openEditor(app, record.id);
    const task = page.locator('[data-block-id="t3"]');
    const content = task.locator('.nb-task-content');
    const before = (await content.textContent()) ?? '';
    await caretAtEnd(content);
    // The way there is written beside the panel, not only in F1.
    await task.locator('.nb-meta-hint', { hasText: 'Alt+Enter' }).waitFor();
    await page.keyboard.press('Alt+Enter');
    await poll(() => focusPlace(page)).toBe('meta');
    await page.keyboard.type('tai chinh');
    await page.getByRole('option', { name: /Sở Tài chính/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await task.locator('.nb-meta-edit .nb-chip', { hasText: 'Sở Tài chính' }).waitFor();
    // Esc first closes a suggestion list still open, as in any combobox; then it leaves the panel.
    const box = task.getByRole('combobox', { name: 'Thêm cơ quan chủ trì' });
    if ((await box.getAttribute('aria-expanded')) === 'true') {
      await page.keyboard.press('Escape');
      await poll(() => box.getAttribute('aria-expanded')).not.toBe('true');
    }
    await page.keyboard.press('Escape');
    await poll(() => focusPlace(page)).toBe('body');
    await page.keyboard.type(' Xong.');
    expect(await content.textContent()).toBe(`${before} Xong.`);

    // F1 in a browser lists no key the browser keeps for itself.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Hướng dẫn sử dụng — phím tắt' });
    await help.waitFor();
    const keys = await help.locator('kbd').allTextContents();
    expect(keys).toContain('Alt+Enter');
    expect(keys).toContain('F1');
    expect(keys.filter((key) => /Ctrl\+[NOL,]/u.test(key))).toEqual([]);
  });

  it('keeps the panel and its focus while the keyboard goes through it, wherever the page puts its selection (keyboard)', async () => {
    const notice: Notice = { ...loadSample(), body: [taskBlock('nv-1', 'Sở Tài chính rà soát các khoản thu.')] };
    const record = await app.api.createFromNotice({ notice });
    const { page } = app;
    await openEditor(app, record.id);
    const task = page.locator('[data-block-id="nv-1"]');
    await caretAtEnd(task.locator('.nb-task-content'));
    await page.keyboard.press('Alt+Enter');
    await poll(() => focusPlace(page)).toBe('meta');
    const subItemStyle = task.getByLabel('Ý con:');
    for (let presses = 0; presses < 6 && !(await subItemStyle.evaluate((select) => select === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    // A focused select holds no text selection: the browser leaves the page's selection in the panel (seen after a Tab
    // from the date field), and the editor hears a selectionchange there.
    await subItemStyle.evaluate(
      (select) =>
        new Promise<void>((resolve) => {
          document.addEventListener('selectionchange', () => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), { once: true });
          document.getSelection()?.collapse(select.closest('.nb-meta-row'), 0);
        }),
    );
    // Still the same field, not the page (the panel unmounted under the keyboard when the editor followed that selection).
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.querySelector('.nb-meta-label')?.textContent ?? null)).toBe('Ý con:');
    await page.keyboard.press('ArrowDown');
    await savedNotice(app, record.id, (saved) => tasksOf(saved)[0]?.subItemStyle === 'letter');
  });
});
