/**
 * Writing a notice through the real UI with real keyboard input: a new notice from the monthly-session template,
 * exported and read back; tasks moved with Alt+↑ renumber in the editor and in the next export.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Notice, TaskBlock } from '../../shared/notice/schema';
import { useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, exportWithKeyboard, openEditor, openNoticeId, plain, savedNotice, selectContents, taskIds, waitForEditor } from './support/editor';
import { loadSample, taskBlock } from './support/notices';

const SUMMARY = 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng 10 năm 2020';
const ASSESSMENT =
  'Trong tháng 10 năm 2020, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định; thu ngân sách đạt 82,4% dự toán, tỷ lệ che phủ rừng đạt 50,5%.';

interface TaskInput {
  text: string;
  /** What to type in the chip box, and the name the chip must end up with. */
  lead: { typed: string; name: string };
  coordinating?: { typed: string; name: string };
  deadline: string;
}

const TASKS: TaskInput[] = [
  {
    text: 'Sở Tài chính chủ trì, phối hợp với Cục Thuế tỉnh rà soát các khoản thu ngân sách, báo cáo UBND tỉnh trước ngày 20/10/2020.',
    lead: { typed: 'tai chinh', name: 'Sở Tài chính' },
    coordinating: { typed: 'cuc thue', name: 'Cục Thuế tỉnh' },
    deadline: '2020-10-20',
  },
  {
    text: 'Sở Nông nghiệp và Phát triển nông thôn chỉ đạo thu hoạch lúa mùa, triển khai sản xuất vụ đông bảo đảm tiến độ, báo cáo trước ngày 25/10/2020.',
    lead: { typed: 'nong nghiep', name: 'Sở Nông nghiệp và Phát triển nông thôn' },
    deadline: '2020-10-25',
  },
  {
    text: 'Sở Y tế chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tăng cường phòng, chống dịch Covid-19, báo cáo trước ngày 30/10/2020.',
    lead: { typed: 'so y te', name: 'Sở Y tế' },
    // Not in the directory: adding it is the explicit "Thêm cơ quan mới" choice, reached with ArrowDown.
    coordinating: { typed: 'Trung tâm Kiểm soát bệnh tật tỉnh', name: 'Trung tâm Kiểm soát bệnh tật tỉnh' },
    deadline: '2020-10-30',
  },
];

async function addAgency(page: Page, task: ReturnType<Page['locator']>, group: 'chủ trì' | 'phối hợp', agency: { typed: string; name: string }) {
  await task.getByRole('combobox', { name: `Thêm cơ quan ${group}` }).click();
  await page.keyboard.type(agency.typed);
  const option = page.getByRole('option', { name: new RegExp(agency.name) }).first();
  await option.waitFor();
  // Enter never adds a new agency by default: the secretary moves onto "Thêm cơ quan mới: …" first.
  if ((await option.textContent())?.startsWith('Thêm cơ quan mới')) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // The chip in the open controls (the summary beside them, hidden while they are open, has one too).
  await task.locator('.nb-meta-edit .nb-chip', { hasText: agency.name }).waitFor();
}

function tasksOf(notice: Notice): TaskBlock[] {
  return notice.body.filter((block): block is TaskBlock => block.type === 'task');
}

