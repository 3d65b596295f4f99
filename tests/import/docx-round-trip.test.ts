/**
 * A notice exported by the app (buildNoticeDocx) and imported back is the same Notice: same blocks, tasks,
 * agencies, deadlines and header. The .docx is real (written to a temporary folder and read through importFile).
 */
import { parseStoredNotice } from '../../shared/notice/migrate';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { type Notice } from '../../shared/notice/schema';
import { importFile, importBytes } from '../../electron/services/import/import-file';
import { HEADER_FIELDS, ROOT, SAMPLE_NOTICE_PATH, comparable, laiChauDirectory, withFootnotes } from './helpers';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'import-docx-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function loadNotice(path: string): Promise<Notice> {
  return parseStoredNotice(JSON.parse(await readFile(path, 'utf8')));
}

async function roundTrip(notice: Notice, name: string) {
  const path = join(folder, name);
  await writeFile(path, await buildNoticeDocx(notice));
  return importFile(path, { directory: laiChauDirectory() });
}

describe('import of a .docx exported by the app', () => {
  it('gives back the sample notice', async () => {
    const notice = await loadNotice(SAMPLE_NOTICE_PATH);
    const { notice: imported, report } = await roundTrip(notice, 'sample.docx');
    expect(comparable(imported.body)).toEqual(comparable(notice.body));
    for (const field of HEADER_FIELDS) expect(imported[field], field).toEqual(notice[field]);
    expect(report.unrecognised).toEqual([]);
    expect(report.tasks).toHaveLength(16);
    expect(report.schemes).toHaveLength(3);
    expect(report.headerFields).toEqual(
      expect.arrayContaining(['issuer', 'code', 'place', 'documentType', 'summary', 'closing', 'signature', 'recipients', 'archive']),
    );
  });

  it('gives back a notice with footnotes, each where it was, with its own text and formatting', async () => {
    const notice = withFootnotes(await loadNotice(SAMPLE_NOTICE_PATH));
    const footnotes = JSON.stringify(notice.body).match(/"footnote":/gu) ?? [];
    expect(footnotes.length).toBeGreaterThanOrEqual(3);
    const { notice: imported, report } = await roundTrip(notice, 'footnotes.docx');
    expect(comparable(imported.body)).toEqual(comparable(notice.body));
    expect(report.unrecognised).toEqual([]);
  });

  it('gives back recurring deadlines as recurring, with the phrase the text states', async () => {
    const notice = await loadNotice(SAMPLE_NOTICE_PATH);
    const tasks = notice.body.filter((block) => block.type === 'task');
    const recurring = [
      { phrase: 'trước ngày 15 hằng tháng', deadline: { kind: 'recurring', every: 'month', day: 15 } },
      { phrase: 'định kỳ hằng tuần', deadline: { kind: 'recurring', every: 'week' } },
      { phrase: 'định kỳ 02 tuần/lần', deadline: { kind: 'recurring', every: 'week', interval: 2 } },
    ] as const;
    recurring.forEach(({ phrase, deadline }, index) => {
      const task = tasks[index + 1];
      if (task?.type !== 'task') throw new Error('the sample has tasks');
      task.content = [{ text: `Sở Tài chính tổng hợp kết quả giải ngân, báo cáo UBND tỉnh ${phrase}.` }];
      task.leadAgencies = [{ id: 'so-tai-chinh', name: 'Sở Tài chính' }];
      task.coordinatingAgencies = [];
      task.deadline = deadline;
    });
    const { notice: imported } = await roundTrip(notice, 'recurring.docx');
    const back = imported.body.filter((block) => block.type === 'task');
    recurring.forEach(({ deadline }, index) => expect(back[index + 1]?.type === 'task' && back[index + 1]?.deadline).toEqual(deadline));
    expect(comparable(imported.body)).toEqual(comparable(notice.body));
  });

  it('gives back a notice with a number, a date, a one-line issuer, formatting, lettered points and multi-line text', async () => {
    const notice = await loadNotice(join(ROOT, 'tests', 'fixtures', 'import', 'small-notice.json'));
    const { notice: imported, report } = await roundTrip(notice, 'small.docx');
    expect(comparable(imported.body)).toEqual(comparable(notice.body));
    for (const field of HEADER_FIELDS) expect(imported[field], field).toEqual(notice[field]);
    expect(report.headerFields).toEqual(expect.arrayContaining(['number', 'date', 'meeting']));
    // The meeting is not printed as such; its date comes back from the opening "Ngày 02/10/2020, …".
    expect(imported.meeting).toEqual(notice.meeting);
    expect(report.warnings).toEqual([]);
  });

  it("reads Word's own list numbering where a document uses it instead of written labels", async () => {
    // The exported sample, with its written labels replaced by Word numbering on the task paragraphs.
    const notice = await loadNotice(join(ROOT, 'tests', 'fixtures', 'import', 'small-notice.json'));
    const files = unzipSync(await buildNoticeDocx(notice));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const numbered = xml.replace(
      /<w:p>(<w:pPr>(?:(?!<\/w:pPr>).)*?)<\/w:pPr><w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">1\. <\/w:t><\/w:r>/u,
      '<w:p>$1<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr>',
    );
    expect(numbered).not.toBe(xml);
    files['word/document.xml'] = strToU8(numbered);
    files['word/numbering.xml'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>',
    );
    const { notice: imported } = importBytes(zipSync(files), 'numbered.docx', { directory: laiChauDirectory() });
    expect(comparable(imported.body)).toEqual(comparable(notice.body));
  });
});
