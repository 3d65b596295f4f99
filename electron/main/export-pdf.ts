/**
 * "Xuất PDF" in the desktop shell. The library answers with the PDF made by LibreOffice, or with the print-view
 * route when LibreOffice is absent; then the shell prints the app's print view to PDF itself (Chromium's
 * printToPDF, A4 as the page's CSS asks). Either way the user picks where to save and the file is written
 * atomically (temporary file, then rename), as for the .docx.
 */
import type { ApiImplementation } from '../../shared/api';
import type { ExportPdfToFileResult } from '../../shared/desktop-bridge';
import type { writeFileAtomic } from '../services/files/atomic-write';
import { saveExportedFile } from './export-docx';
import type { PreferencesStore } from './preferences';

/** The print view's address inside the app (renderer/app/router.ts); with `reviewCopy`, that copy's print view. */
export function printViewHash(noticeId: string, reviewCopy?: number): string {
  return `#/ban-in/${encodeURIComponent(noticeId)}${reviewCopy === undefined ? '' : `/du-thao/${reviewCopy}`}`;
}

/** The chosen path with the .pdf extension a Linux save dialog may leave out. */
export function withPdfExtension(file: string): string {
  return /\.pdf$/iu.test(file) ? file : `${file}.pdf`;
}

export interface DesktopPdfExportOptions {
  implementation: Pick<ApiImplementation, 'exportPdf'>;
  /** Shows the save dialog; undefined when the user cancels. */
  chooseSavePath(defaultPath: string): Promise<string | undefined>;
  preferences: PreferencesStore;
  fallbackFolder: string;
  /** The print view at this address (printViewHash) printed to PDF (the route without LibreOffice). */
  printViewToPdf(hash: string): Promise<Uint8Array>;
  write?: typeof writeFileAtomic;
}

export async function exportPdfToFile(request: { id: string }, options: DesktopPdfExportOptions): Promise<ExportPdfToFileResult> {
  const built = await options.implementation.exportPdf(request);
  const bytes = built.base64 !== undefined ? Buffer.from(built.base64, 'base64') : await options.printViewToPdf(printViewHash(request.id));
  return { ...(await saveExportedFile(bytes, built.fileName, withPdfExtension, options)), route: built.route };
}
