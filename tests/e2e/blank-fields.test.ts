/**
 * A template's blanks are fields (issue 12): the meeting panel fills the trích yếu and the opening paragraph, a blank
 * edited by hand stays as typed, and the meeting details share the notice's one undo history.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/app';
import { skipReason } from './support/browser';
import { openEditor, plain, savedNotice, selectContents } from './support/editor';

async function meetingTab(page: Page) {
  await page.getByRole('tab', { name: 'Cuộc họp' }).click();
  return {
    date: page.getByLabel('Ngày họp', { exact: true }),
    chair: page.getByLabel('Người chủ trì', { exact: true }),
  };
}

/** Replaces a panel input's value with one input event (one undo step however slowly keys arrive). */
async function retype(page: Page, input: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
  await input.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

describe.skipIf(skipReason)('template blanks filled from the meeting panel', () => {
  const app = useApp();

  it('fills the trích yếu and the opening paragraph from the meeting; a blank edited by hand stays', async () => {
    const record = await app.api.createFromTemplate({ templateId: 'monthly-session' });
    const { page } = app;
    await openEditor(app, record.id);
    const summary = page.getByRole('textbox', { name: 'Trích yếu' });
    const opening = page.locator('[data-block-id="mo-dau"]');
    const closingLine = page.locator('[data-block-id="chuyen-tiep"]');
    expect(await summary.inputValue()).toMatch(/thường kỳ tháng … năm …$/u);

    const { date, chair } = await meetingTab(page);
    await retype(page, date, '27/11/2026');
    await retype(page, chair, 'Lê Văn Lương');

    await expect.poll(() => summary.inputValue()).toBe('Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng 11 năm 2026');
    await expect
      .poll(() => opening.textContent())
      .toMatch(/^Ngày 27 tháng 11 năm 2026, tại Hội trường UBND tỉnh, đồng chí Lê Văn Lương, Chủ tịch UBND tỉnh chủ trì phiên họp UBND tỉnh thường kỳ tháng 11 năm 2026\. /u);
    expect(await closingLine.textContent()).toContain('đồng chí Lê Văn Lương, Chủ tịch UBND tỉnh kết luận:');

    // By hand: the chair's name in the opening paragraph, and the month of the trích yếu.
    await selectContents(opening.locator('[data-field="meeting.chairName"]'));
    await page.keyboard.type('Giàng Páo Mỷ');
    await expect.poll(() => opening.textContent()).toContain('đồng chí Giàng Páo Mỷ, Chủ tịch');
    await summary.click();
    await page.keyboard.press('End');
    for (let i = 0; i < ' năm 2026'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('mười một');
    await expect.poll(() => summary.inputValue()).toMatch(/tháng mười một năm 2026$/u);

    // The meeting changes again: what was typed by hand stays, the other blanks follow.
    await retype(page, date, '04/12/2026');
    await retype(page, chair, 'Tống Thanh Hải');
    await expect.poll(() => summary.inputValue()).toMatch(/tháng mười một năm 2026$/u);
    await expect.poll(() => opening.textContent()).toMatch(/^Ngày 04 tháng 12 năm 2026, tại Hội trường UBND tỉnh, đồng chí Giàng Páo Mỷ, Chủ tịch/u);
    await expect.poll(() => closingLine.textContent()).toContain('đồng chí Tống Thanh Hải, Chủ tịch UBND tỉnh kết luận:');

    const saved = await savedNotice(app, record.id, (notice) => notice.meeting.chairName === 'Tống Thanh Hải' && notice.meeting.date === '2026-12-04');
    const first = saved.body[0];
    expect(first?.type === 'paragraph' ? plain(first.text) : '').toMatch(/^Ngày 04 tháng 12 năm 2026, tại Hội trường UBND tỉnh, đồng chí Giàng Páo Mỷ,/u);
    expect(first?.type === 'paragraph' ? first.text.filter((run) => run.field === 'meeting.chairName').length : -1).toBe(0);
    expect(saved.summaryBlanks?.map((blank) => blank.field)).toEqual(['meeting.year']);
  });

  it('undoes a change of the meeting date with Ctrl+Z, blanks included, in the notice’s one history', async () => {
    const record = await app.api.createFromTemplate({ templateId: 'monthly-session' });
    const { page } = app;
    await openEditor(app, record.id);
    const opening = page.locator('[data-block-id="mo-dau"]');
    const { date, chair } = await meetingTab(page);
    await retype(page, chair, 'Lê Văn Lương');
    await expect.poll(() => opening.textContent()).toContain('đồng chí Lê Văn Lương,');
    await retype(page, date, '27/11/2026');
    await expect.poll(() => opening.textContent()).toMatch(/^Ngày 27 tháng 11 năm 2026,/u);

    await page.keyboard.press('Control+z');
    await expect.poll(() => date.inputValue()).toBe('');
    await expect.poll(() => opening.textContent()).toMatch(/^Ngày … tháng … năm …, tại Hội trường UBND tỉnh, đồng chí Lê Văn Lương,/u);
    // The next undo is the notice's too (the chair), not the browser's undo of the date field's typing.
    await page.keyboard.press('Control+z');
    await expect.poll(() => chair.inputValue()).toBe('');
    expect(await date.inputValue()).toBe('');
    await expect.poll(() => opening.textContent()).toMatch(/^Ngày … tháng … năm …, tại Hội trường UBND tỉnh, đồng chí …,/u);
    await page.keyboard.press('Control+y');
    await expect.poll(() => chair.inputValue()).toBe('Lê Văn Lương');
    await expect.poll(() => opening.textContent()).toContain('đồng chí Lê Văn Lương,');
    const saved = await savedNotice(app, record.id, (notice) => notice.meeting.chairName === 'Lê Văn Lương');
    expect(saved.meeting.date).toBeUndefined();
  });
});
