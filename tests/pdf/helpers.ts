/** Reading PDFs back with poppler-utils (pdfinfo, pdffonts, pdftotext) and rendering .docx with plain LibreOffice. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Docx, all } from '../docx/ooxml';

const has = (program: string, args: string[]) => spawnSync(program, args, { stdio: 'ignore' }).status === 0;

/** Why the PDF tests cannot run here, or undefined. */
export const pdfSkipReason = !has('soffice', ['--version'])
  ? 'LibreOffice (soffice) is not installed'
  : !has('pdfinfo', ['-v'])
    ? 'poppler-utils (pdfinfo, pdffonts, pdftotext) is not installed'
    : undefined;
if (pdfSkipReason) console.warn(`PDF tests skipped: ${pdfSkipReason}`);

export function pdfInfo(file: string): Record<string, string> {
  const output = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    output
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string]),
  );
}

export function pageCount(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/** pdffonts' rows: name and whether the font is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
  // Columns are fixed width; "emb" is the first yes/no after the encoding column.
  return lines.map((line) => {
    const flags = line.match(/\b(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    return { name: line.split(/\s+/)[0] as string, embedded: flags?.[1] === 'yes' };
  });
}

/** The text of each page, in the order the PDF draws it. */
export function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

/**
 * The text of the PDF without the page numbers printed at the top of pages 2 and after, and without whitespace
 * (line breaks fall where the layout puts them, which is not the document's text).
 */
export function pdfTextWithoutPageNumbers(file: string): string {
  return pdfPages(file)
    .map((page, index) => (index === 0 ? page : page.replace(new RegExp(`^\\s*${index + 1}\\s*\\n`), '')))
    .join('')
    .replace(/\s+/gu, '');
}

/** Every w:t of the document body, in order, without whitespace (nbsp included). */
export function docxTextCompact(bytes: Uint8Array): string {
  const docx = new Docx(bytes);
  return all('//w:body//w:t', docx.xml('word/document.xml'))
    .map((node) => node.textContent ?? '')
    .join('')
    .replace(/\s+/gu, '');
}

/** The .docx rendered by LibreOffice with its defaults (the reference the PDFs are compared with). */
export function renderDocxToPdf(bytes: Uint8Array): { pdf: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'thongbao-pdf-ref-'));
  writeFileSync(path.join(dir, 'ref.docx'), bytes);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'ref.docx')],
    { stdio: 'ignore' },
  );
  return { pdf: path.join(dir, 'ref.pdf'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The XMP metadata packet of a PDF (LibreOffice writes it uncompressed, as PDF/A readers expect). */
export function xmpPacket(file: string): string {
  const raw = readFileSync(file).toString('latin1');
  const start = raw.indexOf('<x:xmpmeta');
  const end = raw.indexOf('</x:xmpmeta>');
  return start >= 0 && end > start ? raw.slice(start, end) : '';
}

type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Every word of each page with its box (points, from the top left). */
export function pdfWords(file: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5] ?? '',
    })),
  );
}
