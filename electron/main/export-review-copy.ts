/**
 * "Xuất bản dự thảo" in the desktop shell. The library makes and records the copy (copy n, the revision it shows, to
 * whom); a PDF comes back from LibreOffice, or, where LibreOffice is absent, the shell prints the copy's print view
 * (the recorded revision with the "DỰ THẢO LẦN n" mark) to PDF itself. Then the user picks where to save and the file
 * is written atomically (temporary file, then rename), as for "Xuất PDF". Cancelling the save dialog leaves copy n
 * recorded: its print view prints it again, never as a new copy.
 */
import type { ApiImplementation, ApiRequest } from '../../shared/api';
import type { ExportReviewCopyToFileResult } from '../../shared/desktop-bridge';
import type { writeFileAtomic } from '../services/files/atomic-write';
import { saveExportedFile, withDocxExtension } from './export-docx';
import { printViewHash, withPdfExtension } from './export-pdf';
import type { PreferencesStore } from './preferences';

export interface DesktopReviewCopyOptions {
  implementation: Pick<ApiImplementation, 'exportReviewCopy'>;
  /** The save dialog for the copy's format; undefined when the user cancels. */
  chooseDocxPath(defaultPath: string): Promise<string | undefined>;
  choosePdfPath(defaultPath: string): Promise<string | undefined>;
  preferences: PreferencesStore;
  fallbackFolder: string;
  /** The print view at this address (printViewHash) printed to PDF. */
  printViewToPdf(hash: string): Promise<Uint8Array>;
  write?: typeof writeFileAtomic;
}

export async function exportReviewCopyToFile(
  request: ApiRequest<'exportReviewCopy'>,
  options: DesktopReviewCopyOptions,
): Promise<ExportReviewCopyToFileResult> {
  const { base64, fileName, ...copy } = await options.implementation.exportReviewCopy(request);
  const bytes = base64 !== undefined ? Buffer.from(base64, 'base64') : await options.printViewToPdf(printViewHash(request.id, copy.copyNumber));
  const pdf = request.format === 'pdf';
  const saved = await saveExportedFile(bytes, fileName, pdf ? withPdfExtension : withDocxExtension, {
    ...options,
    chooseSavePath: pdf ? options.choosePdfPath : options.chooseDocxPath,
  });
  return { ...saved, ...copy };
}
