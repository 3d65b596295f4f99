/**
 * Every shortcut the help (F1) lists in the web host works there (issue 12): the test reads the help's tables,
 * presses each listed key for real and sees its effect. A listed shortcut without a check here fails the test, so
 * the help cannot promise a key nobody tried; the desktop menu's keys (Ctrl+N, Ctrl+O, Ctrl+L …) must not be listed
 * in a browser, which keeps them for itself.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Notice } from '../../shared/notice/schema';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { caretAtEnd, openEditor, openNoticeId, taskIds } from './support/editor';
import { loadSample, taskBlock } from './support/notices';

function shortcutNotice(): Notice {
  const sample = loadSample();
  return {
    ...sample,
    body: [
      { id: 'p1', type: 'paragraph', text: [{ text: 'Đoạn tháng 11.' }] },
      taskBlock('t1', 'Nhiệm vụ một tháng 11.', { toReview: true }),
      taskBlock('t2', 'Nhiệm vụ hai.', { toReview: true }),
      taskBlock('t3', 'Nhiệm vụ ba.'),
    ],
  };
}

function activeLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('.nb-meta')) return 'meta';
    if (active instanceof HTMLElement && active.classList.contains('nb-body')) return 'body';
    return active?.getAttribute('aria-label') ?? active?.className ?? '';
  });
}

const contentOf = (id: string) => `[data-block-id="${id}"] .nb-task-content`;

type Check = (page: Page) => Promise<void>;

/** What each listed shortcut does, checked by pressing it. Keys as the help writes them. */
const CHECKS: Record<string, Check> = {
  F1: async (page) => {
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: /phím tắt/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  },
  'Ctrl+S': async (page) => {
    await caretAtEnd(page.locator(contentOf('t3')));
    await page.keyboard.press('Control+s');
    await page.getByText('Đã lưu một phiên bản.').waitFor();
  },
  'Ctrl+E': async (page) => {
    await caretAtEnd(page.locator(contentOf('t3')));
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog').getByRole('button', { name: 'Vẫn xuất' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  },
  'Ctrl+Shift+E': async (page) => {
    await caretAtEnd(page.locator(contentOf('t3')));
    const id = openNoticeId(page);
    await page.keyboard.press('Control+Shift+E');
    await page.getByRole('dialog').getByRole('button', { name: 'Vẫn xuất' }).click();
    // No LibreOffice on this host: the print view opens.
    await poll(() => page.url()).toContain(`#/ban-in/${id}`);
    await page.getByRole('button', { name: '← Quay lại soạn thảo' }).click();
    await page.locator('.nb-body[contenteditable="true"]').waitFor();
  },
  'Ctrl+F': async (page) => {
    await caretAtEnd(page.locator(contentOf('t3')));
    await page.keyboard.press('Control+f');
    await poll(() => activeLabel(page)).toBe('Tìm trong thông báo');
    await page.keyboard.press('Escape');
    await poll(() => activeLabel(page)).toBe('body');
  },
  'Ctrl+H': async (page) => {
    await caretAtEnd(page.locator(contentOf('t3')));
    // As in Word: with nothing to find yet, Ctrl+H asks what to find first, the replace box open beside it.
    await page.keyboard.press('Control+h');
    await poll(() => activeLabel(page)).toBe('Tìm trong thông báo');
    await page.getByRole('textbox', { name: 'Thay bằng' }).waitFor();
    await page.keyboard.type('thang 11');
    await page.keyboard.press('Escape');
    // With something to find already, it goes straight to "Thay bằng".
    await caretAtEnd(page.locator(contentOf('t3')));
    await page.keyboard.press('Control+h');
    await poll(() => activeLabel(page)).toBe('Thay bằng');
    await page.keyboard.press('Escape');
  },
  'Enter / Shift+Enter': async (page) => {
    await caretAtEnd(page.locator(contentOf('t3')));
    await page.keyboard.press('Control+f');
    await page.keyboard.type('thang 11');
    const status = page.locator('.nb-find-status');
    await poll(() => status.innerText()).toBe('1/2');
    await page.keyboard.press('Enter');
    await poll(() => status.innerText()).toBe('2/2');
    await page.keyboard.press('Shift+Enter');
    await poll(() => status.innerText()).toBe('1/2');
    await page.keyboard.press('Escape');
  },
  'Ctrl+Shift+Enter': async (page) => {
    await caretAtEnd(page.locator(contentOf('t1')));
    await page.keyboard.press('Control+Shift+Enter');
    await poll(() => page.locator('[data-block-id="t1"]').getAttribute('data-to-review')).toBeNull();
  },
  Enter: async (page) => {
    await caretAtEnd(page.locator(contentOf('t3')));
    const before = (await taskIds(page)).length;
    await page.keyboard.press('Enter');
    await poll(async () => (await taskIds(page)).length).toBe(before + 1);
    await page.keyboard.press('Control+z');
    await poll(async () => (await taskIds(page)).length).toBe(before);
  },
  Tab: async (page) => {
    await caretAtEnd(page.locator(contentOf('t3')));
    await page.keyboard.press('Tab');
    await page.locator('[data-block-id="t2"] .nb-subitem').waitFor();
  },
  'Shift+Tab': async (page) => {
    // Right after Tab: the caret is in the new sub-item.
    await page.keyboard.press('Shift+Tab');
    await poll(async () => (await taskIds(page)).length).toBe(3);
    await page.locator('[data-block-id="t2"] .nb-subitem').waitFor({ state: 'detached' });
  },
  'Alt+↑ / Alt+↓': async (page) => {
    const before = await taskIds(page);
    await caretAtEnd(page.locator(`[data-block-id="${before[2]}"] .nb-task-content`));
    await page.keyboard.press('Alt+ArrowUp');
    await poll(() => taskIds(page)).toEqual([before[0], before[2], before[1]]);
    await page.keyboard.press('Alt+ArrowDown');
    await poll(() => taskIds(page)).toEqual(before);
  },
  'Alt+Enter': async (page) => {
    await caretAtEnd(page.locator(contentOf('t1')));
    await page.keyboard.press('Alt+Enter');
    await poll(() => activeLabel(page)).toBe('meta');
  },
  Esc: async (page) => {
    await page.keyboard.press('Escape');
    await poll(() => activeLabel(page)).toBe('body');
  },
  'Ctrl+B / Ctrl+I / Ctrl+U': async (page) => {
    await caretAtEnd(page.locator(contentOf('t3')));
    for (const [key, tag] of [
      ['b', 'nb-bold'],
      ['i', 'nb-italic'],
      ['u', 'nb-underline'],
    ] as const) {
      await page.keyboard.press(`Control+${key}`);
      await page.keyboard.type(key);
      await page.locator(`${contentOf('t3')} .${tag}`, { hasText: key }).first().waitFor();
      await page.keyboard.press(`Control+${key}`);
    }
  },
  'Ctrl+Z / Ctrl+Y': async (page) => {
    const line = page.locator(contentOf('t3'));
    await caretAtEnd(line);
    const before = await line.innerText();
    await page.keyboard.type(' thêm');
    await poll(() => line.innerText()).toBe(`${before} thêm`);
    await page.keyboard.press('Control+z');
    await poll(() => line.innerText()).toBe(before);
    await page.keyboard.press('Control+y');
    await poll(() => line.innerText()).toBe(`${before} thêm`);
  },
};

describe.skipIf(skipReason)('the help lists only shortcuts that work in the browser', { timeout: 600_000 }, () => {
  const app = useApp({
    // No LibreOffice: Ctrl+Shift+E opens the print view, whose print dialog a headless test cannot answer.
    libraryOptions: { pdf: { search: { platform: 'linux', env: { PATH: '' }, isFile: () => false, listDir: () => [] } } },
    onStart: async (started) => {
      await started.context.addInitScript(() => {
        window.print = () => undefined;
      });
    },
  });

  it('presses each shortcut of the help and sees its effect', async () => {
    const record = await app.api.createFromNotice({ notice: shortcutNotice() });
    const { page } = app;
    await openEditor(app, record.id);
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: /phím tắt/ });
    const listed = await help.locator('tbody kbd').allInnerTexts();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    for (const browserKey of ['Ctrl+N', 'Ctrl+O', 'Ctrl+L', 'Ctrl+Shift+N', 'Ctrl+,']) expect(listed).not.toContain(browserKey);
    expect(listed.filter((keys) => !(keys in CHECKS)), 'listed shortcuts without a check').toEqual([]);
    for (const keys of listed) {
      const check = CHECKS[keys];
      if (!check) continue;
      await check(page).catch((error: unknown) => {
        throw new Error(`Shortcut ${keys} listed in F1 did not work: ${String(error)}`);
      });
    }
  });
});
