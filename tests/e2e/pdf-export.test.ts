/**
 * "Xuất PDF" in the real UI. With LibreOffice on the host: Ctrl+Shift+E gives a PDF/A-2b download and says
 * LibreOffice made it. Without it: the editor opens the print view, which says which route is used and opens the
 * print dialog; Chromium's own PDF of that view (what the print dialog and Electron's printToPDF produce) keeps the
 * .docx's page count within one page, on the sample and on a 60-task notice.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import type { Notice } from '../../shared/notice/schema';
import { pageCount, pdfSkipReason, pdfWords, renderDocxToPdf, xmpPacket } from '../pdf/helpers';
import { poll, useApp } from './support/app';
import { skipReason } from './support/browser';
import { openEditor, passExportDialog } from './support/editor';
import { loadSample, noticeWithTasks } from './support/notices';

/** Set THONGBAO_PROOF_DIR to keep the PDFs (print view and .docx rendering) for looking at them. */
const proofDir = process.env.THONGBAO_PROOF_DIR;

describe.skipIf(skipReason ?? pdfSkipReason)('Xuất PDF with LibreOffice on the host', { timeout: 300_000 }, () => {
  const app = useApp();

  it('Ctrl+Shift+E downloads a PDF/A-2b made by LibreOffice, with progress shown meanwhile', async () => {
    const { page } = app;
    const created = await app.api.createFromNotice({ notice: loadSample() });
    await openEditor(app, created.id);
    const download = page.waitForEvent('download', { timeout: 240_000 });
    await page.keyboard.press('Control+Shift+E');
    // The sample has warnings (agencies not in the directory …): the check dialog comes first.
    await passExportDialog(page, download, true);
    await page.getByRole('status').filter({ hasText: 'Đang tạo PDF' }).waitFor();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toBe('TB-2020-09-30.pdf');
    expect(xmpPacket(file)).toContain('<pdfaid:part>2</pdfaid:part>');
    await page.getByRole('status').filter({ hasText: 'tạo bằng LibreOffice, chuẩn PDF/A-2b' }).waitFor();
  });
});

describe.skipIf(skipReason ?? pdfSkipReason)('Xuất PDF without LibreOffice: the print view', { timeout: 300_000 }, () => {
  const app = useApp({
    libraryOptions: { pdf: { search: { platform: 'linux', env: { PATH: '' }, isFile: () => false, listDir: () => [] } } },
    // The browser's print dialog cannot be answered in a headless test: count the calls instead.
    onStart: async (started) => {
      await started.context.addInitScript(() => {
        (window as unknown as { printCalls: number }).printCalls = 0;
        window.print = () => {
          (window as unknown as { printCalls: number }).printCalls += 1;
        };
      });
    },
  });

  it('the button opens the print view, which names the route and opens the print dialog', async () => {
    const { page } = app;
    const created = await app.api.createFromNotice({ notice: loadSample() });
    await openEditor(app, created.id);
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    await passExportDialog(page, Promise.resolve(), true);
    await page.getByText('Không tìm thấy LibreOffice nên PDF được tạo từ').waitFor();
    expect(page.url()).toContain(`#/ban-in/${created.id}/in`);
    await poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    await page.getByRole('button', { name: 'In / Lưu thành PDF' }).click();
    await poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(2);
    await page.getByRole('button', { name: '← Quay lại soạn thảo' }).click();
    await page.locator('.nb-body[contenteditable="true"]').waitFor();
  });

  it.each([
    ['sample', () => loadSample()],
    ['60 tasks', () => noticeWithTasks(loadSample(), 60)],
  ])('the printed view of the %s notice has the .docx page count, within one page', async (name, make) => {
    const { page } = app;
    const notice: Notice = make();
    const created = await app.api.createFromNotice({ notice });
    await page.goto(app.urlFor(`#/ban-in/${created.id}`));
    await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached' });
    const printed = path.join(app.dataDir, 'print-view.pdf');
    writeFileSync(printed, await page.pdf({ preferCSSPageSize: true }));
    expect(await page.title()).toBe(notice.summary.trim());

    const reference = renderDocxToPdf(await buildNoticeDocx(notice));
    try {
      const docxPages = pageCount(reference.pdf);
      const printPages = pageCount(printed);
      expect(Math.abs(printPages - docxPages), `print view ${printPages} pages, .docx ${docxPages}`).toBeLessThanOrEqual(1);
      // The header as the .docx lays it out: the number line under the rules (not 18 pt higher, with the rules drawn
      // through it), then the title.
      const top = (file: string, word: string) => pdfWords(file)[0]?.find((w) => w.text === word)?.yMin ?? Number.NaN;
      for (const word of ['Số:', 'THÔNG']) {
        const [inView, inDocx] = [top(printed, word), top(reference.pdf, word)];
        expect(Math.abs(inView - inDocx), `«${word}» on page 1: print view ${inView} pt, .docx ${inDocx} pt`).toBeLessThan(3);
      }
      if (proofDir) {
        mkdirSync(proofDir, { recursive: true });
        copyFileSync(printed, path.join(proofDir, `${name}-print-view.pdf`));
        copyFileSync(reference.pdf, path.join(proofDir, `${name}-docx.pdf`));
      }
    } finally {
      reference.cleanup();
    }
    expect(readFileSync(printed).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

