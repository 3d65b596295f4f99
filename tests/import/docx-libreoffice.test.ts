/**
 * .docx files written by another program: LibreOffice re-saving a notice exported by the app (its own XML, styles
 * and table markup), and LibreOffice saving the published web text as a .docx (plain paragraphs).
 */
import { parseStoredNotice } from '../../shared/notice/migrate';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { parseNoticeText } from '../../shared/import/parse-notice-text';
import { importFile } from '../../electron/services/import/import-file';
import { HEADER_FIELDS, SAMPLE_NOTICE_PATH, SAMPLE_TEXT_PATH, comparable, laiChauDirectory, officeDefaults, withFootnotes } from './helpers';

let dir: string;

/** LibreOffice's own .docx of `input`, with a profile of its own so parallel runs don't clash. */
function resaveWithLibreOffice(input: string, inputFilter?: string): string {
  const out = join(dir, 'out');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      ...(inputFilter ? [`--infilter=${inputFilter}`] : []),
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      out,
      input,
    ],
    { stdio: 'pipe', timeout: 110_000 },
  );
  return join(out, input.split('/').pop()?.replace(/\.[^.]+$/, '.docx') ?? '');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-lo-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('import of .docx files saved by LibreOffice', () => {
  it('reads an exported notice re-saved by LibreOffice back to the same notice', async () => {
    const notice = parseStoredNotice(JSON.parse(readFileSync(SAMPLE_NOTICE_PATH, 'utf8')));
    const exported = join(dir, 'exported.docx');
    writeFileSync(exported, await buildNoticeDocx(notice));
    const resaved = resaveWithLibreOffice(exported);
    expect(readFileSync(resaved).equals(readFileSync(exported))).toBe(false);
    const { notice: imported } = await importFile(resaved, { directory: laiChauDirectory() });
    expect(comparable(imported.body)).toEqual(comparable(notice.body));
    for (const field of HEADER_FIELDS) expect(imported[field], field).toEqual(notice[field]);
  }, 120_000);

  it('reads an exported notice with footnotes re-saved by LibreOffice back to the same notice', async () => {
    const notice = withFootnotes(parseStoredNotice(JSON.parse(readFileSync(SAMPLE_NOTICE_PATH, 'utf8'))));
    const exported = join(dir, 'footnotes.docx');
    writeFileSync(exported, await buildNoticeDocx(notice));
    const resaved = resaveWithLibreOffice(exported);
    const { notice: imported } = await importFile(resaved, { directory: laiChauDirectory() });
    expect(comparable(imported.body)).toEqual(comparable(notice.body));
  }, 120_000);

  it('reads the web page saved as a .docx exactly as the pasted text', async () => {
    const text = join(dir, 'ket-luan.txt');
    copyFileSync(SAMPLE_TEXT_PATH, text);
    const docx = resaveWithLibreOffice(text, 'Text (encoded):UTF8');
    const options = { directory: laiChauDirectory(), defaults: officeDefaults() };
    const fromDocx = await importFile(docx, options);
    const fromText = parseNoticeText(readFileSync(SAMPLE_TEXT_PATH, 'utf8'), options);
    expect(fromDocx.notice.body).toEqual(fromText.notice.body);
    expect(fromDocx.report.droppedLines).toEqual(fromText.report.droppedLines);
    expect(fromDocx.notice.body.filter((b) => b.type === 'task')).toHaveLength(16);
  }, 120_000);
});
