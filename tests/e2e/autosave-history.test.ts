/** Nothing typed is lost to a reload; the history lists the revisions and brings an earlier one back. */
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, plain, savedNotice, waitForEditor } from './support/editor';

const BLOCK = 'ton-tai';

describe.skipIf(skipReason)('autosave and history', () => {
  const app = useApp();

  const paragraphText = async (id: string) => {
    const block = (await app.api.getNotice({ id })).notice.body.find((b) => b.id === BLOCK) as ParagraphBlock;
    return plain(block.text);
  };

  it('keeps what was typed just before a reload', async () => {
    const record = await app.api.createFromTemplate({ templateId: 'monthly-session' });
    const original = await paragraphText(record.id);
    const { page } = app;
    await openEditor(app, record.id);
    const paragraph = page.locator(`[data-block-id="${BLOCK}"]`);
    await caretAtEnd(paragraph);
    await page.keyboard.type(' Cần tháo gỡ vướng mắc về mặt bằng.');
    // Reload at once, well inside the autosave delay.
    await page.reload();
    await waitForEditor(page);
    expect(await paragraph.textContent()).toBe(`${original} Cần tháo gỡ vướng mắc về mặt bằng.`);
    await poll(() => paragraphText(record.id)).toBe(`${original} Cần tháo gỡ vướng mắc về mặt bằng.`);
    await poll(() => page.locator('[data-save-state]').textContent()).toBe('Đã lưu');
  });

  it('restores an earlier revision from the history and reloads the editor with it', async () => {
    const record = await app.api.createFromTemplate({ templateId: 'monthly-session' });
    const original = await paragraphText(record.id);
    const { page } = app;
    await openEditor(app, record.id);
    const paragraph = page.locator(`[data-block-id="${BLOCK}"]`);

    await caretAtEnd(paragraph);
    await page.keyboard.type(' Phiên bản được giữ.');
    // Ctrl+S: a named revision.
    await page.keyboard.press('Control+s');
    await poll(async () => (await app.api.listRevisions({ id: record.id })).revisions.some((r) => r.reason === 'manual')).toBe(true);
    const kept = (await app.api.listRevisions({ id: record.id })).revisions.find((r) => r.reason === 'manual')!;

    await page.keyboard.type(' Câu này sẽ bị bỏ.');
    await savedNotice(app, record.id, (notice) => JSON.stringify(notice).includes('Câu này sẽ bị bỏ.'));

    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const history = page.getByRole('list', { name: 'Các phiên bản đã lưu' });
    await poll(() => history.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    const items = history.getByRole('listitem');
    expect(await items.first().textContent()).toContain('Tự động lưu');
    expect(await items.last().textContent()).toContain('Tạo mới');
    const keptItem = items.filter({ hasText: 'Lưu thủ công' });
    await keptItem.getByRole('button', { name: /^Khôi phục/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();

    await poll(() => paragraph.textContent()).toBe(`${original} Phiên bản được giữ.`);
    await poll(() => paragraphText(record.id)).toBe(`${original} Phiên bản được giữ.`);
    const revisions = (await app.api.listRevisions({ id: record.id })).revisions;
    expect(revisions[0]).toMatchObject({ reason: 'restore', restoredFrom: kept.id });
    await poll(() => items.first().textContent()).toContain('Khôi phục phiên bản');

    // The restored editor keeps working: typing goes on and is saved.
    await caretAtEnd(paragraph);
    await page.keyboard.type(' Tiếp tục.');
    await poll(() => paragraphText(record.id)).toBe(`${original} Phiên bản được giữ. Tiếp tục.`);
  });
});
