/** The printed page's fields in the editor read as the printed text: no gap the .docx does not have. */
import { describe, expect, it } from 'vitest';
import { useApp } from './support/app';
import { skipReason } from './support/browser';
import { openEditor } from './support/editor';
import { loadSample } from './support/notices';

describe.skipIf(skipReason)('page fields', () => {
  const app = useApp();

  it('sets the place against its comma, as printed: "Lai Châu, ngày …"', async () => {
    const record = await app.api.createFromNotice({ notice: loadSample() });
    await openEditor(app, record.id);
    const place = app.page.getByRole('textbox', { name: 'Địa danh' });
    expect(await place.inputValue()).toBe('Lai Châu');
    // Where the place's text ends (measured in the same font), and where the comma after the field starts.
    const gap = await place.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const probe = document.createElement('span');
      probe.style.font = style.font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = input.value;
      document.body.append(probe);
      const textWidth = probe.getBoundingClientRect().width;
      probe.remove();
      const textEnd = input.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) + textWidth;
      const after = input.nextElementSibling?.firstChild;
      if (!after || after.textContent?.[0] !== ',') throw new Error('No comma after the place');
      const range = document.createRange();
      range.setStart(after, 0);
      range.setEnd(after, 1);
      return range.getBoundingClientRect().left - textEnd;
    });
    expect(Math.abs(gap)).toBeLessThan(0.75);
  });
});
