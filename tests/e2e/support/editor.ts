/** Driving the editor screen: open a notice, put the caret or a selection in a block, export, wait for saves. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { Notice, RichText } from '../../../shared/notice/schema';
import { poll, type RunningApp } from './app';
import { docxParagraphs } from './docx';

export async function openEditor(app: RunningApp, noticeId: string): Promise<void> {
  await app.page.goto(app.urlFor(`#/thong-bao/${encodeURIComponent(noticeId)}`));
  await waitForEditor(app.page);
}

export async function waitForEditor(page: Page): Promise<void> {
  await page.locator('.nb-body[contenteditable="true"]').waitFor();
}

/** The id of the notice open in the editor, from the address. */
export function openNoticeId(page: Page): string {
  const match = /#\/thong-bao\/([^/?]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No notice open at ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/**
 * Selects all the text of an editable element (a paragraph, a task's content line) the way a drag would, so the
 * next keystrokes replace it. The keystrokes themselves are real keyboard input.
 */
export async function selectContents(line: Locator): Promise<void> {
  await line.click();
  await line.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  });
}

/**
 * Puts the caret at the end of an editable element's text, and returns once the page has seen the selection change
 * (the editor reads it on "selectionchange": a key pressed before that would act where the click left the caret).
 */
export async function caretAtEnd(line: Locator): Promise<void> {
  await line.click();
  await line.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        range.collapse(false);
        const selection = window.getSelection();
        const current = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
        if (current && current.collapsed && current.compareBoundaryPoints(Range.END_TO_END, range) === 0) {
          resolve();
          return;
        }
        document.addEventListener('selectionchange', () => requestAnimationFrame(() => resolve()), { once: true });
        selection?.removeAllRanges();
        selection?.addRange(range);
      }),
  );
}

/**
 * Waits until the editor holds a selection that is not collapsed. The editor copies and cuts what its own state
 * selects, which follows the page's selection only on "selectionchange"; a busy browser may handle the next key
 * (Ctrl+C) before that event, since it runs input ahead of other tasks.
 */
export async function editorSelectsText(page: Page): Promise<void> {
  await poll(() =>
    page.evaluate(() => {
      type EditorRoot = HTMLElement & { __lexicalEditor?: { getEditorState(): { _selection: { isCollapsed?(): boolean } | null } } };
      const selection = (document.querySelector('.nb-body') as EditorRoot | null)?.__lexicalEditor?.getEditorState()._selection;
      return Boolean(selection?.isCollapsed && !selection.isCollapsed());
    }),
  ).toBe(true);
}

export function plain(text: RichText): string {
  return text.map((run) => run.text).join('');
}

/** Waits until the notice saved in the library satisfies `check`, and returns it. */
export async function savedNotice(app: RunningApp, id: string, check: (notice: Notice) => boolean): Promise<Notice> {
  let latest: Notice | undefined;
  await poll(async () => {
    latest = (await app.api.getNotice({ id })).notice;
    return check(latest);
  }).toBe(true);
  return latest as Notice;
}

/**
 * Passes the check dialog an export may show ("Kiểm tra trước khi xuất": findings, blocks to review) with "Vẫn
 * xuất". With `expected`, the dialog must come; otherwise it is answered if it comes before the download.
 */
export async function passExportDialog(page: Page, download: Promise<unknown>, expected: boolean): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Kiểm tra trước khi xuất' });
  if (expected) {
    await dialog.getByRole('button', { name: 'Vẫn xuất' }).click();
    return;
  }
  const shown = dialog.waitFor({ timeout: 60_000 }).then(
    () => true,
    () => false,
  );
  if (await Promise.race([shown, download.then(() => false)])) await dialog.getByRole('button', { name: 'Vẫn xuất' }).click();
}

/**
 * Ctrl+E, passing the check dialog (which must come when `confirmReview`: blocks still to review); the .docx's
 * paragraphs.
 */
export async function exportWithKeyboard(page: Page, confirmReview = false): Promise<string[]> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.keyboard.press('Control+e');
  await passExportDialog(page, download, confirmReview);
  const file = await (await download).path();
  return docxParagraphs(new Uint8Array(readFileSync(file)));
}

/** The block ids of the tasks, in the order the editor shows them (their numbers come from this order). */
export function taskIds(page: Page): Promise<string[]> {
  return page.locator('.nb-body .nb-task').evaluateAll((tasks) => tasks.map((task) => (task as HTMLElement).dataset.blockId ?? ''));
}
