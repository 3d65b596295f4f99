/**
 * Through the real UI: the toolbar's "unnumbered heading" toggle renumbers the headings on the page and in the
 * export; a task whose agency chip names an agency its text does not shows a warning (and is listed in the side
 * panel's checks) until the agency's name is typed into it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { HeadingBlock, Notice, TaskBlock } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { seriousViolations } from './support/axe';
import { skipReason } from './support/browser';
import { caretAtEnd, exportWithKeyboard, openEditor, plain, savedNotice } from './support/editor';
import { loadSample } from './support/notices';

/**
 * The text Chromium renders for an element, CSS-generated content included (a heading's Roman numeral is a CSS
 * counter, not text): the static texts under the element in the browser's accessibility tree.
 */
async function renderedText(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
    const byId = new Map(nodes.map((ax) => [ax.nodeId, ax]));
    const start = nodes.find((ax) => ax.backendDOMNodeId === node.backendNodeId);
    if (!start) throw new Error(`${selector} is not in the accessibility tree`);
    const texts: string[] = [];
    const walk = (id: string): void => {
      const ax = byId.get(id);
      if (!ax) return;
      if (ax.role?.value === 'StaticText') texts.push(String(ax.name?.value ?? ''));
      else for (const child of ax.childIds ?? []) walk(child);
    };
    walk(start.nodeId);
    return texts.join('');
  } finally {
    await cdp.detach();
  }
}

function blocksOf<T extends Notice['body'][number]['type']>(notice: Notice, type: T) {
  return notice.body.filter((block): block is Extract<Notice['body'][number], { type: T }> => block.type === type);
}

