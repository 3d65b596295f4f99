/**
 * The IPC side of the API: one handler per method of shared/api.ts on channel `api:<method>`. Each handler first
 * checks that the call comes from the app's own page, then goes through the same dispatch boundary as the web host
 * (schema validation, Vietnamese errors). Every outcome is an IpcResult: a bad payload or a failing service
 * answers with an error payload, never with a crash or an unhandled rejection.
 */
import type { IpcMain } from 'electron';
import { ApiError, apiMethodNames, type ApiImplementation } from '../../shared/api';
import { dispatchApiCall, parseApiRequest, toApiError } from '../../shared/api-dispatch';
import { apiChannel, DESKTOP_CHANNELS, type DesktopFiles, type IpcResult } from '../../shared/desktop-bridge';
import { isAppUrl } from './app-url';

export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

/** ipcMain, or the stand-in of the tests. */
export type IpcMainLike = Pick<IpcMain, 'handle'>;

/** Only the top frame of the app's own page may call the API. */
export function isTrustedSender(event: IpcEventLike): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

const untrusted = (): ApiError => new ApiError('unauthorized', 'Yêu cầu không đến từ trang của ứng dụng nên đã bị từ chối.');

async function answer<T>(trusted: boolean, run: () => Promise<T> | T): Promise<IpcResult<T>> {
  if (!trusted) return { ok: false, error: untrusted().toPayload() };
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: toApiError(error).toPayload() };
  }
}

export interface ApiHandlerOptions {
  implementation: ApiImplementation;
  isTrustedSender: (event: IpcEventLike) => boolean;
}

/** Registers `api:<method>` for every method; returns the channels registered. */
export function registerApiHandlers(ipc: IpcMainLike, options: ApiHandlerOptions): string[] {
  return apiMethodNames.map((method) => {
    const channel = apiChannel(method);
    ipc.handle(channel, (event, payload: unknown) =>
      answer(options.isTrustedSender(event), () => dispatchApiCall(options.implementation, method, payload)),
    );
    return channel;
  });
}

export interface DesktopHandlerOptions extends DesktopFiles {
  isTrustedSender: (event: IpcEventLike) => boolean;
}

/** The desktop file calls (shared/desktop-bridge.ts), with the same sender check and error payloads as the API. */
export function registerDesktopHandlers(ipc: IpcMainLike, options: DesktopHandlerOptions): string[] {
  ipc.handle(DESKTOP_CHANNELS.exportToFile, (event, payload: unknown) =>
    answer(options.isTrustedSender(event), () => options.exportToFile(parseApiRequest('exportDocx', payload))),
  );
  ipc.handle(DESKTOP_CHANNELS.exportPdfToFile, (event, payload: unknown) =>
    answer(options.isTrustedSender(event), () => options.exportPdfToFile(parseApiRequest('exportPdf', payload))),
  );
  ipc.handle(DESKTOP_CHANNELS.exportReviewCopyToFile, (event, payload: unknown) =>
    answer(options.isTrustedSender(event), () => options.exportReviewCopyToFile(parseApiRequest('exportReviewCopy', payload))),
  );
  ipc.handle(DESKTOP_CHANNELS.importFromFile, (event, jobId: unknown) =>
    answer(options.isTrustedSender(event), () =>
      // The id is checked as the API checks it (importProgress's request) before it names anything.
      options.importFromFile(jobId === undefined ? undefined : parseApiRequest('importProgress', { jobId }).jobId),
    ),
  );
  return [
    DESKTOP_CHANNELS.exportToFile,
    DESKTOP_CHANNELS.exportPdfToFile,
    DESKTOP_CHANNELS.exportReviewCopyToFile,
    DESKTOP_CHANNELS.importFromFile,
  ];
}
