/**
 * "Xuất bản dự thảo" as PDF on a host without LibreOffice, in the real UI: the copy is recorded and its print view
 * opens with the print dialog, marked "DỰ THẢO LẦN n" on page 1 only, where the .docx rendered by LibreOffice puts the
 * mark, with no number and no date. Printing again (the print dialog cancelled, or the copy reopened from the
 * history) keeps copy n: the next copy is n + 1.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import type { Notice } from '../../shared/notice/schema';
import { pdfSkipReason, renderDocxToPdf } from '../pdf/helpers';
import { poll, useApp, type RunningApp } from './support/app';
import { skipReason } from './support/browser';
import { installApiRelay, SAVE_FOLDER, type StandIn, type StandInResult } from './support/desktop-stand-in';
import { openEditor } from './support/editor';
import { loadSample } from './support/notices';

const NO_LIBREOFFICE = { pdf: { search: { platform: 'linux' as const, env: { PATH: '' }, isFile: () => false, listDir: () => [] } } };

/** Set THONGBAO_PROOF_DIR to keep both PDFs (the copy's print view, the .docx copy rendered by LibreOffice). */
const proofDir = process.env.THONGBAO_PROOF_DIR;

const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

/** Each page's lines, as pdftotext lays them out. */
function pageLines(pdf: string): string[][] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((page) => page.split('\n').filter((line) => line.trim() !== ''));
}

/** The box (in points, from the page's top left) of the first word `word` on page 1. */
function wordBox(pdf: string, word: string): { x: number; y: number; width: number } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  for (const match of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/gu)) {
    if (match[4] === word) return { x: Number(match[1]), y: Number(match[2]), width: Number(match[3]) - Number(match[1]) };
  }
  throw new Error(`«${word}» is not on page 1 of ${pdf}`);
}