describe.skipIf(skipReason)('editing a notice', () => {
  const app = useApp();

  // A long session of real typing: on a loaded CI machine it takes more than the default minute.
  it('writes a new notice from the monthly-session template and exports exactly what was typed', { timeout: 180_000 }, async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Thông báo mới' }).click();
    await page.getByRole('button', { name: /Phiên họp UBND tỉnh thường kỳ/ }).click();
    await waitForEditor(page);
    const id = openNoticeId(page);

    // The header: the trích yếu, typed over the template's.
    await page.getByRole('textbox', { name: 'Trích yếu', exact: true }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(SUMMARY);

    // The meeting, in the side panel.
    await page.getByRole('tab', { name: 'Cuộc họp' }).click();
    await page.getByLabel('Ngày họp', { exact: true }).fill('30/10/2020');
    await page.getByLabel('Người chủ trì', { exact: true }).click();
    await page.keyboard.type('Trần Tiến Dũng');

    // The assessment paragraph.
    await selectContents(page.locator('[data-block-id="danh-gia-chung"]'));
    await page.keyboard.type(ASSESSMENT);

    // Three tasks: the first over the template's first task, then Enter at the end of a task starts the next.
    await selectContents(page.locator('[data-block-id="nhiem-vu-chung"] .nb-task-content'));
    await page.keyboard.type(TASKS[0]!.text);
    for (const task of TASKS.slice(1)) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(task.text);
    }

    for (const [index, input] of TASKS.entries()) {
      const task = page.locator('.nb-body .nb-task').nth(index);
      expect(await task.locator('.nb-task-content').textContent()).toBe(input.text);
      // Away from the caret a task shows a one-line summary; its controls open with a button.
      const toggle = task.getByRole('button', { name: 'Sửa cơ quan, thời hạn' });
      if (await toggle.isVisible()) await toggle.click();
      await addAgency(page, task, 'chủ trì', input.lead);
      if (input.coordinating) await addAgency(page, task, 'phối hợp', input.coordinating);
      await task.locator('.nb-deadline select').selectOption('by-date');
      await task.getByLabel('Ngày hết hạn').fill(input.deadline.split('-').reverse().join('/'));
    }

    // Autosave brings all of it to the library, agencies and deadlines as data.
    const saved = await savedNotice(app, id, (notice) => {
      const tasks = tasksOf(notice);
      return tasks[2]?.deadline?.kind === 'by-date' && tasks[2].deadline.date === TASKS[2]!.deadline && tasks[2].coordinatingAgencies.length === 1;
    });
    expect(saved.summary).toBe(SUMMARY);
    expect(saved.meeting.date).toBe('2020-10-30');
    expect(saved.meeting.chairName).toBe('Trần Tiến Dũng');
    const savedTasks = tasksOf(saved);
    for (const [index, input] of TASKS.entries()) {
      const task = savedTasks[index]!;
      expect(plain(task.content)).toBe(input.text);
      expect(task.leadAgencies.map((agency) => agency.name)).toEqual([input.lead.name]);
      expect(task.coordinatingAgencies.map((agency) => agency.name)).toEqual(input.coordinating ? [input.coordinating.name] : []);
      expect(task.deadline).toEqual({ kind: 'by-date', date: input.deadline });
    }
    // Directory agencies are linked by id; the new one was added to the directory.
    expect(savedTasks[0]!.leadAgencies[0]!.id).toBeTruthy();
    const directory = await app.api.listAgencies({});
    expect(directory.agencies.some((agency) => agency.name === 'Trung tâm Kiểm soát bệnh tật tỉnh')).toBe(true);

    const paragraphs = await exportWithKeyboard(page);
    expect(paragraphs).toContain(SUMMARY);
    expect(paragraphs).toContain(ASSESSMENT);
    TASKS.forEach((input, index) => expect(paragraphs).toContain(`${index + 1}. ${input.text}`));
    for (const name of ['Sở Tài chính', 'Cục Thuế tỉnh', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Y tế', 'Trung tâm Kiểm soát bệnh tật tỉnh']) {
      expect(paragraphs.some((paragraph) => paragraph.includes(name))).toBe(true);
    }
  });

  it("keeps the keyboard in a task's panel when its deadline is chosen with the keyboard; the text is untouched", async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await openEditor(app, record.id);
    const task = page.locator('.nb-body .nb-task').first();
    const content = task.locator('.nb-task-content');
    const before = await content.textContent();
    await caretAtEnd(content);
    const select = task.locator('.nb-deadline select');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe('by-date');
    // The deadline changed and the focus is still on the select, not back in the text.
    expect(await select.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await task.getByLabel('Ngày hết hạn').evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Z');
    expect(await content.textContent()).toBe(before);
  });

  it('moves task 3 above task 1 with Alt+↑; the numbers in the editor and in the next export follow', async () => {
    const sample = loadSample();
    const texts = ['Nhiệm vụ thứ nhất về thu ngân sách.', 'Nhiệm vụ thứ hai về giải ngân vốn đầu tư công.', 'Nhiệm vụ thứ ba về phòng, chống thiên tai.'];
    const notice: Notice = {
      ...sample,
      body: [
        { id: 'muc-1', type: 'heading', numbered: true, text: [{ text: 'Nhiệm vụ trọng tâm' }] },
        ...texts.map((text, index) => taskBlock(`nv-${index + 1}`, text)),
      ],
    };
    const record = await app.api.createFromNotice({ notice });
    const { page } = app;
    await openEditor(app, record.id);
    expect(await taskIds(page)).toEqual(['nv-1', 'nv-2', 'nv-3']);
    const before = await exportWithKeyboard(page);
    texts.forEach((text, index) => expect(before).toContain(`${index + 1}. ${text}`));

    await caretAtEnd(page.locator('[data-block-id="nv-3"] .nb-task-content'));
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');

    // Numbers are drawn from position (a CSS counter), so the order is what shows 1., 2., 3.
    expect(await taskIds(page)).toEqual(['nv-3', 'nv-1', 'nv-2']);
    const markers = await page
      .locator('[data-block-id="nv-3"] .nb-line')
      .evaluateAll((lines) => lines.map((line) => getComputedStyle(line, '::before').content));
    expect(markers.some((content) => content.includes('counter(nb-item)'))).toBe(true);
    // The moved task is still edited like any other.
    await caretAtEnd(page.locator('[data-block-id="nv-3"] .nb-task-content'));
    await page.keyboard.type(' Đã chuyển.');

    await savedNotice(
      app,
      record.id,
      (saved) => tasksOf(saved).map((task) => `${task.id}:${plain(task.content)}`).join('|') === `nv-3:${texts[2]} Đã chuyển.|nv-1:${texts[0]}|nv-2:${texts[1]}`,
    );
    const after = await exportWithKeyboard(page);
    expect(after).toContain(`1. ${texts[2]} Đã chuyển.`);
    expect(after).toContain(`2. ${texts[0]}`);
    expect(after).toContain(`3. ${texts[1]}`);
  });

  it('puts a character typed right after Enter in the new task even when the browser aims it elsewhere', async () => {
    // Under load the browser's caret has been seen at the next task's start just after Enter made a new task, and
    // the character followed it there. The same event, made by hand: the editor's caret is in the new empty task,
    // the event targets the start of the following task's text.
    const body = [taskBlock('nv-1', 'Nhiệm vụ thứ nhất.'), taskBlock('nv-2', 'Nhiệm vụ thứ hai.')];
    const record = await app.api.createFromNotice({ notice: { ...loadSample(), body } });
    const { page } = app;
    await openEditor(app, record.id);
    await caretAtEnd(page.locator('[data-block-id="nv-1"] .nb-task-content'));
    await page.keyboard.press('Enter');
    expect(await page.locator('.nb-body .nb-task').count()).toBe(3);
    const handled = await page.evaluate(() => {
      const next = document.querySelector('[data-block-id="nv-2"] .nb-task-content [data-lexical-text]')?.firstChild;
      if (!next) throw new Error('No text in the second task');
      const aimedElsewhere = new StaticRange({ startContainer: next, startOffset: 0, endContainer: next, endOffset: 0 });
      const event = new InputEvent('beforeinput', { inputType: 'insertText', data: 'S', targetRanges: [aimedElsewhere], bubbles: true, cancelable: true });
      document.querySelector('.nb-body')?.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(handled).toBe(true);
    await page.keyboard.type('ở Y tế thực hiện.');
    const tasks = page.locator('.nb-body .nb-task .nb-task-content');
    expect(await tasks.allTextContents()).toEqual(['Nhiệm vụ thứ nhất.', 'Sở Y tế thực hiện.', 'Nhiệm vụ thứ hai.']);
  });
});
