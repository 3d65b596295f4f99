/**
 * The contract between the desktop shell's preload and the renderer. The preload exposes `window.thongbao`: one
 * method per API method (same names as shared/api.ts) plus a few desktop-only calls. Across the context bridge an
 * Error loses everything but its message, so every call resolves to an `IpcResult`; the renderer's
 * electron-client turns a failed one back into an ApiError.
 */
import type { ApiErrorPayload, ApiMethodName, ApiRequest, ApiResponse } from './api';
import type { ImportResult } from './import/result';

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

/** The IPC channel of an API method. */
export const apiChannel = (method: ApiMethodName): string => `api:${method}`;

/** Desktop-only calls (not part of the transport-neutral API). */
export const DESKTOP_CHANNELS = {
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

export type ImportFromFileResult = { cancelled: true } | { cancelled: false; fileName: string; result: ImportResult };

export type DesktopBridge = {
  [M in ApiMethodName]: (request: ApiRequest<M>) => Promise<IpcResult<ApiResponse<M>>>;
} & {
  importFromFile(): Promise<IpcResult<ImportFromFileResult>>;
  /** Calls `listener` for every menu command; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
