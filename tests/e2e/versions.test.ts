/**
 * The history in the real UI: entries labelled, a version compared with the current text (inserted, deleted and
 * moved tasks, changed words and agencies shown), and the comparison downloaded as a .docx with tracked changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TaskBlock } from '../../shared/notice/schema';
import { Docx, all } from '../docx/ooxml';
import { useApp } from './support/app';
import { skipReason } from './support/browser';
import { openEditor } from './support/editor';
import { loadSample } from './support/notices';

const proofDir = process.env.THONGBAO_PROOF_DIR;

describe.skipIf(skipReason)('comparing versions', () => {
  const app = useApp();

  it('compares an older version with the current text and downloads the comparison', async () => {
    const { page } = app;
    const original = loadSample();
    const created = await app.api.createFromNotice({ notice: original });
    const changed = structuredClone(original);
    const tasks = changed.body.filter((block): block is TaskBlock => block.type === 'task');
    const [first, , third] = tasks;
    if (!first || !third) throw new Error('The sample has tasks');
    first.leadAgencies = [{ name: 'Sở Tài chính' }];
    first.content = [...first.content, { text: ' Hoàn thành trong quý IV.' }];
    changed.body = changed.body.filter((block) => block.id !== third.id);
    changed.body.splice(changed.body.indexOf(first), 0, third);
    await app.api.saveNotice({ id: created.id, notice: changed, reason: 'manual', baseRevisionId: created.revisionId });

    await openEditor(app, created.id);
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const history = page.getByRole('list', { name: 'Các phiên bản đã lưu' });
    await history.getByRole('listitem').filter({ hasText: 'Lưu thủ công' }).getByText('Hiện tại').waitFor();
    await history.getByRole('listitem').filter({ hasText: 'Tạo mới' }).getByRole('button', { name: /^So sánh/ }).click();

    const dialog = page.getByRole('dialog', { name: 'So sánh phiên bản' });
    await dialog.getByText('Thêm 0, xoá 0, chuyển vị trí 1, sửa 1 khối nội dung').waitFor();
    await expect(dialog.locator('ins.diff-added').filter({ hasText: 'IV.' }).count()).resolves.toBeGreaterThan(0);
    await dialog.getByText('Cơ quan chủ trì:').waitFor();
    if (proofDir) {
      await page.screenshot({ path: `${proofDir}/comparison.png` });
    }

    const download = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Tải tệp .docx so sánh' }).click();
    const file = await (await download).path();
    const document = new Docx(new Uint8Array(readFileSync(file))).xml('word/document.xml');
    expect(all('//w:ins//w:t', document).map((node) => node.textContent).join('')).toContain('IV.');
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    if (proofDir) {
      await page.getByRole('tab', { name: 'Lịch sử' }).click();
      await page.screenshot({ path: `${proofDir}/history.png` });
    }
  });
});
