/**
 * Bug #6 of issue 12: a stray query must never reach the agency directory. With real keys in the chip box:
 * ArrowDown starts at the highlighted first suggestion, Enter picks a directory agency, and adding a new agency is
 * the explicit "Thêm cơ quan mới: …" option, never what Enter does by default.
 */
import { describe, expect, it } from 'vitest';
import type { Notice, TaskBlock } from '../../shared/notice/schema';
import { useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, savedNotice } from './support/editor';
import { loadSample, taskBlock } from './support/notices';

function oneTask(): Notice {
  return { ...loadSample(), body: [taskBlock('nv-1', 'Rà soát kế hoạch đầu tư công năm 2021.')] };
}

function firstTask(notice: Notice): TaskBlock | undefined {
  return notice.body.find((block): block is TaskBlock => block.type === 'task');
}

describe.skipIf(skipReason)('agency chips from the keyboard', () => {
  const app = useApp();

  /** The notice opened in the editor, with the caret in its task and then in the task's "Thêm cơ quan chủ trì" box. */
  async function openLeadBox(notice: Notice) {
    const record = await app.api.createFromNotice({ notice });
    await openEditor(app, record.id);
    await caretAtEnd(app.page.locator('[data-block-id="nv-1"] .nb-task-content'));
    const lead = app.page.locator('[data-block-id="nv-1"] > .nb-meta').getByRole('combobox', { name: 'Thêm cơ quan chủ trì' });
    await lead.click();
    return { record, lead };
  }

  it('"ke hoach", ArrowDown, Enter chooses the directory agency and adds nothing to the directory', async () => {
    const before = (await app.api.listAgencies({})).agencies.length;
    const { record } = await openLeadBox(oneTask());
    const { page } = app;
    await page.keyboard.type('ke hoach');
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect.poll(() => first.textContent()).toBe('Sở Kế hoạch và Đầu tư');
    // The first suggestion is highlighted before any arrow, and stays so after the first ArrowDown.
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: 'test-results/agency-chips-arrowdown.png' }).catch(() => undefined);
    await page.keyboard.press('Enter');

    const saved = await savedNotice(app, record.id, (notice) => (firstTask(notice)?.leadAgencies.length ?? 0) === 1);
    expect(firstTask(saved)?.leadAgencies).toEqual([{ id: 'so-ke-hoach-dau-tu', name: 'Sở Kế hoạch và Đầu tư' }]);
    expect((await app.api.listAgencies({})).agencies.length).toBe(before);
  });

  it('a query naming only an agency already chosen says so, and neither Enter nor ArrowDown then Enter adds anything', async () => {
    const police = (await app.api.listAgencies({})).agencies.find((agency) => agency.name === 'Công an tỉnh');
    expect(police).toBeDefined();
    const notice = oneTask();
    const task = firstTask(notice)!;
    notice.body = [{ ...task, leadAgencies: [{ id: police!.id, name: police!.name }] }];
    const { record, lead } = await openLeadBox(notice);
    const { page } = app;
    await page.keyboard.type('cong an');
    const hint = page.locator('[data-block-id="nv-1"] .nb-combo').getByRole('status');
    await expect.poll(() => hint.textContent()).toBe('“Công an tỉnh” đã có trong danh sách cơ quan chủ trì.');
    await page.keyboard.press('Enter');
    await expect.poll(() => hint.textContent()).toBe('“Công an tỉnh” đã có trong danh sách cơ quan chủ trì.');
    // The habit of ArrowDown then Enter does not add the words typed as a new agency (a stray in the directory).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('option', { name: /Thêm cơ quan mới/u }).count()).toBe(0);
    expect(await lead.inputValue()).toBe('cong an');
    expect(await page.locator('[data-block-id="nv-1"] .nb-meta-edit .nb-chip').count()).toBe(1);
    const saved = await app.api.getNotice({ id: record.id });
    expect(firstTask(saved.notice)?.leadAgencies).toEqual([{ id: police!.id, name: 'Công an tỉnh' }]);
    expect((await app.api.listAgencies({})).agencies.filter((agency) => agency.name === 'cong an')).toEqual([]);
  });

  it('a name not in the directory: Enter adds nothing; ArrowDown onto "Thêm cơ quan mới" then Enter adds it', async () => {
    const { lead } = await openLeadBox(oneTask());
    const { page } = app;
    await page.keyboard.type('Ban Quản lý dự án tỉnh xyz');
    const addNew = page.getByRole('option', { name: 'Thêm cơ quan mới: Ban Quản lý dự án tỉnh xyz' });
    await addNew.waitFor();
    expect(await addNew.getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('Enter');
    // Nothing was chosen: the query is still in the box and no chip appeared.
    expect(await lead.inputValue()).toBe('Ban Quản lý dự án tỉnh xyz');
    expect(await page.locator('[data-block-id="nv-1"] .nb-meta-edit .nb-chip').count()).toBe(0);
    // …and the box says why, and what adds it.
    const hint = page.locator('[data-block-id="nv-1"] .nb-combo').getByRole('status');
    await expect
      .poll(() => hint.textContent())
      .toBe('Không có cơ quan nào trong danh bạ khớp “Ban Quản lý dự án tỉnh xyz”. Nhấn ↓ rồi Enter để thêm cơ quan mới.');
    await page.screenshot({ path: 'test-results/agency-chips-hint.png' }).catch(() => undefined);

    await page.keyboard.press('ArrowDown');
    expect(await addNew.getAttribute('aria-selected')).toBe('true');
    expect(await hint.count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.locator('[data-block-id="nv-1"] .nb-meta-edit .nb-chip', { hasText: 'Ban Quản lý dự án tỉnh xyz' }).waitFor();
    await expect
      .poll(async () => (await app.api.listAgencies({})).agencies.some((agency) => agency.name === 'Ban Quản lý dự án tỉnh xyz'))
      .toBe(true);
  });

  it('on a 2026 notice offers what succeeded an ended agency first, and marks the ended one', async () => {
    const sample = oneTask();
    const notice: Notice = { ...sample, date: undefined, meeting: { ...sample.meeting, date: '2026-11-18' } };
    const { record } = await openLeadBox(notice);
    const { page } = app;
    await page.keyboard.type('ke hoach');
    const options = page.getByRole('listbox').getByRole('option');
    await expect
      .poll(() => options.allTextContents())
      .toEqual(['Sở Tài chính (kế thừa Sở Kế hoạch và Đầu tư)', 'Sở Kế hoạch và Đầu tư (đã kết thúc từ 01/3/2025)', 'Thêm cơ quan mới: ke hoach']);
    await page.keyboard.press('Enter');

    const saved = await savedNotice(app, record.id, (saved) => (firstTask(saved)?.leadAgencies.length ?? 0) === 1);
    expect(firstTask(saved)?.leadAgencies).toEqual([{ id: 'so-tai-chinh', name: 'Sở Tài chính' }]);
  });
});

