/**
 * Field length limits in the editor: a trích yếu pasted longer than 1,000 characters is cut to fit with a Vietnamese
 * message, typing stops at the limit, and what is saved stays within it.
 */
import { describe, expect, it } from 'vitest';
import { NOTICE_LIMITS } from '../../shared/notice/limits';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { openEditor, savedNotice } from './support/editor';
import { loadSample } from './support/notices';

describe.skipIf(skipReason)('field length limits in the editor', () => {
  const app = useApp();

  it('cuts a too-long paste into the trích yếu to the limit and says so; typing cannot go past it', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await openEditor(app, record.id);

    const long = 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp. '.repeat(40); // about 1,900 characters
    expect(long.length).toBeGreaterThan(NOTICE_LIMITS.summary);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((value) => navigator.clipboard.writeText(value), long);
    const summary = page.getByLabel('Trích yếu', { exact: true });
    await summary.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');

    await page.getByRole('status').filter({ hasText: 'Trích yếu dài quá 1.000 ký tự: phần dán vào đã được cắt bớt cho vừa.' }).waitFor();
    await poll(() => summary.inputValue()).toBe(long.slice(0, NOTICE_LIMITS.summary));

    await page.keyboard.insertText(' thêm');
    await page.keyboard.type('x');
    expect(await summary.inputValue()).toHaveLength(NOTICE_LIMITS.summary);

    const saved = await savedNotice(app, record.id, (notice) => notice.summary.length === NOTICE_LIMITS.summary);
    expect(saved.summary).toBe(long.slice(0, NOTICE_LIMITS.summary));
  });
});