describe.skipIf(skipReason)('headings and agency checks in the editor', () => {
  const app = useApp();

  it('the toolbar toggle takes the Roman numeral off a heading; the headings after it renumber on the page and in the export', async () => {
    const sample = loadSample();
    const notice: Notice = {
      ...sample,
      body: [
        { id: 'h1', type: 'heading', numbered: true, text: [{ text: 'Đánh giá tình hình' }] },
        { id: 'p1', type: 'paragraph', text: [{ text: 'Chín tháng đầu năm 2020, kinh tế của tỉnh ổn định.' }] },
        { id: 'h2', type: 'heading', numbered: true, text: [{ text: 'Nhiệm vụ trọng tâm' }] },
        {
          id: 't1',
          type: 'task',
          title: [],
          content: [{ text: 'Sở Tài chính rà soát các khoản thu ngân sách.' }],
          leadAgencies: [{ id: 'so-tai-chinh', name: 'Sở Tài chính' }],
          coordinatingAgencies: [],
          subItemStyle: 'dash',
          subItems: [],
        },
        { id: 'h3', type: 'heading', numbered: true, text: [{ text: 'Các đề án trình tại phiên họp' }] },
        { id: 's1', type: 'scheme', title: [{ text: 'Đề án phát triển du lịch' }], conclusion: [{ text: 'Thống nhất thông qua.' }] },
      ],
    };
    const record = await app.api.createFromNotice({ notice });
    const { page } = app;
    await openEditor(app, record.id);
    const heading = (id: string) => `.nb-body [data-block-id="${id}"]`;
    // Numbered headings show in capitals, as printed.
    await poll(() => renderedText(page, heading('h3'))).toBe('III. CÁC ĐỀ ÁN TRÌNH TẠI PHIÊN HỌP');

    const toggle = page.getByRole('toolbar', { name: 'Công cụ soạn thảo' }).getByRole('button', { name: /^Đề mục không đánh số/ });
    // Only a heading can be unnumbered.
    await caretAtEnd(page.locator('[data-block-id="p1"]'));
    await poll(() => toggle.isDisabled()).toBe(true);

    await caretAtEnd(page.locator(heading('h2')));
    await poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await renderedText(page, heading('h1'))).toBe('I. ĐÁNH GIÁ TÌNH HÌNH');
    expect(await renderedText(page, heading('h2'))).toBe('Nhiệm vụ trọng tâm');
    expect(await renderedText(page, heading('h3'))).toBe('II. CÁC ĐỀ ÁN TRÌNH TẠI PHIÊN HỌP');
    // The caret stayed in the heading: typing goes on there.
    await page.keyboard.type(' năm 2021');
    await savedNotice(app, record.id, (saved) => {
      const h2 = blocksOf(saved, 'heading').find((h) => h.id === 'h2') as HeadingBlock | undefined;
      return h2?.numbered === false && plain(h2.text) === 'Nhiệm vụ trọng tâm năm 2021';
    });
    const exported = await exportWithKeyboard(page);
    expect(exported).toContain('I. ĐÁNH GIÁ TÌNH HÌNH');
    expect(exported).toContain('Nhiệm vụ trọng tâm năm 2021');
    expect(exported).toContain('II. CÁC ĐỀ ÁN TRÌNH TẠI PHIÊN HỌP');
    expect(exported.some((line) => line.startsWith('II. NHIỆM VỤ'))).toBe(false);

    // Ctrl+Z takes the edits back, the typing first, then the toggle: the numerals come back.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await poll(() => renderedText(page, heading('h2'))).toBe('II. NHIỆM VỤ TRỌNG TÂM');
    expect(await renderedText(page, heading('h3'))).toBe('III. CÁC ĐỀ ÁN TRÌNH TẠI PHIÊN HỌP');
    await poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('warns on a task whose agency chip is not named in its text, lists it in the checks, and clears when the name is typed', async () => {
    const sample = loadSample();
    const task = (id: string, text: string, lead: { id: string; name: string }): TaskBlock => ({
      id,
      type: 'task',
      title: [],
      content: [{ text }],
      leadAgencies: [lead],
      coordinatingAgencies: [],
      subItemStyle: 'dash',
      subItems: [],
    });
    const notice: Notice = {
      ...sample,
      body: [
        { id: 'h1', type: 'heading', numbered: true, text: [{ text: 'Nhiệm vụ trọng tâm' }] },
        task('named', 'Sở Y tế tăng cường phòng, chống dịch Covid-19.', { id: 'so-y-te', name: 'Sở Y tế' }),
        task('unnamed', 'Rà soát các khoản thu ngân sách, báo cáo UBND tỉnh.', { id: 'so-tai-chinh', name: 'Sở Tài chính' }),
      ],
    };
    const record = await app.api.createFromNotice({ notice });
    const { page } = app;
    await openEditor(app, record.id);

    const warning = page.locator('[data-block-id="unnamed"] .nb-agency-warning');
    await warning.waitFor();
    expect(await warning.getAttribute('role')).toBe('note');
    expect(await warning.textContent()).toContain('Chưa nêu tên cơ quan này trong nội dung nhiệm vụ');
    const chip = warning.locator('.nb-chip-unnamed');
    expect(await chip.textContent()).toBe('Sở Tài chính (chủ trì)');
    expect(await chip.getAttribute('title')).toBe('Chưa nêu tên cơ quan này trong nội dung nhiệm vụ');
    expect(await page.locator('[data-block-id="unnamed"]').getAttribute('class')).toContain('nb-agency-unnamed');
    expect(await page.locator('[data-block-id="named"] .nb-agency-warning').isVisible()).toBe(false);

    // The side panel's checks list the task; clicking it puts the caret in the task.
    const checksTab = page.getByRole('tab', { name: /^Kiểm tra/ });
    await checksTab.click();
    const unnamedList = page.getByRole('list', { name: 'Nhiệm vụ chưa nêu tên cơ quan được giao' });
    const entry = unnamedList.getByRole('button');
    // The side panel checks again once typing (here: opening) pauses.
    await poll(() => entry.count()).toBe(1);
    expect(await entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('Nhiệm vụ 2, mục I');
    expect(await entry.textContent()).toContain('Sở Tài chính (chủ trì)');
    // The warning, the toggle and the checks list pass an accessibility scan.
    expect(await seriousViolations(page)).toEqual([]);
    await entry.click();
    await poll(() =>
      page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('[data-block-id]')?.getAttribute('data-block-id') ?? null),
    ).toBe('unnamed');

    // Naming the agency in the text clears the warning and the entry.
    await caretAtEnd(page.locator('[data-block-id="unnamed"] .nb-task-content'));
    await page.keyboard.type(' Giao Sở Tài chính chủ trì.');
    await poll(() => warning.isVisible()).toBe(false);
    expect(await page.locator('[data-block-id="unnamed"]').getAttribute('class')).not.toContain('nb-agency-unnamed');
    await poll(() => unnamedList.count()).toBe(0);
    await savedNotice(app, record.id, (saved) =>
      blocksOf(saved, 'task').some((t) => t.id === 'unnamed' && plain(t.content).endsWith('Giao Sở Tài chính chủ trì.')),
    );

    // Deleting the name brings the warning back.
    for (let i = 0; i < ' Giao Sở Tài chính chủ trì.'.length; i++) await page.keyboard.press('Backspace');
    await poll(() => warning.isVisible()).toBe(true);
    await poll(() => entry.count()).toBe(1);
  });
});
