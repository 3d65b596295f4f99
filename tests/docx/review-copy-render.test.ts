/**
 * A review copy rendered by LibreOffice: "DỰ THẢO LẦN 2" is the first line of page 1, above the Quốc hiệu and over
 * the header's right column (Decree 30, Appendix I, IV box 11), and appears on no other page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { NoticeSchema } from '../../shared/notice/schema';

const SAMPLE = join(__dirname, '../../resources/samples/lai-chau-2020-09.notice.json');
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasSoffice) console.warn('review-copy-render.test.ts skipped: LibreOffice (soffice) is not installed, so the .docx cannot be rendered.');

/** Each page's text lines, top to bottom, as pdftotext lays them out. */
function pageLines(pdf: string): string[][] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) => page.split('\n').filter((line) => line.trim() !== ''));
}

describe.skipIf(!hasSoffice)('a review copy rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thongbao-review-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the framed mark at the top right of page 1 only', async () => {
    const notice = NoticeSchema.parse(JSON.parse(readFileSync(SAMPLE, 'utf8')));
    const docxPath = join(dir, 'copy.docx');
    writeFileSync(docxPath, await buildNoticeDocx(notice, { reviewCopy: 2 }));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docxPath],
      { stdio: 'pipe', timeout: 170_000 },
    );
    const pages = pageLines(join(dir, 'copy.pdf'));
    const [first, second] = pages[0] ?? [];
    expect(first?.trim()).toBe('DỰ THẢO LẦN 2');
    expect(second).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/u);
    // Over the right column: the mark starts right of the page's middle, as the Quốc hiệu does.
    const markStart = first?.indexOf('DỰ') ?? -1;
    expect(markStart).toBeGreaterThan((second?.indexOf('CỘNG') ?? 0) - 1);
    expect(pages.slice(1).some((page) => page.some((line) => line.includes('DỰ THẢO')))).toBe(false);
  }, 200_000);
});
