/**
 * "Xuất PDF" through LibreOffice, end to end on the Node side: a notice of a real library → exportPdf → the PDF read
 * back with poppler. The PDF must be the .docx rendered faithfully: same text, same pages, every font embedded,
 * PDF/A-2b, A4, not encrypted, title and author set, blank number and date on a draft, empty signature space.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import type { Notice } from '../../shared/notice/schema';
import { fixtureNotice } from '../docx/fixture';
import { call, openTestLibrary, sampleNotice, tempDir } from '../library/helpers';
import {
  docxTextCompact,
  pageCount,
  pdfFonts,
  pdfInfo,
  pdfPages,
  pdfSkipReason,
  pdfTextWithoutPageNumbers,
  pdfWords,
  renderDocxToPdf,
  xmpPacket,
} from './helpers';


async function exportThroughLibrary(notice: Notice, issue = false): Promise<{ file: string; route: string; fileName: string }> {
  const library = openTestLibrary();
  const created = await call(library, 'createFromNotice', { notice });
  if (issue) await call(library, 'issueNotice', { id: created.id, date: '2026-12-01' });
  const result = await call(library, 'exportPdf', { id: created.id });
  const file = path.join(tempDir(), result.fileName);
  if (result.base64) writeFileSync(file, Buffer.from(result.base64, 'base64'));
  return { file, route: result.route, fileName: result.fileName };
}

function withoutFootnotes(notice: Notice): Notice {
  return JSON.parse(JSON.stringify(notice), (key, value) =>
    Array.isArray(value) ? value.filter((item) => !(item && typeof item === 'object' && 'footnote' in item)) : value,
  ) as Notice;
}

describe.skipIf(pdfSkipReason !== undefined)('PDF through LibreOffice', { timeout: 300_000 }, () => {
  it.each([
    ['the sample notice', () => sampleNotice()],
    // Footnotes stand at the foot of their page in the PDF, so the text order differs from the body's; their export
    // is checked in tests/docx and tests/import (round trip through LibreOffice).
    ['a 60-task notice', () => withoutFootnotes(fixtureNotice(60))],
  ])('%s: same text and pages as the .docx, fonts embedded, PDF/A-2b, A4, not encrypted', async (_name, make) => {
    const notice = make();
    const { file, route } = await exportThroughLibrary(notice);
    expect(route).toBe('libreoffice');

    const docx = await buildNoticeDocx(notice);
    expect(pdfTextWithoutPageNumbers(file)).toBe(docxTextCompact(docx));

    const reference = renderDocxToPdf(docx);
    try {
      expect(pageCount(file)).toBe(pageCount(reference.pdf));
    } finally {
      reference.cleanup();
    }

    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);

    const info = pdfInfo(file);
    expect(info.Encrypted).toBe('no');
    expect(info['Page size']).toMatch(/\(A4\)/);
    expect(info.Title).toBe(notice.summary.trim().replace(/\s+/g, ' '));
    expect(info.Author).toBe(notice.author);

    const xmp = xmpPacket(file);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
  });

  it('leaves the number and date blank on a draft, and fills them once issued', async () => {
    const draft = await exportThroughLibrary(sampleNotice());
    const draftHeader = pdfPages(draft.file)[0] ?? '';
    expect(draftHeader).toMatch(/Số:\s+\/TB-VP/);
    expect(draftHeader).toMatch(/Lai Châu, ngày\s+tháng\s+năm/);
    expect(draft.fileName).toMatch(/\.pdf$/);

    const issued = await exportThroughLibrary(sampleNotice(), true);
    const issuedHeader = pdfPages(issued.file)[0] ?? '';
    expect(issuedHeader).toMatch(/Số: 01\/TB-VP/);
    expect(issuedHeader).toMatch(/Lai Châu, ngày 01 tháng 12 năm 2026/);
  });

  it('leaves the signature block empty between the signer title and the signer name', async () => {
    const { file } = await exportThroughLibrary(sampleNotice());
    const pages = pdfWords(file);
    const last = pages[pages.length - 1] ?? [];
    const title = last.find((w) => w.text === 'PHÓ');
    const name = last.find((w) => w.text === 'Nguyễn');
    expect(title).toBeDefined();
    expect(name).toBeDefined();
    if (!title || !name) return;
    // The signature column: right of the "Nơi nhận" column.
    const between = last.filter((w) => w.xMin >= title.xMin - 40 && w.yMin > title.yMax + 1 && w.yMax < name.yMin - 1);
    expect(between).toEqual([]);
    // Blank lines left for the signature and the seal: more than two lines of 14 pt text.
    expect(name.yMin - title.yMax).toBeGreaterThan(2 * 14);
  });

  it('makes a review copy as PDF/A with the mark on page 1 only, no number, recorded as copy 1', async () => {
    const library = openTestLibrary();
    const created = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const copy = await call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Đ/c Chánh Văn phòng', format: 'pdf' });
    expect(copy).toMatchObject({ fileName: 'TB-2020-09-30-du-thao-1.pdf', copyNumber: 1, route: 'libreoffice' });
    const file = path.join(tempDir(), copy.fileName);
    writeFileSync(file, Buffer.from(copy.base64 ?? '', 'base64'));
    expect(xmpPacket(file)).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    const [first = '', ...rest] = pdfPages(file);
    expect(first.trimStart().startsWith('DỰ THẢO LẦN 1')).toBe(true);
    expect(first).toMatch(/Số:\s+\/TB-VP/);
    expect(rest.some((page) => page.includes('DỰ THẢO'))).toBe(false);
    expect((await call(library, 'listRevisions', { id: created.id })).reviewCopies).toMatchObject([
      { copyNumber: 1, sentTo: 'Đ/c Chánh Văn phòng', format: 'pdf' },
    ]);
  });
});

describe('PDF where LibreOffice is absent', () => {
  it('answers with the print-view route and no bytes', async () => {
    const library = openTestLibrary({ pdf: { search: { platform: 'linux', env: { PATH: '/nowhere' }, isFile: () => false, listDir: () => [] } } });
    const created = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const result = await call(library, 'exportPdf', { id: created.id });
    expect(result).toEqual({ fileName: 'TB-2020-09-30.pdf', route: 'print-view' });
  });

  it('says so clearly when the path set in Settings is wrong, instead of using another LibreOffice', async () => {
    const library = openTestLibrary();
    const settings = await call(library, 'getSettings', {});
    await call(library, 'setSettings', { ...settings, libreOfficePath: '/khong/co/soffice' });
    const created = await call(library, 'createFromNotice', { notice: sampleNotice() });
    await expect(call(library, 'exportPdf', { id: created.id })).rejects.toMatchObject({
      code: 'file',
      message: expect.stringContaining('Không tìm thấy LibreOffice tại «/khong/co/soffice»'),
    });
  });
});
