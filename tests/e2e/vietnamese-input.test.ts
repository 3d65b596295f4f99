/**
 * Vietnamese input, as the three families of input methods deliver it: character by character, the Unikey/EVKey
 * way (letters, then Backspace and the accented replacement), and composition through an input method (IBus,
 * macOS) driven with Chromium's Input.imeSetComposition / Input.insertText. Each must end exactly as intended.
 */
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { DashItemBlock, ParagraphBlock, TaskBlock } from '../../shared/notice/schema';
import { useApp } from './support/app';
import { skipReason } from './support/browser';
import { openEditor, plain, savedNotice, selectContents } from './support/editor';

const CHARACTER_BY_CHARACTER = 'Sở Nông nghiệp và Phát triển nông thôn';
const UNIKEY_TEXT = 'tỷ lệ che phủ rừng đạt 50,5%';
const COMPOSED_TEXT = 'Sở Nông nghiệp và Phát triển nông thôn đạt tỷ lệ 50,5%';

/** Telex keystrokes of each word, as typed on a US keyboard before the input method rewrites them. */
const TELEX: Record<string, string> = {
  'tỷ': 'tyr',
  'lệ': 'lej',
  phủ: 'phur',
  'rừng': 'rwngf',
  'đạt': 'ddatj',
  'Sở': 'Sow',
  'Nông': 'Noong',
  'nghiệp': 'nghieepj',
  'và': 'vaf',
  'Phát': 'Phats',
  'triển': 'trieenr',
  'nông': 'noong',
  'thôn': 'thoon',
};

/**
 * Unikey's way: the raw letters reach the page first; then it sends as many Backspaces as needed and the accented
 * replacement of what changed (e.g. "Sow", Backspace ×2, "ở").
 */
async function typeLikeUnikey(page: Page, text: string): Promise<void> {
  const words = text.split(' ');
  for (const [index, word] of words.entries()) {
    if (index > 0) await page.keyboard.press('Space');
    const raw = TELEX[word];
    if (!raw) {
      await page.keyboard.type(word);
      continue;
    }
    await page.keyboard.type(raw);
    let common = 0;
    while (common < raw.length && raw[common] === word[common]) common++;
    for (let i = common; i < raw.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(word.slice(common));
  }
}

/**
 * An input method's way: each word grows in a composition (the preedit, e.g. "n", "no", "nô", "nôn", "nông"), then is
 * committed; spaces and signs outside words are typed normally.
 */
async function typeComposed(page: Page, cdp: CDPSession, text: string): Promise<void> {
  for (const [index, word] of text.split(' ').entries()) {
    if (index > 0) await page.keyboard.press('Space');
    if (!TELEX[word]) {
      await page.keyboard.type(word);
      continue;
    }
    const letters = [...word.normalize('NFC')];
    for (let length = 1; length <= letters.length; length++) {
      const preedit = letters.slice(0, length).join('');
      await cdp.send('Input.imeSetComposition', { text: preedit, selectionStart: preedit.length, selectionEnd: preedit.length });
    }
    await cdp.send('Input.insertText', { text: word });
  }
}

describe.skipIf(skipReason)('Vietnamese input', () => {
  const app = useApp();

  it('ends exactly as intended typed character by character, the Unikey way, and through an input method', async () => {
    const record = await app.api.createFromTemplate({ templateId: 'monthly-session' });
    const { page } = app;
    await openEditor(app, record.id);
    const paragraph = page.locator('[data-block-id="danh-gia-chung"]');
    const dash = page.locator('[data-block-id="ket-qua-nong-nghiep"]');
    const task = page.locator('[data-block-id="nhiem-vu-chung"] .nb-task-content');

    await selectContents(paragraph);
    await page.keyboard.type(CHARACTER_BY_CHARACTER);
    expect(await paragraph.textContent()).toBe(CHARACTER_BY_CHARACTER);

    await selectContents(dash);
    await typeLikeUnikey(page, UNIKEY_TEXT);
    expect(await dash.textContent()).toBe(UNIKEY_TEXT);

    const cdp = await app.context.newCDPSession(page);
    await selectContents(task);
    await typeComposed(page, cdp, COMPOSED_TEXT);
    expect(await task.textContent()).toBe(COMPOSED_TEXT);

    const saved = await savedNotice(app, record.id, (notice) => {
      const first = notice.body.find((block) => block.id === 'nhiem-vu-chung') as TaskBlock | undefined;
      return first !== undefined && plain(first.content) === COMPOSED_TEXT;
    });
    const byId = new Map(saved.body.map((block) => [block.id, block]));
    expect(plain((byId.get('danh-gia-chung') as ParagraphBlock).text)).toBe(CHARACTER_BY_CHARACTER);
    expect(plain((byId.get('ket-qua-nong-nghiep') as DashItemBlock).text)).toBe(UNIKEY_TEXT);
  });
});
