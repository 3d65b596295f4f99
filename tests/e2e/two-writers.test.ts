/**
 * One notice, two real Chromium tabs through the web host. In one browser the second tab only shows the notice
 * (and becomes the editor when the first closes it); from another browser, where the tabs cannot see each other,
 * the later save is kept as its own revision and its tab asks which version to go on with.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../shared/notice/schema';
import { newTestContext, poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, plain, waitForEditor } from './support/editor';

const BLOCK = 'ton-tai';

describe.skipIf(skipReason)('two writers on one notice', () => {
  const app = useApp();

  const paragraphText = async (id: string) => {
    const block = (await app.api.getNotice({ id })).notice.body.find((b) => b.id === BLOCK) as ParagraphBlock;
    return plain(block.text);
  };
  const paragraph = (page: Page) => page.locator(`[data-block-id="${BLOCK}"]`);

  it('a second tab of the same browser shows the notice read-only, then becomes the editor when the first closes', async () => {
    const record = await app.api.createFromTemplate({ templateId: 'monthly-session' });
    const original = await paragraphText(record.id);
    await openEditor(app, record.id);

    const second = await app.context.newPage();
    await second.goto(app.urlFor(`#/thong-bao/${encodeURIComponent(record.id)}`));
    const notice = second.locator('[data-open-elsewhere]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('đang được mở để sửa ở một thẻ hoặc cửa sổ khác');
    expect(await second.locator('.nb-body').getAttribute('contenteditable')).toBe('false');
    expect(await second.locator('[data-save-state]').textContent()).toBe('Chỉ xem');

    // Typing in the second tab changes nothing; the first tab edits and saves as usual.
    await paragraph(second).click();
    await second.keyboard.type(' Không được ghi.');
    await caretAtEnd(paragraph(app.page));
    await app.page.keyboard.type(' Sửa ở thẻ thứ nhất.');
    await poll(() => paragraphText(record.id)).toBe(`${original} Sửa ở thẻ thứ nhất.`);
    expect(await paragraph(second).textContent()).toBe(original);

    // The first tab closes the notice: the second reloads it and may edit it now.
    await app.page.goto(app.urlFor('#/'));
    await waitForEditor(second);
    await poll(() => notice.count()).toBe(0);
    expect(await paragraph(second).textContent()).toBe(`${original} Sửa ở thẻ thứ nhất.`);
    await caretAtEnd(paragraph(second));
    await second.keyboard.type(' Rồi ở thẻ thứ hai.');
    await poll(() => paragraphText(record.id)).toBe(`${original} Sửa ở thẻ thứ nhất. Rồi ở thẻ thứ hai.`);

    // And now the first tab, opening it again, is the one that only shows it.
    await openEditorReadOnly(app.page, app.urlFor(`#/thong-bao/${encodeURIComponent(record.id)}`));
    await second.close();
  });

  it('tabs of two browsers saving one right after the other: the later text is kept apart, compared, and either can be taken', async () => {
    const record = await app.api.createFromTemplate({ templateId: 'monthly-session' });
    const original = await paragraphText(record.id);
    const browser = app.context.browser();
    if (!browser) throw new Error('The context belongs to a launched browser');
    const otherContext = await newTestContext(browser);
    try {
      const other = await otherContext.newPage();
      await openEditor(app, record.id);
      await other.goto(app.urlFor(`#/thong-bao/${encodeURIComponent(record.id)}`));
      await waitForEditor(other);

      await caretAtEnd(paragraph(app.page));
      await app.page.keyboard.type(' Ý của người thứ nhất.');
      await poll(() => paragraphText(record.id)).toBe(`${original} Ý của người thứ nhất.`);
      const firstSaved = (await app.api.getNotice({ id: record.id })).revisionId;
      // Right after, the other browser's tab, which never saw that text, saves its own.
      await caretAtEnd(paragraph(other));
      await other.keyboard.type(' Ý của người thứ hai.');

      const dialog = other.getByRole('dialog', { name: 'Thông báo đã được sửa ở nơi khác' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Không bản nào bị ghi đè');
      expect(await other.locator('[data-save-state]').textContent()).toBe('Đã được sửa ở nơi khác');
      // Nothing was written over: the notice is the first writer's, the second's text is in the history.
      expect(await paragraphText(record.id)).toBe(`${original} Ý của người thứ nhất.`);
      const { revisions } = await app.api.listRevisions({ id: record.id });
      const kept = revisions[0]!;
      expect(kept.id).toBeGreaterThan(firstSaved);
      const keptText = (await app.api.getRevision({ revisionId: kept.id })).notice.body.find((b) => b.id === BLOCK) as ParagraphBlock;
      expect(plain(keptText.text)).toBe(`${original} Ý của người thứ hai.`);

      // Compare the two, back to the choice, then keep this tab's text.
      await dialog.getByRole('button', { name: 'So sánh hai bản' }).click();
      const comparison = other.getByRole('dialog', { name: 'So sánh phiên bản' });
      await poll(() => comparison.textContent()).toContain('Có sửa đổi');
      expect(await comparison.textContent()).toMatch(/Bản đã lưu ở nơi khác:.*Bản của bạn:/);
      expect((await comparison.locator('del.diff-removed').allTextContents()).join(' ')).toContain('nhất');
      expect((await comparison.locator('ins.diff-added').allTextContents()).join(' ')).toContain('hai');
      await comparison.getByRole('button', { name: 'Đóng' }).click();
      await dialog.getByRole('button', { name: 'Giữ bản của tôi' }).click();
      await poll(() => paragraphText(record.id)).toBe(`${original} Ý của người thứ hai.`);
      await poll(() => other.locator('[data-save-state]').textContent()).toBe('Đã lưu');

      // The first tab goes on typing on what it saw: now it is the one asked, and takes the version saved elsewhere.
      await caretAtEnd(paragraph(app.page));
      await app.page.keyboard.type(' Thêm nữa.');
      const firstDialog = app.page.getByRole('dialog', { name: 'Thông báo đã được sửa ở nơi khác' });
      await firstDialog.waitFor();
      await firstDialog.getByRole('button', { name: 'Dùng bản đã lưu ở nơi khác' }).click();
      await poll(() => paragraph(app.page).textContent()).toBe(`${original} Ý của người thứ hai.`);
      expect(await paragraphText(record.id)).toBe(`${original} Ý của người thứ hai.`);
      // Every text typed is in the history.
      const texts = await Promise.all(
        (await app.api.listRevisions({ id: record.id })).revisions.map(async (r) => {
          const block = (await app.api.getRevision({ revisionId: r.id })).notice.body.find((b) => b.id === BLOCK) as ParagraphBlock;
          return plain(block.text);
        }),
      );
      for (const typed of [' Ý của người thứ nhất.', ' Ý của người thứ hai.', ' Ý của người thứ nhất. Thêm nữa.']) {
        expect(texts).toContain(`${original}${typed}`);
      }
    } finally {
      await otherContext.close();
    }
  });
});

async function openEditorReadOnly(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-open-elsewhere]').waitFor();
}
