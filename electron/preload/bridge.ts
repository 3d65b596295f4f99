/**
 * The object the preload exposes as `window.thongbao`: exactly the methods of shared/api.ts, generated from the
 * list of method names (one `invoke('api:<name>', payload)` each), plus the desktop file calls and the menu. It
 * imports only plain lists and types: the sandboxed preload bundles no schema.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { apiMethodNames } from '../../shared/api-methods';
import { apiChannel, DESKTOP_CHANNELS, isMenuCommand, type DesktopBridge, type MenuCommand } from '../../shared/desktop-bridge';

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createDesktopBridge(ipc: IpcRendererLike): DesktopBridge {
  const api = Object.fromEntries(
    apiMethodNames.map((method) => [method, (request: unknown) => ipc.invoke(apiChannel(method), request)]),
  ) as Omit<DesktopBridge, 'exportToFile' | 'exportPdfToFile' | 'exportReviewCopyToFile' | 'importFromFile' | 'onMenuCommand'>;
  return {
    ...api,
    exportToFile: (request) => ipc.invoke(DESKTOP_CHANNELS.exportToFile, request),
    exportPdfToFile: (request) => ipc.invoke(DESKTOP_CHANNELS.exportPdfToFile, request),
    exportReviewCopyToFile: (request) => ipc.invoke(DESKTOP_CHANNELS.exportReviewCopyToFile, request),
    importFromFile: (jobId?: string) => ipc.invoke(DESKTOP_CHANNELS.importFromFile, jobId),
    onMenuCommand(listener: (command: MenuCommand) => void) {
      // The event object stays here: handing it to the page would leak ipcRenderer's sender.
      const relay = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(DESKTOP_CHANNELS.menuCommand, relay);
      return () => {
        ipc.removeListener(DESKTOP_CHANNELS.menuCommand, relay);
      };
    },
  };
}
