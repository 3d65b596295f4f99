/**
 * The shell's data folder: `--data-dir <folder>` or THONGBAO_DATA_DIR when given (tests, a shared folder), otherwise
 * Electron's `userData`. The whole app then lives there: database, window state, preferences, Chromium's own data.
 */
import path from 'node:path';
import { DATA_DIR_ENV, dataDirFromArgs } from '../services/data-dir';

export function desktopDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  const chosen = dataDirFromArgs(argv) ?? env[DATA_DIR_ENV];
  return chosen ? path.resolve(chosen) : userData;
}

/** Test hook of the Electron end-to-end test: export writes here instead of asking with a dialog. */
export const EXPORT_PATH_TEST_ENV = 'THONGBAO_TEST_EXPORT_PATH';
