/**
 * Export in the desktop shell: the notice's .docx is built here, the user picks where to save it (a save dialog that
 * opens in the last folder used, with the notice's file name), and the bytes are written atomically. A locked target
 * (open in Word), a full disk or a missing folder comes back as ApiError('file') with a clear Vietnamese message;
 * the previous file and the notice are untouched.
 */
import path from 'node:path';
import { ApiError, type ApiImplementation, type ApiRequest } from '../../shared/api';
import type { ExportToFileResult } from '../../shared/desktop-bridge';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { FileWriteError, writeFileAtomic } from '../services/files/atomic-write';
import { docxFileName } from '../services/library/export';
import type { PreferencesStore } from './preferences';

/** Characters Windows refuses in file names, and trailing dots and spaces it silently drops. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[<>:"/\\|?*\p{Cc}]/gu, '-').replace(/[. ]+$/u, '').trim();
  return cleaned === '' ? 'thong-bao.docx' : cleaned;
}

/** Where the save dialog opens: the last export folder (else `fallbackFolder`) with the notice's file name. */
export function defaultExportPath(fileName: string, lastFolder: string | undefined, fallbackFolder: string): string {
  return path.join(lastFolder ?? fallbackFolder, safeFileName(fileName));
}

/** The chosen path with the .docx extension a Linux save dialog may leave out. */
export function withDocxExtension(file: string): string {
  return /\.docx$/iu.test(file) ? file : `${file}.docx`;
}

export interface DesktopExportOptions {
  implementation: Pick<ApiImplementation, 'getNotice'>;
  /** Shows the save dialog; undefined when the user cancels. */
  chooseSavePath(defaultPath: string): Promise<string | undefined>;
  preferences: PreferencesStore;
  /** The Documents folder, for the very first export. */
  fallbackFolder: string;
  write?: typeof writeFileAtomic;
}

export async function exportDocxToFile(request: ApiRequest<'exportDocx'>, options: DesktopExportOptions): Promise<ExportToFileResult> {
  const { notice } = await options.implementation.getNotice(request);
  const bytes = await buildNoticeDocx(notice);
  const fileName = docxFileName(notice);
  return saveExportedFile(bytes, fileName, withDocxExtension, options);
}

/**
 * Asks where to save an exported file (opening in the last export folder), writes it atomically and remembers the
 * folder. Shared by the .docx and PDF exports of the desktop shell.
 */
export async function saveExportedFile(
  bytes: Uint8Array,
  fileName: string,
  withExtension: (file: string) => string,
  options: Pick<DesktopExportOptions, 'chooseSavePath' | 'preferences' | 'fallbackFolder' | 'write'>,
): Promise<ExportToFileResult> {
  const chosen = await options.chooseSavePath(defaultExportPath(fileName, options.preferences.get().lastExportFolder, options.fallbackFolder));
  if (!chosen) return { fileName, cancelled: true };
  const target = withExtension(path.resolve(chosen));
  try {
    await (options.write ?? writeFileAtomic)(target, bytes);
  } catch (error) {
    if (error instanceof FileWriteError) throw new ApiError('file', error.message);
    throw error;
  }
  // The file is written; failing to remember the folder must not turn the export into an error.
  await options.preferences.update({ lastExportFolder: path.dirname(target) }).catch(() => undefined);
  return { fileName: path.basename(target), savedPath: target };
}
