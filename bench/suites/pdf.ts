/**
 * "Xuất PDF" through LibreOffice: the whole export (the .docx built, LibreOffice started headless, PDF/A-2b written and
 * read back) for the sample notice and for a 60-task notice, the two the issue names. Each conversion starts its own
 * LibreOffice, as the app does, so every run pays the start. Skipped, saying so, where LibreOffice is not installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportNoticePdf } from '../../electron/services/pdf/export-pdf';
import { findSoffice } from '../../electron/services/pdf/find-soffice';
import type { Notice } from '../../shared/notice/schema';
import { loadSample, noticeWithTasks } from '../../tests/e2e/support/notices';
import { measure, report } from '../measure';

const RUNS = 5;

/** The PDF's page count, from poppler's pdfinfo when it is there. */
function pageCount(pdf: Buffer): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'thongbao-bench-pdf-'));
  try {
    const file = path.join(folder, 'notice.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return /^Pages:\s+(\d+)/mu.exec(info)?.[1] ?? '?';
  } catch {
    return '?';
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export default async function run(): Promise<void> {
  if (!findSoffice(undefined).found) {
    console.log('skipped: LibreOffice (soffice) is not installed on this machine');
    return;
  }
  const sample = loadSample();
  const cases: [string, Notice][] = [
    ['sample notice (16 tasks)', sample],
    ['60 tasks', noticeWithTasks(sample, 60)],
  ];
  for (const [label, notice] of cases) {
    let pdf = Buffer.alloc(0);
    const timing = await measure(async () => {
      const answer = await exportNoticePdf(notice, { fileName: 'thong-bao.docx' });
      if (answer.route !== 'libreoffice' || answer.base64 === undefined) throw new Error('LibreOffice did not convert');
      pdf = Buffer.from(answer.base64, 'base64');
    }, RUNS, 1);
    report(`PDF/A-2b export, ${label}, ${pageCount(pdf)} pages, ${Math.round(pdf.length / 1024)} KB`, timing);
  }
}
