/**
 * The desktop file service: export to and import from files chosen in the shell's dialogs, both carried out here in
 * the main process (dialog, then the disk) and reached by the renderer through the desktop channels. One
 * preferences store remembers the last folder of each, so neither forgets the other's.
 */
import type { ApiImplementation } from '../../shared/api';
import type { DesktopFiles } from '../../shared/desktop-bridge';
import type { writeFileAtomic } from '../services/files/atomic-write';
import { exportDocxToFile } from './export-docx';
import { exportPdfToFile } from './export-pdf';
import { exportReviewCopyToFile } from './export-review-copy';
import { importFromFileDialog } from './import-dialog';
import { openPreferences } from './preferences';

export interface DesktopFileDialogs {
  /** Shows the save dialog at `defaultPath`; undefined when the user cancels. */
  chooseSavePath(defaultPath: string): Promise<string | undefined>;
  /** Shows the open dialog in `defaultFolder`; undefined when the user cancels. */
  chooseFile(defaultFolder: string): Promise<string | undefined>;
  /** Shows the save dialog for a PDF at `defaultPath`; undefined when the user cancels. */
  choosePdfPath(defaultPath: string): Promise<string | undefined>;
}

export interface DesktopFilesOptions {
  implementation: Pick<ApiImplementation, 'getNotice' | 'listAgencies' | 'getSettings' | 'exportPdf' | 'exportReviewCopy'>;
  /** A print view (its address from printViewHash) printed to PDF by the shell (the route without LibreOffice). */
  printViewToPdf(hash: string): Promise<Uint8Array>;
  /** Where the preferences file lives. */
  dataDir: string;
  /** The Documents folder, for the first export and import. */
  fallbackFolder: string;
  dialogs: DesktopFileDialogs;
  write?: typeof writeFileAtomic;
}

export function openDesktopFiles(options: DesktopFilesOptions): DesktopFiles {
  const preferences = openPreferences(options.dataDir);
  const shared = { implementation: options.implementation, preferences, fallbackFolder: options.fallbackFolder };
  return {
    exportToFile: (request) => exportDocxToFile(request, { ...shared, chooseSavePath: options.dialogs.chooseSavePath, write: options.write }),
    importFromFile: (jobId) => importFromFileDialog({ ...shared, chooseFile: options.dialogs.chooseFile }, jobId),
    exportPdfToFile: (request) =>
      exportPdfToFile(request, { ...shared, chooseSavePath: options.dialogs.choosePdfPath, printViewToPdf: options.printViewToPdf, write: options.write }),
    exportReviewCopyToFile: (request) =>
      exportReviewCopyToFile(request, {
        ...shared,
        chooseDocxPath: options.dialogs.chooseSavePath,
        choosePdfPath: options.dialogs.choosePdfPath,
        printViewToPdf: options.printViewToPdf,
        write: options.write,
      }),
  };
}