/** The copy made from the open editor, through the dialog, as PDF. */
async function exportPdfCopy(page: Page, sentTo: string): Promise<void> {
  await page.getByRole('button', { name: 'Xuất bản dự thảo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất bản dự thảo để xin ý kiến' });
  await dialog.getByLabel('Gửi cho').fill(sentTo);
  await dialog.getByLabel('PDF').check();
  // Before making it, the secretary is told when the copy counts.
  await dialog.getByText('Bản dự thảo được tính và ghi vào lịch sử ngay khi được tạo', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Xuất bản dự thảo' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The print view as Chromium prints it (what the print dialog's "Save as PDF" and Electron's printToPDF give). */
async function printedView(app: RunningApp, name: string): Promise<string> {
  await app.page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached' });
  const file = path.join(app.dataDir, name);
  writeFileSync(file, await app.page.pdf({ preferCSSPageSize: true }));
  return file;
}

describe.skipIf(skipReason ?? pdfSkipReason)('"Xuất bản dự thảo" as PDF without LibreOffice: the print view', { timeout: 300_000 }, () => {
  const app = useApp({
    libraryOptions: NO_LIBREOFFICE,
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

  it('records copy 1, prints it with the mark on page 1 only and no number, and counts the next copy as 2', async () => {
    const { page } = app;
    // A draft whose document holds a date (typed ahead; the library drops a draft's number itself): the copy shows
    // neither a number nor a date.
    const notice: Notice = { ...loadSample(), date: '2026-12-01' };
    const created = await app.api.createFromNotice({ notice });
    await openEditor(app, created.id);

    await exportPdfCopy(page, 'Đ/c Chánh Văn phòng');
    const note = page.getByRole('region', { name: 'Bản in' });
    await note.getByText('Không tìm thấy LibreOffice nên bản dự thảo PDF được tạo từ', { exact: false }).waitFor();
    await note.getByText(/Bản dự thảo lần 1\s*gửi Đ\/c Chánh Văn phòng đã được ghi vào lịch sử/u).waitFor();
    expect(page.url()).toContain(`#/ban-in/${created.id}/du-thao/1/in`);
    await poll(() => printCalls(page)).toBe(1);
    await page.locator('.print-page .print-review-mark').getByText('DỰ THẢO LẦN 1', { exact: true }).waitFor();
    expect(await page.title()).toBe(`${notice.summary.trim()} (dự thảo lần 1)`);

    const printed = await printedView(app, 'copy-1.pdf');
    const pages = pageLines(printed);
    expect(pages.length).toBeGreaterThan(1);
    const [first = [], ...rest] = pages;
    expect(first[0]?.trim()).toBe('DỰ THẢO LẦN 1');
    expect(first[1]).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/u);
    expect(rest.some((lines) => lines.some((line) => line.includes('DỰ THẢO')))).toBe(false);
    const numberLine = first.find((line) => line.includes('Số:'));
    expect(numberLine).toBeDefined();
    expect(numberLine?.slice(0, numberLine.indexOf('ngày'))).not.toMatch(/\d/u);
    expect(first.find((line) => line.includes('ngày'))).not.toMatch(/ngày\s+\d/u);

    // The mark stands where LibreOffice puts the .docx copy's mark (box 11, over the Quốc hiệu).
    const reference = renderDocxToPdf(await buildNoticeDocx(notice, { reviewCopy: 1 }));
    try {
      if (proofDir) {
        mkdirSync(proofDir, { recursive: true });
        copyFileSync(printed, path.join(proofDir, 'review-copy-print-view.pdf'));
        copyFileSync(reference.pdf, path.join(proofDir, 'review-copy-docx.pdf'));
        await page.screenshot({ path: path.join(proofDir, 'review-copy-print-screen.png') });
      }
      const inView = wordBox(printed, 'DỰ');
      const inDocx = wordBox(reference.pdf, 'DỰ');
      expect(Math.abs(inView.x - inDocx.x), `mark's left edge: print view ${inView.x} pt, .docx ${inDocx.x} pt`).toBeLessThan(3);
      expect(Math.abs(inView.y - inDocx.y), `mark's top: print view ${inView.y} pt, .docx ${inDocx.y} pt`).toBeLessThan(3);
      expect(wordBox(printed, 'CỘNG').y).toBeGreaterThan(inView.y);
    } finally {
      reference.cleanup();
    }

    // The print dialog was cancelled: printing again is the same copy, not a new one.
    await page.getByRole('button', { name: 'In / Lưu thành PDF' }).click();
    await poll(() => printCalls(page)).toBe(2);
    expect((await app.api.listRevisions({ id: created.id })).reviewCopies.map((copy) => copy.copyNumber)).toEqual([1]);

    await page.getByRole('button', { name: '← Quay lại soạn thảo' }).click();
    await page.locator('.nb-body[contenteditable="true"]').waitFor();
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const history = page.getByRole('list', { name: 'Các phiên bản đã lưu' });
    await history.getByText(/Bản dự thảo lần 1 \(PDF\) gửi Đ\/c Chánh Văn phòng lúc \d\d\/\d\d\/\d{4}/u).waitFor();

    await exportPdfCopy(page, 'Đ/c Phó Chủ tịch UBND tỉnh');
    await page.locator('.print-page .print-review-mark').getByText('DỰ THẢO LẦN 2', { exact: true }).waitFor();
    expect(page.url()).toContain(`#/ban-in/${created.id}/du-thao/2/in`);
    await poll(() => printCalls(page)).toBe(3);
    expect(pageLines(await printedView(app, 'copy-2.pdf'))[0]?.[0]?.trim()).toBe('DỰ THẢO LẦN 2');
    expect((await app.api.listRevisions({ id: created.id })).reviewCopies).toMatchObject([
      { copyNumber: 1, sentTo: 'Đ/c Chánh Văn phòng', format: 'pdf' },
      { copyNumber: 2, sentTo: 'Đ/c Phó Chủ tịch UBND tỉnh', format: 'pdf' },
    ]);

    // Copy 1 reopened from the history: its print view again, without the print dialog and without a new copy.
    await page.getByRole('button', { name: '← Quay lại soạn thảo' }).click();
    await page.locator('.nb-body[contenteditable="true"]').waitFor();
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    await page.getByRole('button', { name: 'Mở bản in của bản dự thảo lần 1' }).click();
    await page.locator('.print-page .print-review-mark').getByText('DỰ THẢO LẦN 1', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Bản in' }).getByText(/Bản dự thảo lần 1\s*gửi Đ\/c Chánh Văn phòng/u).waitFor();
    expect(await printCalls(page)).toBe(3);
    expect((await app.api.listRevisions({ id: created.id })).reviewCopies).toHaveLength(2);
  });
});

/**
 * The desktop shell stood in: exportReviewCopyToFile makes the real copy through the API, as the main process does,
 * then answers as its save dialog would: closed for the first copy, a path for the next.
 */
async function installBridge(app: RunningApp): Promise<void> {
  await installApiRelay(app);
  await app.page.addInitScript(
    ({ SAVE_FOLDER }) => {
      const { call, bridge } = (window as unknown as { standIn: StandIn }).standIn;
      let saves = 0;
      bridge.exportReviewCopyToFile = async (request: unknown): Promise<StandInResult> => {
        const made = await call('exportReviewCopy', request);
        if (!made.ok) return made;
        const { base64: _bytes, fileName, ...copy } = made.value as { base64?: string; fileName: string };
        saves += 1;
        return saves === 1
          ? { ok: true, value: { fileName, cancelled: true, ...copy } }
          : { ok: true, value: { fileName, savedPath: `${SAVE_FOLDER}/${fileName}`, ...copy } };
      };
    },
    { SAVE_FOLDER },
  );
}

describe.skipIf(skipReason)('"Xuất bản dự thảo" as PDF in the desktop shell without LibreOffice', { timeout: 300_000 }, () => {
  const app = useApp({ libraryOptions: NO_LIBREOFFICE, onStart: installBridge });

  it('says the copy is recorded when the save dialog was closed, and where the next one was saved', async () => {
    const { page } = app;
    const created = await app.api.createFromNotice({ notice: loadSample() });
    await openEditor(app, created.id);

    await exportPdfCopy(page, 'Đ/c Chánh Văn phòng');
    await page
      .getByText(
        'Đã xuất bản dự thảo lần 1 (PDF tạo từ bản in của ứng dụng vì máy không có LibreOffice) và ghi vào lịch sử, nhưng chưa lưu tệp',
        { exact: false },
      )
      .waitFor();
    await page.getByText('«Mở bản in» ở bản dự thảo lần 1', { exact: false }).waitFor();
    // The shell prints the copy itself: the editor stays.
    expect(page.url()).toContain(`#/thong-bao/${created.id}`);

    await exportPdfCopy(page, 'Đ/c Phó Chủ tịch UBND tỉnh');
    await page
      .getByText(`Đã xuất bản dự thảo lần 2 (PDF tạo từ bản in của ứng dụng vì máy không có LibreOffice): đã lưu vào ${SAVE_FOLDER}/TB-2020-09-30-du-thao-2.pdf`)
      .waitFor();
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    await page.getByRole('button', { name: 'Mở bản in của bản dự thảo lần 1' }).waitFor();
    await page.getByRole('button', { name: 'Mở bản in của bản dự thảo lần 2' }).waitFor();
  });
});
