/** The check dialog: "Ban hành" lists what remains and, with errors, issues only with a reason for each, kept in the history. */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { openEditor } from './support/editor';
import { loadSample } from './support/notices';

const SCREENSHOTS = path.join(tmpdir(), 'thongbao-e2e-screenshots');

describe.skipIf(skipReason)('check dialog', () => {
  const app = useApp();

  it('holds "Ban hành" back on errors until a reason is given, then keeps the reason', async () => {
    const notice = { ...loadSample(), summary: 'Kết luận của Chủ tịch UBND tỉnh … tại phiên họp UBND tỉnh tháng 9 năm 2020' };
    const record = await app.api.createFromNotice({ notice });
    const { page } = app;
    await openEditor(app, record.id);
    await page.getByRole('button', { name: 'Ban hành' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kiểm tra trước khi ban hành' });
    await dialog.getByText('Còn 1 lỗi').waitFor();
    await dialog.getByText('Trích yếu:').first().waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'check-dialog-issue.png') });
    const issueAnyway = dialog.getByRole('button', { name: 'Vẫn ban hành' });
    expect(await issueAnyway.isDisabled()).toBe(true);
    // Each error is accepted with its own reason.
    await dialog.getByLabel('Lý do chấp nhận lỗi này').fill('Lãnh đạo duyệt giữ nguyên');
    await issueAnyway.click();
    await poll(() => page.locator('.topbar .badge').textContent()).toBe('Đã ban hành · số 01/TB-VP');
    const { acceptances } = await app.api.listCheckAcceptances({ id: record.id });
    expect(acceptances.map((a) => a.reason)).toEqual([expect.stringMatching(/^Trích yếu .*«…».*: Lãnh đạo duyệt giữ nguyên$/u)]);
  });
});
