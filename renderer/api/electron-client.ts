/**
 * The API in the desktop shell: the preload's `window.thongbao` bridge, with failed calls turned back into the same
 * ApiError the web host client throws (an Error crossing the context bridge keeps only its message, so the bridge
 * answers with results that carry the error payload instead).
 */
import type { Api } from '../../shared/api';
import { ApiError } from '../../shared/api-error';
import { apiMethodNames } from '../../shared/api-methods';
import type {
  DesktopBridge,
  ExportPdfToFileResult,
  ExportReviewCopyToFileResult,
  ExportToFileResult,
  ImportFromFileResult,
  IpcResult,
} from '../../shared/desktop-bridge';
import { apiErrorFrom } from './error-payload';

declare global {
  interface Window {
    thongbao?: DesktopBridge;
  }
}

export async function unwrapIpcResult<T>(result: IpcResult<T>): Promise<T> {
  if (result.ok) return result.value;
  throw (await apiErrorFrom(result.error)) ?? new ApiError('internal', 'Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.');
}

export function createElectronApi(bridge: DesktopBridge): Api {
  return Object.fromEntries(
    apiMethodNames.map((method) => [
      method,
      async (request: unknown) => unwrapIpcResult(await (bridge[method] as (r: unknown) => Promise<IpcResult<unknown>>)(request ?? {})),
    ]),
  ) as Api;
}

/**
 * "Xuất .docx" in the desktop shell: the save dialog, then the .docx written there by the main process. Throws
 * ApiError('file') when the file cannot be written (open in Word, disk full); the notice is untouched.
 */
export async function exportToFileDialog(bridge: DesktopBridge, request: { id: string }): Promise<ExportToFileResult> {
  return unwrapIpcResult(await bridge.exportToFile(request));
}

/**
 * "Xuất PDF" in the desktop shell: the PDF made in the main process (LibreOffice, else the print view printed there),
 * the save dialog, then the file written atomically. Throws ApiError('file') when it cannot be made or written.
 */
export async function exportPdfToFileDialog(bridge: DesktopBridge, request: { id: string }): Promise<ExportPdfToFileResult> {
  return unwrapIpcResult(await bridge.exportPdfToFile(request));
}

/**
 * "Xuất bản dự thảo" in the desktop shell: the copy made and recorded, the PDF printed from the copy's print view in
 * the main process where LibreOffice is absent, the save dialog, then the file written atomically.
 */
export async function exportReviewCopyToFileDialog(
  bridge: DesktopBridge,
  request: { id: string; sentTo: string; format: 'docx' | 'pdf' },
): Promise<ExportReviewCopyToFileResult> {
  return unwrapIpcResult(await bridge.exportReviewCopyToFile(request));
}

/**
 * "Nhập từ tệp…" in the desktop shell: the open dialog, then the file read into a notice and its report (nothing is
 * stored; the draft is made with createFromNotice after the preview). Throws ApiError('file') for a file it cannot read.
 */
export async function importFromFileDialog(bridge: DesktopBridge, jobId?: string): Promise<ImportFromFileResult> {
  return unwrapIpcResult(await bridge.importFromFile(jobId));
}

/** The desktop bridge when the page runs inside the Electron shell (menu commands, the file dialogs). */
export function getDesktopBridge(): DesktopBridge | undefined {
  return typeof window !== 'undefined' ? window.thongbao : undefined;
}

/** The API when the page runs inside the Electron shell, otherwise undefined (the web host client applies). */
export function getElectronApi(): Api | undefined {
  const bridge = getDesktopBridge();
  return bridge ? createElectronApi(bridge) : undefined;
}
