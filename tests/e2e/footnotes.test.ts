/** Footnotes in the editor: kept through edits and autosave, inserted, numbered in order, deleted and undone as one unit. */
import { describe, expect, it } from 'vitest';
import type { Notice, RichText } from '../../shared/notice/schema';
import { poll, useApp, type RunningApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, editorSelectsText, openEditor, plain, savedNotice, waitForEditor } from './support/editor';

const CITED = 'Thông báo số 12/TB-VPUBND ngày 05/01/2026 của Văn phòng UBND tỉnh.';

function footnotesOf(notice: Notice): string[] {
  const texts: string[] = [];
  const collect = (runs: RichText) => runs.forEach((run) => run.footnote && texts.push(plain(run.footnote)));
  for (const block of notice.body) {
    if (block.type === 'task') {
      collect(block.title);
      collect(block.content);
      block.subItems.forEach((sub) => collect(sub.text));
    } else if (block.type === 'scheme') {
      collect(block.title);
      collect(block.conclusion);
    } else collect(block.text);
  }
  return texts;
}

/** A notice from the monthly template whose opening paragraph cites an earlier notice in an (italic) footnote. */
async function noticeWithFootnote(app: RunningApp): Promise<string> {
  const record = await app.api.createFromTemplate({ templateId: 'monthly-session' });
  const notice = structuredClone(record.notice);
  const opening = notice.body.find((block) => block.id === 'mo-dau');
  if (opening?.type !== 'paragraph') throw new Error('The template opens with a paragraph');
  opening.text = [{ text: 'Thực hiện Kế hoạch công tác năm 2026' }, { text: '', footnote: [{ text: CITED, italic: true }] }, { text: ', UBND tỉnh họp phiên thường kỳ.' }];
  await app.api.saveNotice({ id: record.id, notice, reason: 'manual', baseRevisionId: record.revisionId });
  return record.id;
}

describe.skipIf(skipReason)('footnotes in the editor', () => {
  const app = useApp();
  const footnoteTexts = () => app.page.getByRole('region', { name: 'Chú thích' }).getByRole('textbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));

  it('keeps a footnote through an edit elsewhere, the autosave and a reload', async () => {
    const id = await noticeWithFootnote(app);
    const { page } = app;
    await openEditor(app, id);
    await poll(footnoteTexts).toEqual([CITED]);
    await expect.poll(() => page.locator('[data-block-id="mo-dau"] .nb-footnote-ref').count()).toBe(1);

    await caretAtEnd(page.locator('[data-block-id="ton-tai"]'));
    await page.keyboard.type(' Cần đẩy nhanh giải ngân.');
    const saved = await savedNotice(app, id, (notice) => JSON.stringify(notice).includes('Cần đẩy nhanh giải ngân.'));
    expect(footnotesOf(saved)).toEqual([CITED]);
    const opening = saved.body.find((block) => block.id === 'mo-dau');
    expect(opening?.type === 'paragraph' && opening.text[1]).toEqual({ text: '', footnote: [{ text: CITED, italic: true }] });

    await page.reload();
    await waitForEditor(page);
    await poll(footnoteTexts).toEqual([CITED]);
  });

  it('inserts footnotes from the keyboard and the toolbar, numbers them in order, deletes and restores one as a unit', async () => {
    const id = await noticeWithFootnote(app);
    const { page } = app;
    await openEditor(app, id);
    await poll(footnoteTexts).toEqual([CITED]);

    // Word's shortcut after the text of a later paragraph: the new footnote is number 2 and takes the focus.
    await caretAtEnd(page.locator('[data-block-id="ton-tai"]'));
    await page.keyboard.press('Control+Alt+f');
    const second = page.getByRole('textbox', { name: 'Chú thích 2' });
    await poll(() => second.evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.type('Số liệu đến hết tháng 11/2026.');

    // The toolbar (it shows the shortcut) at the very start of the notice: the new footnote comes first.
    const button = page.getByRole('button', { name: /Chèn chú thích/ });
    expect(await button.getAttribute('title')).toContain('Ctrl+Alt+F');
    const openingLine = page.locator('[data-block-id="mo-dau"]');
    await openingLine.click();
    await page.keyboard.press('Home');
    await button.click();
    const first = page.getByRole('textbox', { name: 'Chú thích 1' });
    await poll(() => first.evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.type('Ghi chú đầu.');
    await poll(footnoteTexts).toEqual(['Ghi chú đầu.', CITED, 'Số liệu đến hết tháng 11/2026.']);
    await savedNotice(app, id, (notice) => footnotesOf(notice).join('|') === ['Ghi chú đầu.', CITED, 'Số liệu đến hết tháng 11/2026.'].join('|'));

    // Esc returns to the text just after the reference; Backspace deletes the reference whole, Ctrl+Z brings it back.
    await page.keyboard.press('Escape');
    await poll(() => page.evaluate(() => document.activeElement?.classList.contains('nb-body') ?? false)).toBe(true);
    await page.keyboard.press('Backspace');
    await poll(footnoteTexts).toEqual([CITED, 'Số liệu đến hết tháng 11/2026.']);
    expect(await openingLine.textContent()).toBe('Thực hiện Kế hoạch công tác năm 2026, UBND tỉnh họp phiên thường kỳ.');
    await savedNotice(app, id, (notice) => footnotesOf(notice).length === 2);
    await page.keyboard.press('Control+z');
    await poll(footnoteTexts).toEqual(['Ghi chú đầu.', CITED, 'Số liệu đến hết tháng 11/2026.']);
    await savedNotice(app, id, (notice) => footnotesOf(notice).length === 3);
  });

  it('copies a paragraph with its footnote and pastes both elsewhere with the keyboard', async () => {
    const id = await noticeWithFootnote(app);
    const { page } = app;
    // Headless Chromium lets the page's copy and paste reach its clipboard only with these.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openEditor(app, id);
    await poll(footnoteTexts).toEqual([CITED]);

    // Select the whole opening paragraph from its end, copy it, paste it at the end of another paragraph.
    await caretAtEnd(page.locator('[data-block-id="mo-dau"]'));
    await page.keyboard.press('Shift+Home');
    await editorSelectsText(page);
    await page.keyboard.press('Control+c');
    await caretAtEnd(page.locator('[data-block-id="ton-tai"]'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+v');

    await poll(footnoteTexts).toEqual([CITED, CITED]);
    // With the caret elsewhere, neither block may be skipped by content-visibility: its style containment would
    // count each block's references apart, and both superscripts would show 1.
    await caretAtEnd(page.locator('[data-block-id="danh-gia-chung"]'));
    const skippable = () =>
      page.locator('.nb-body > .nb-block').evaluateAll((blocks) =>
        blocks.filter((block) => block.querySelector('.nb-footnote-ref') && getComputedStyle(block).contentVisibility !== 'visible').length,
      );
    await poll(skippable).toBe(0);
    const saved = await savedNotice(app, id, (notice) => footnotesOf(notice).length === 2);
    const pasted = saved.body.find((block) => block.type === 'paragraph' && block.id !== 'mo-dau' && plain(block.text).startsWith('Thực hiện Kế hoạch'));
    expect(pasted?.type === 'paragraph' && pasted.text).toEqual([
      { text: 'Thực hiện Kế hoạch công tác năm 2026' },
      { text: '', footnote: [{ text: CITED, italic: true }] },
      { text: ', UBND tỉnh họp phiên thường kỳ.' },
    ]);
  });
});

