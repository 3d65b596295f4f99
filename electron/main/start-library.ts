/**
 * The start decision of the desktop app: open the library, or explain in Vietnamese why it cannot be opened and,
 * where starting afresh is safe (a damaged file), offer to move the file aside and try again.
 */
import type { MessageBoxOptions } from 'electron';
import { ApiError } from '../../shared/api';
import type { Library } from '../services/library/open';
import { canMoveAside } from '../services/storage/errors';
import { databaseProblemDialog } from './dialogs';

export interface StartLibraryDeps {
  open(): Library;
  /** Shows a message box and returns the index of the chosen button. */
  ask(options: MessageBoxOptions): number;
  moveAside(): void;
}

export function openLibraryOrExplain(deps: StartLibraryDeps): Library | undefined {
  for (;;) {
    try {
      return deps.open();
    } catch (error) {
      const movable = canMoveAside(error);
      const message =
        error instanceof ApiError
          ? error.message
          : `Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}. Vui lòng báo lại lỗi này cho bộ phận kỹ thuật.`;
      const choice = deps.ask(databaseProblemDialog(message, movable));
      if (!movable || choice !== 1) return undefined;
      deps.moveAside();
    }
  }
}
