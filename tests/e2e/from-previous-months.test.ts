/**
 * Bug #5 of issue 12 through the real UI: "new from last month" from a November 2026 notice moves every month of
 * the meeting (with or without its year, in capitals, in digits) and the next month's, and marks each rewritten
 * phrase on the page while its block is to review; once the block is reviewed the mark is gone from view.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Notice } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openNoticeId, plain, savedNotice, waitForEditor } from './support/editor';
import { loadSample } from './support/notices';

function novemberNotice(): Notice {
  const sample = loadSample();
  return {
    ...sample,
    summary: 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng 11 năm 2026',
    meeting: { ...sample.meeting, date: '2026-11-27' },
    body: [
      { id: 'h1', type: 'heading', numbered: true, text: [{ text: 'TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11' }] },
      {
        id: 'p1',
        type: 'paragraph',
        text: [{ text: 'Trong tháng 11, thu ngân sách đạt 82,4% dự toán, tăng 5% so với tháng 10/2026; giải ngân đến 11/2026 đạt 70%.' }],
      },
      { id: 'h2', type: 'heading', numbered: true, text: [{ text: 'NHIỆM VỤ TRỌNG TÂM THÁNG 12' }] },
      { id: 'p2', type: 'paragraph', text: [{ text: 'Thực hiện Nghị quyết số 11/2026/NQ-HĐND ngày 28/11/2026.' }] },
    ],
  };
}

const textOf = (block: Block | undefined): string => (block && 'text' in block ? plain(block.text) : '');

describe.skipIf(skipReason)('new from last month: months of the meeting', () => {
  const app = useApp();

  it('moves "THÁNG 11", "Trong tháng 11,", "11/2026" and "THÁNG 12" and highlights each change until reviewed', async () => {
    const source = await app.api.createFromNotice({ notice: novemberNotice() });
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Tạo từ thông báo trước' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Thông báo gốc').inputValue()).toBe(source.id);
    // Real keys: the dialog's button from the keyboard.
    await dialog.getByRole('button', { name: 'Tạo thông báo' }).focus();
    await page.keyboard.press('Enter');
    await waitForEditor(page);
    const id = openNoticeId(page);

    const block = (blockId: string) => page.locator('.nb-body > .nb-block').nth(['h1', 'p1', 'h2', 'p2'].indexOf(blockId));
    await poll(() => block('h1').innerText()).toContain('THÁNG 12');
    expect((await block('h2').innerText()).toUpperCase()).toContain('NHIỆM VỤ TRỌNG TÂM THÁNG 01 NĂM 2027');
    expect(await block('p1').innerText()).toBe(
      'Trong tháng 12, thu ngân sách đạt 82,4% dự toán, tăng 5% so với tháng 10/2026; giải ngân đến 12/2026 đạt 70%.',
    );
    // Exactly the rewritten pieces are marked on the page, and the marks are visible (not the page's white).
    const marks = (index: number) => block(['h1', 'p1', 'h2', 'p2'][index]!).locator('.nb-changed');
    expect(await marks(0).allInnerTexts()).toEqual(['12']);
    expect(await marks(1).allInnerTexts()).toEqual(['12', '12']);
    expect((await marks(2).allInnerTexts()).map((text) => text.toUpperCase())).toEqual(['01 NĂM 2027']);
    expect(await marks(3).count()).toBe(0);
    const background = (index: number) => marks(1).nth(index).evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(await background(0)).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: 'test-results/from-previous-months.png' }).catch(() => undefined);

    // Reviewing the paragraph by editing it, with real keys: its marks are no longer shown.
    await caretAtEnd(block('p1'));
    await page.keyboard.type(' Đạt kế hoạch.');
    await poll(async () => (await block('p1').getAttribute('class')) ?? '').not.toContain('nb-review');
    expect(await background(0)).toBe('rgba(0, 0, 0, 0)');
    // The others keep theirs.
    expect(await marks(0).evaluate((mark) => getComputedStyle(mark).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

    const saved = await savedNotice(app, id, (notice) => textOf(notice.body[1]).endsWith('Đạt kế hoạch.'));
    expect(saved.summary).toBe('Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng 12 năm 2026');
    expect(saved.meeting.date).toBe('2026-12-27');
    expect(textOf(saved.body[0])).toBe('TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 12');
    expect(textOf(saved.body[2])).toBe('NHIỆM VỤ TRỌNG TÂM THÁNG 01 NĂM 2027');
    expect(textOf(saved.body[3])).toBe('Thực hiện Nghị quyết số 11/2026/NQ-HĐND ngày 28/11/2026.');
  });
});
