/**
 * The checks in the editor, with real keys: a misspelt word typed into a task is underlined once typing pauses and
 * listed in the Kiểm tra tab, whose entry takes the caret there and whose suggestion fixes it; a word added to the
 * dictionary is no longer flagged after a reload. Before export one dialog lists what remains ("Quay lại rà soát"
 * opens the list at its first finding); with nothing found the export asks nothing. The due-date countdown.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { seriousViolations } from './support/axe';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, plain, savedNotice, waitForEditor } from './support/editor';
import { loadSample, taskBlock } from './support/notices';

const SHOTS = process.env.THONGBAO_SHOTS_DIR;

/** The texts the editor underlines as errors or warnings (CSS Custom Highlight API ranges). */
function underlined(page: Page, severity: 'error' | 'warning'): Promise<string[]> {
  return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()), `check-${severity}`);
}

/** The sample with one more task, right after its first, whose text the test types into. */
function sampleWithTask(text: string): Notice {
  const sample = loadSample();
  const first = sample.body.findIndex((block) => block.type === 'task');
  const body = [...sample.body];
  body.splice(first + 1, 0, taskBlock('nv-kiem-tra', text));
  return { ...sample, body };
}

const taskLine = (page: Page) => page.locator('[data-block-id="nv-kiem-tra"] .nb-task-content');

describe.skipIf(skipReason)('checks in the editor', { timeout: 180_000 }, () => {
  const app = useApp();

  it('underlines a misspelt word once typing pauses, goes there from the list and fixes it', async () => {
    const record = await app.api.createFromNotice({ notice: sampleWithTask('Sở Tài chính rà soát') });
    const { page } = app;
    await openEditor(app, record.id);
    await caretAtEnd(taskLine(page));
    await page.keyboard.type(' theo nghị quyêt của Tỉnh ủy.');

    await poll(() => underlined(page, 'error')).toContain('quyêt');
    const tab = page.getByRole('tab', { name: /^Kiểm tra/u });
    await tab.click();
    const list = page.getByRole('list', { name: 'Kết quả kiểm tra' });
    const entry = list.getByRole('listitem').filter({ hasText: '«quyêt»' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Lỗi');
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/editor-findings.png` });
    }
    expect(await seriousViolations(page)).toEqual([]);

    // The entry takes the caret to the word (selected), from the keyboard.
    await entry.locator('.check-go').focus();
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('quyêt');

    // The first suggestion fixes it; the underline and the entry go.
    const fix = entry.getByRole('button', { name: 'Sửa thành «quyết»' });
    await fix.focus();
    await page.keyboard.press('Enter');
    await poll(() => taskLine(page).textContent()).toBe('Sở Tài chính rà soát theo nghị quyết của Tỉnh ủy.');
    await poll(() => underlined(page, 'error')).not.toContain('quyêt');
    await poll(() => list.getByRole('listitem').filter({ hasText: '«quyêt»' }).count()).toBe(0);
    await savedNotice(app, record.id, (saved) =>
      saved.body.some((b) => b.id === 'nv-kiem-tra' && b.type === 'task' && plain(b.content) === 'Sở Tài chính rà soát theo nghị quyết của Tỉnh ủy.'),
    );
    // The fix is one undoable edit.
    await taskLine(page).click();
    await page.keyboard.press('Control+z');
    await poll(() => taskLine(page).textContent()).toBe('Sở Tài chính rà soát theo nghị quyêt của Tỉnh ủy.');
  });

  it('keeps a word added to the dictionary, no longer flagged after a reload; "Bỏ qua" hides one finding', async () => {
    const record = await app.api.createFromNotice({ notice: sampleWithTask('Phát triển giống lúa') });
    const { page } = app;
    await openEditor(app, record.id);
    await caretAtEnd(taskLine(page));
    await page.keyboard.type(' séng cù và nghị quyêt mới.');
    await poll(() => underlined(page, 'warning')).toContain('séng');
    await poll(() => underlined(page, 'error')).toContain('quyêt');

    await page.getByRole('tab', { name: /^Kiểm tra/u }).click();
    const list = page.getByRole('list', { name: 'Kết quả kiểm tra' });
    // "Bỏ qua": this finding only, while the notice is open.
    await list.getByRole('listitem').filter({ hasText: '«quyêt»' }).getByRole('button', { name: /^Bỏ qua/u }).click();
    await poll(() => list.getByRole('listitem').filter({ hasText: '«quyêt»' }).count()).toBe(0);
    await poll(() => underlined(page, 'error')).not.toContain('quyêt');

    await list.getByRole('button', { name: 'Thêm «séng» vào từ điển' }).click();
    await poll(async () => (await app.api.listDictionaryWords({})).words).toEqual(['séng']);
    await poll(() => underlined(page, 'warning')).not.toContain('séng');
    await savedNotice(app, record.id, (saved) => saved.body.some((b) => b.id === 'nv-kiem-tra' && b.type === 'task' && plain(b.content).includes('séng cù')));

    await page.reload();
    await waitForEditor(page);
    // After the reload the checks run again: the ignored error is back (ignoring was once), the added word is not.
    await poll(() => underlined(page, 'error')).toContain('quyêt');
    expect(await underlined(page, 'warning')).not.toContain('séng');
  });

  it('before export lists what remains: "Quay lại rà soát" opens the list at its first finding, "Vẫn xuất" exports', async () => {
    const record = await app.api.createFromNotice({ notice: sampleWithTask('Sở Tài chính rà soát theo nghị quyêt của Tỉnh ủy.') });
    const { page } = app;
    await openEditor(app, record.id);
    await taskLine(page).click();
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Kiểm tra trước khi xuất' });
    await dialog.getByText('«quyêt»').first().waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/export-dialog.png` });
    await dialog.getByRole('button', { name: 'Quay lại rà soát' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('tab', { name: /^Kiểm tra/u }).getAttribute('aria-selected')).toBe('true');
    const first = page.getByRole('list', { name: 'Kết quả kiểm tra' }).locator('.check-go').first();
    await poll(() => first.evaluate((element) => element === document.activeElement)).toBe(true);

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Control+e');
    await dialog.getByRole('button', { name: 'Vẫn xuất' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/u);
  });

  it('exports without a dialog when the checks find nothing', async () => {
    const sample = loadSample();
    // A notice the checks find nothing in: the sample's opening only, dated two days after its meeting (in time).
    const body = sample.body.filter((block) => block.type === 'paragraph').slice(0, 2);
    const notice: Notice = { ...sample, date: '2020-10-02', body };
    const record = await app.api.createFromNotice({ notice });
    expect((await app.api.checkNotice({ id: record.id })).findings).toEqual([]);
    const { page } = app;
    await openEditor(app, record.id);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('.nb-body').click();
    await page.keyboard.press('Control+e');
    await download;
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('counts down to the due date in working days, and says when it has passed', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await openEditor(app, record.id);
    // Meeting 30/9/2020 (Wednesday): five working days later is Wednesday 7/10/2020, long past.
    const countdown = page.locator('.due-countdown');
    await poll(() => countdown.textContent()).toMatch(/^⚠ Quá hạn ban hành \d+ ngày làm việc \(hạn 07\/10\/2020\)$/u);
    expect(await countdown.getAttribute('title')).toContain('Quyết định 45/2018/QĐ-TTg');
  });
});
