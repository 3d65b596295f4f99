/**
 * The sample notice → .docx → PDF with LibreOffice, then checks on the laid-out pages (pdftotext -bbox gives every
 * word with its box, in points from the top left of its page).
 */
import { parseStoredNotice } from '../../shared/notice/migrate';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { type Notice } from '../../shared/notice/schema';

const SAMPLE = join(__dirname, '../../resources/samples/lai-chau-2020-09.notice.json');
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasSoffice) console.warn('render.test.ts skipped: LibreOffice (soffice) is not installed, so the .docx cannot be rendered.');

const PT_PER_MM = 72 / 25.4;
// Page geometry in points (the builder's margins: top 20, left 30, right 15 mm; header table 3936 + 5846 twips).
const TOP_MARGIN = 20 * PT_PER_MM;
const LEFT = 30 * PT_PER_MM;
const TEXT_CENTRE = LEFT + (210 - 30 - 15) * PT_PER_MM / 2;
const FIRST_LINE_X = LEFT + 36; // 1.27 cm first-line indent

type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
type Line = { y: number; words: Word[]; joined: string };

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function parseBbox(html: string): Word[][] {
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: decode(m[5] ?? ''),
      }),
    ),
  );
}

/**
 * Words grouped into lines by their vertical centre. `joined` has no spaces: LibreOffice here sets the Vietnamese
 * letters Liberation Serif lacks in a fallback font, and pdftotext may split a word where the font changes.
 */
function lines(words: Word[]): Line[] {
  const sorted = [...words].sort((a, b) => (a.yMin + a.yMax) / 2 - (b.yMin + b.yMax) / 2 || a.xMin - b.xMin);
  const result: Line[] = [];
  for (const word of sorted) {
    const y = (word.yMin + word.yMax) / 2;
    const last = result[result.length - 1];
    if (last && Math.abs(last.y - y) < 4) last.words.push(word);
    else result.push({ y, words: [word], joined: '' });
  }
  for (const line of result) {
    line.words.sort((a, b) => a.xMin - b.xMin);
    line.joined = line.words.map((w) => w.text).join('');
  }
  return result;
}

describe.skipIf(!hasSoffice)('the sample notice rendered by LibreOffice', () => {
  let dir: string;
  let notice: Notice;
  let pages: Word[][];

  beforeAll(async () => {
    notice = parseStoredNotice(JSON.parse(readFileSync(SAMPLE, 'utf8')));
    dir = mkdtempSync(join(tmpdir(), 'thongbao-render-'));
    const docxPath = join(dir, 'notice.docx');
    writeFileSync(docxPath, await buildNoticeDocx(notice));
    // A profile of its own, so that parallel runs and a running LibreOffice don't clash.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docxPath,
      ],
      { stdio: 'pipe', timeout: 110_000 },
    );
    execFileSync('pdftotext', ['-bbox', join(dir, 'notice.pdf'), join(dir, 'notice.html')]);
    pages = parseBbox(readFileSync(join(dir, 'notice.html'), 'utf8'));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs to several pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('starts page 1 with the two header columns, the Quốc hiệu on one line, and shows no page number', () => {
    const page = pages[0] as Word[];
    expect(page.filter((w) => w.yMax < TOP_MARGIN)).toEqual([]);
    const [first, second] = lines(page);
    // The two columns side by side: parent agency on the left, Quốc hiệu on the right, on the first line.
    const split = LEFT + (3936 - 427 / 2) / 20;
    const left = first?.words.filter((w) => w.xMax < split).map((w) => w.text).join('') ?? '';
    const right = first?.words.filter((w) => w.xMin > split).map((w) => w.text).join('') ?? '';
    expect(left).toBe('UBNDTỈNHLAICHÂU');
    expect(right).toBe('CỘNGHÒAXÃHỘICHỦNGHĨAVIỆTNAM');
    expect(second?.joined).toBe('VĂNPHÒNGĐộclập-Tựdo-Hạnhphúc');
  });

  it('shows the page number centred in the top margin of every later page', () => {
    for (const [index, page] of pages.entries()) {
      if (index === 0) continue;
      const top = page.filter((w) => w.yMax < TOP_MARGIN);
      expect(top.map((w) => w.text)).toEqual([String(index + 1)]);
      const centre = ((top[0] as Word).xMin + (top[0] as Word).xMax) / 2;
      expect(Math.abs(centre - TEXT_CENTRE)).toBeLessThan(6);
    }
  });

  it('prints the task numbers 1 to 16 in order, then the schemes 1 to 3', () => {
    expect(notice.body.filter((b) => b.type === 'task')).toHaveLength(16);
    expect(notice.body.filter((b) => b.type === 'scheme')).toHaveLength(3);
    const numbers = pages
      .flatMap((page) => lines(page))
      .map((line) => line.words[0] as Word)
      .filter((word) => /^\d+\.$/.test(word.text) && Math.abs(word.xMin - FIRST_LINE_X) < 3)
      .map((word) => Number(word.text.slice(0, -1)));
    expect(numbers).toEqual([...Array.from({ length: 16 }, (_, i) => i + 1), 1, 2, 3]);
  });

  it('puts the signature block and "Nơi nhận:" on one row of the last page, after the closing "./."', () => {
    const last = lines(pages[pages.length - 1] as Word[]);
    const row = last.find((line) => line.joined.startsWith('Nơinhận:'));
    expect(row, 'a line starting with "Nơi nhận:" on the last page').toBeDefined();
    expect(row?.joined).toBe('Nơinhận:TL.CHỦTỊCH');
    const recipients = row?.words.find((w) => w.text.startsWith('N')) as Word;
    const authority = row?.words.find((w) => w.text === 'TL.') as Word;
    expect(recipients.xMin).toBeLessThan(LEFT + 5);
    expect(authority.xMin).toBeGreaterThan(LEFT + 3276 / 20);
    const closing = last.findIndex((line) => line.joined.endsWith('thựchiện./.'));
    expect(closing).toBeGreaterThanOrEqual(0);
    expect(last.indexOf(row as Line)).toBeGreaterThan(closing);
    const texts = last.map((line) => line.joined);
    expect(texts.some((t) => t.includes('NguyễnVănA'))).toBe(true);
    expect(texts.some((t) => t.startsWith('-Lưu:VT,TH.'))).toBe(true);
  });
});
