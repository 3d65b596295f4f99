/**
 * In the real UI: "Xuất bản dự thảo" (the dialog asks to whom; the downloaded .docx carries "DỰ THẢO LẦN n"; the
 * history lists each copy with when and to whom, and takes the comments that come back), two chosen history
 * entries compared with each other, and one block of an older version copied into the notice, then undone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TaskBlock } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { docxParagraphs } from './support/docx';
import { caretAtEnd, openEditor, savedNotice, taskIds } from './support/editor';
import { loadSample } from './support/notices';

const shotsDir = process.env.THONGBAO_PROOF_DIR;

describe.skipIf(skipReason)('review copies and versions', () => {
  const app = useApp();

  it('exports numbered review copies, records them in the history and keeps the comments that come back', async () => {
    const { page } = app;
    const created = await app.api.createFromNotice({ notice: loadSample() });
    await openEditor(app, created.id);
    // Typed before the copies: they are of an autosave, which later autosaves of the sitting must not hide.
    const firstTask = page.locator('.nb-body .nb-task').first().locator('.nb-task-content');
    await caretAtEnd(firstTask);
    await page.keyboard.type(' Bổ sung trước khi gửi.');
    await savedNotice(app, created.id, (notice) => JSON.stringify(notice).includes('Bổ sung trước khi gửi.'));

    for (const [copyNumber, sentTo] of [
      [1, 'Đ/c Chánh Văn phòng'],
      [2, 'Đ/c Phó Chủ tịch UBND tỉnh'],
    ] as const) {
      await page.getByRole('button', { name: 'Xuất bản dự thảo' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xuất bản dự thảo để xin ý kiến' });
      const submit = dialog.getByRole('button', { name: 'Xuất bản dự thảo' });
      await expect(submit.isDisabled()).resolves.toBe(true);
      await dialog.getByLabel('Gửi cho').fill(sentTo);
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await submit.click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`-du-thao-${copyNumber}\\.docx$`, 'u'));
      const paragraphs = docxParagraphs(new Uint8Array(readFileSync(await file.path())));
      expect(paragraphs[0]).toBe(`DỰ THẢO LẦN ${copyNumber}`);
      expect(paragraphs.find((line) => line.startsWith('Số:'))).not.toMatch(/\d/u);
      await dialog.waitFor({ state: 'detached' });
    }

    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const history = page.getByRole('list', { name: 'Các phiên bản đã lưu' });
    const second = history.getByRole('listitem').filter({ hasText: 'Bản dự thảo lần 2' });
    await second.getByText(/Bản dự thảo lần 2 \(\.docx\) gửi Đ\/c Phó Chủ tịch UBND tỉnh lúc \d\d\/\d\d\/\d{4}/u).waitFor();
    await history.getByRole('listitem').filter({ hasText: 'Bản dự thảo lần 1 (.docx) gửi Đ/c Chánh Văn phòng' }).waitFor();

    await second.getByRole('button', { name: /^Thêm ý kiến/u }).click();
    const form = page.getByRole('form', { name: 'Thêm ý kiến góp ý' });
    await form.getByLabel('Người góp ý').fill('Đ/c Phó Chủ tịch');
    await form.getByLabel('Nội dung ý kiến').fill('Bổ sung thời hạn cho nhiệm vụ giải ngân.');
    await form.getByRole('button', { name: 'Lưu ý kiến' }).click();
    await second.getByRole('list', { name: /^Ý kiến về phiên bản/u }).getByText('Bổ sung thời hạn cho nhiệm vụ giải ngân.').waitFor();
    const stored = await app.api.listRevisions({ id: created.id });
    expect(stored.comments).toMatchObject([{ author: 'Đ/c Phó Chủ tịch', text: 'Bổ sung thời hạn cho nhiệm vụ giải ngân.' }]);
    if (shotsDir) await page.screenshot({ path: `${shotsDir}/history.png` });

    // Typing on saves new autosaves: the copies keep their entries, with their comment, in the same sitting.
    await caretAtEnd(firstTask);
    await page.keyboard.type(' Đã sửa sau khi gửi dự thảo.');
    await savedNotice(app, created.id, (notice) => JSON.stringify(notice).includes('Đã sửa sau khi gửi dự thảo.'));
    await page.getByRole('tab', { name: 'Cuộc họp' }).click();
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    await history.getByRole('listitem').filter({ hasText: 'Bản dự thảo lần 1 (.docx) gửi Đ/c Chánh Văn phòng' }).waitFor();
    await second.getByText('Bổ sung thời hạn cho nhiệm vụ giải ngân.').waitFor();
  });

  it('compares two chosen versions and copies a block of the older one into the notice, undoably', async () => {
    const { page } = app;
    const original = loadSample();
    const created = await app.api.createFromNotice({ notice: original });
    const tasks = original.body.filter((block): block is TaskBlock => block.type === 'task');
    const removed = tasks[1];
    if (!removed) throw new Error('The sample has tasks');
    const withoutTask = { ...original, body: original.body.filter((block) => block.id !== removed.id) };
    const first = await app.api.saveNotice({ id: created.id, notice: withoutTask, reason: 'manual', baseRevisionId: created.revisionId });
    await app.api.saveNotice({
      id: created.id,
      notice: { ...withoutTask, summary: `${original.summary} (sửa lần hai)` },
      reason: 'manual',
      baseRevisionId: first.revisionId,
    });

    await openEditor(app, created.id);
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const history = page.getByRole('list', { name: 'Các phiên bản đã lưu' });
    const entries = history.getByRole('listitem');
    await poll(() => entries.count()).toBe(3);
    // The creation and the first manual save: neither is the current text.
    await entries.nth(2).getByRole('checkbox').check();
    await entries.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'So sánh 2 phiên bản đã chọn' }).click();
    const dialog = page.getByRole('dialog', { name: 'So sánh phiên bản' });
    await dialog.getByText('Thêm 0, xoá 1, chuyển vị trí 0, sửa 0 khối nội dung').waitFor();
    await expect(dialog.getByText('Nội dung hiện tại').count()).resolves.toBe(0);
    await dialog.getByText('Tạo mới lúc', { exact: false }).waitFor();
    if (shotsDir) await page.screenshot({ path: `${shotsDir}/comparison.png` });

    const before = await taskIds(page);
    await dialog.getByRole('button', { name: /^Chép nhiệm vụ/u }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(async () => (await taskIds(page)).length).toBe(before.length + 1);
    const copiedText = (removed.content.map((run) => run.text).join('') || '').slice(0, 30);
    await page.locator('.nb-body .nb-task').filter({ hasText: copiedText }).first().waitFor();
    // The copy has fresh ids: the old task's id is not reused.
    expect(await taskIds(page)).not.toContain(removed.id);

    await page.keyboard.press('Control+z');
    await poll(async () => (await taskIds(page)).length).toBe(before.length);
  });
});
