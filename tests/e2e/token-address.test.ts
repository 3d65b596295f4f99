/** The web host's token leaves the address bar once the page has it, and the tab keeps working, reloads included. */
import { describe, expect, it } from 'vitest';
import { skipReason } from './support/browser';
import { poll, useApp } from './support/app';
import { loadSample } from './support/notices';

describe.skipIf(skipReason)('the token in the address', () => {
  const app = useApp();

  it('is removed from the address bar after load; the tab still reaches the library after a reload', async () => {
    const sample = await app.api.createFromNotice({ notice: loadSample() });
    const { page } = app;
    await page.goto(app.url);
    const rows = page.locator('tbody tr');
    await poll(() => rows.count()).toBe(1);
    expect(page.url()).not.toContain('token');

    await page.reload();
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-notice-id')).toBe(sample.id);
    expect(page.url()).not.toContain('token');
  });

  it('keeps the screen the address names', async () => {
    const { page } = app;
    await page.goto(app.urlFor('#/cai-dat'));
    await poll(() => page.getByLabel('Địa danh', { exact: true }).count()).toBe(1);
    expect(page.url()).toMatch(/\/#\/cai-dat$/u);
    expect(page.url()).not.toContain('token');
  });
});
