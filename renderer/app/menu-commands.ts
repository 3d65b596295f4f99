/**
 * The desktop menu's commands in the renderer. Commands that need no open notice are carried out here (navigation,
 * which dialog to open: the "new notice" pickers, help, shown by screens/MenuDialogs.tsx); save and export are offered to the mounted editor screen through a cancelable
 * window event, and "import" to the import screen (which opens the file dialog).
 */
import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/desktop-bridge';
import { getDesktopBridge } from '../api/electron-client';
import { useFeedback } from './feedback';
import { navigate } from './router';

/** Commands a screen carries out itself while it is mounted. */
export type ScreenCommand = Extract<MenuCommand, 'save' | 'export' | 'export-pdf' | 'import'>;

const SCREEN_COMMAND_EVENT = 'thongbao:screen-command';

/** Offers `command` to the mounted screens; true when one of them carried it out. */
export function offerToScreen(command: ScreenCommand): boolean {
  const event = new CustomEvent<ScreenCommand>(SCREEN_COMMAND_EVENT, { detail: command, cancelable: true });
  // dispatchEvent answers false once a listener called preventDefault, i.e. took the command.
  return !window.dispatchEvent(event);
}

/** Lets a screen carry out menu commands while it is mounted (pass stable callbacks). */
export function useScreenCommands(handlers: Partial<Record<ScreenCommand, () => void>>): void {
  const { save, export: exportDocx, 'export-pdf': exportPdf, import: importFile } = handlers;
  useEffect(() => {
    const own: Partial<Record<ScreenCommand, () => void>> = { save, export: exportDocx, 'export-pdf': exportPdf, import: importFile };
    const listener = (event: Event) => {
      const handler = own[(event as CustomEvent<ScreenCommand>).detail];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener(SCREEN_COMMAND_EVENT, listener);
    return () => window.removeEventListener(SCREEN_COMMAND_EVENT, listener);
  }, [save, exportDocx, exportPdf, importFile]);
}

// "Nhập từ tệp…" chosen while another screen is open: the import screen opens the dialog once it is mounted.
let fileDialogRequested = false;

/** True once after "Nhập từ tệp…" asked for the file dialog before the import screen was mounted. */
export function takeFileDialogRequest(): boolean {
  const requested = fileDialogRequested;
  fileDialogRequested = false;
  return requested;
}

const NO_OPEN_NOTICE = {
  save: 'Hãy mở một thông báo để lưu.',
  export: 'Hãy mở một thông báo để xuất tệp .docx.',
  'export-pdf': 'Hãy mở một thông báo để xuất PDF.',
} as const;

/** The dialogs a menu command opens over any screen. */
export type MenuDialog = 'new-notice' | 'new-from-previous' | 'help';

/**
 * Listens to the desktop menu (and F1 in a browser, which has no menu) and carries out each command; returns the
 * dialog to show, if any.
 */
export function useMenuCommands(): { dialog: MenuDialog | null; closeDialog: () => void } {
  const { notify } = useFeedback();
  const [dialog, setDialog] = useState<MenuDialog | null>(null);

  const run = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new-notice':
        case 'new-from-previous':
        case 'help':
          setDialog(command);
          return;
        case 'open-library':
          navigate({ screen: 'library', trash: false });
          return;
        case 'settings':
          navigate({ screen: 'settings' });
          return;
        case 'import':
          if (offerToScreen('import')) return;
          fileDialogRequested = getDesktopBridge() !== undefined;
          navigate({ screen: 'import' });
          return;
        case 'save':
        case 'export':
        case 'export-pdf':
          if (!offerToScreen(command)) notify(NO_OPEN_NOTICE[command]);
          return;
      }
    },
    [notify],
  );

  useEffect(() => {
    const bridge = getDesktopBridge();
    if (bridge) return bridge.onMenuCommand(run);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F1' || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      run('help');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return { dialog, closeDialog: useCallback(() => setDialog(null), []) };
}
