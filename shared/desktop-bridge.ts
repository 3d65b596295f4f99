/**
 * The contract between the Electron preload and the renderer. The preload exposes `window.thongbao`: one method per
 * API method (same names as shared/api.ts), the desktop file calls (a dialog, then the disk, in the main process)
 * and the menu commands. Across the context bridge an Error loses everything but its message, so every call
 * resolves to an `IpcResult`; the renderer's electron-client turns a failed one back into an ApiError.
 */
import type { ApiErrorPayload, ApiRequest, ApiResponse, PdfRoute } from './api';
import type { ApiMethodName } from './api-methods';
import type { ImportResult } from './import/result';

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

/** The IPC channel of an API method. */
export const apiChannel = (method: ApiMethodName): string => `api:${method}`;

/** Desktop-only calls (not part of the transport-neutral API). */
export const DESKTOP_CHANNELS = {
  /** Asks where to save a notice's .docx in a save dialog and writes it there. */
  exportToFile: 'desktop:exportToFile',
  /** Makes a notice's PDF (LibreOffice, else the print view printed by the shell), asks where to save it and writes it. */
  exportPdfToFile: 'desktop:exportPdfToFile',
  /** Makes a review copy (recorded in the history), asks where to save it and writes it; a PDF as for exportPdfToFile. */
  exportReviewCopyToFile: 'desktop:exportReviewCopyToFile',
  /** Asks for a .docx or .txt file in an open dialog and parses it into a notice (nothing is saved yet). */
  importFromFile: 'desktop:importFromFile',
  /** Main → renderer: a command chosen from the application menu. */
  menuCommand: 'desktop:menuCommand',
} as const;

/** The commands of the application menu that the renderer carries out. */
export const MENU_COMMANDS = [
  'new-notice',
  'new-from-previous',
  'open-library',
  'save',
  'export',
  'export-pdf',
  'import',
  'settings',
  'help',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The file name offered, and where it was written unless the user cancelled. */
export type ExportToFileResult = { fileName: string; cancelled: true; savedPath?: never } | { fileName: string; savedPath: string; cancelled?: never };
/** The saved (or cancelled) PDF and which route made it. */
export type ExportPdfToFileResult = ExportToFileResult & { route: PdfRoute };
/** The saved (or cancelled) review copy: its number and revision are recorded either way, as the API's are. */
export type ExportReviewCopyToFileResult = ExportToFileResult & Omit<ApiResponse<'exportReviewCopy'>, 'fileName' | 'base64'>;
export type ImportFromFileResult = { cancelled: true } | { cancelled: false; fileName: string; result: ImportResult };

/**
 * The desktop file calls, carried out in the main process: each shows its dialog (opening in the folder last used
 * for it) and reads or writes the file there. Same request as the API's exportDocx for the export.
 */
export interface DesktopFiles {
  exportToFile(request: ApiRequest<'exportDocx'>): Promise<ExportToFileResult>;
  exportPdfToFile(request: ApiRequest<'exportPdf'>): Promise<ExportPdfToFileResult>;
  exportReviewCopyToFile(request: ApiRequest<'exportReviewCopy'>): Promise<ExportReviewCopyToFileResult>;
  /** `jobId`: the id the API's importProgress and cancelImport follow this import by while it runs. */
  importFromFile(jobId?: string): Promise<ImportFromFileResult>;
}

export type DesktopBridge = {
  [M in ApiMethodName]: (request: ApiRequest<M>) => Promise<IpcResult<ApiResponse<M>>>;
} & {
  [C in keyof DesktopFiles]: (...args: Parameters<DesktopFiles[C]>) => Promise<IpcResult<Awaited<ReturnType<DesktopFiles[C]>>>>;
} & {
  /** Calls `listener` for every menu command; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
