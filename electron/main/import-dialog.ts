/**
 * Import in the desktop shell: an open dialog for a .docx or .txt, read from disk (size-bounded) and parsed as
 * previewImport does (in the import worker), with the library's agencies and the settings' defaults. Nothing is stored.
 */
import path from 'node:path';
import type { ApiImplementation } from '../../shared/api';
import type { ImportFromFileResult } from '../../shared/desktop-bridge';
import { loadImportSetup, runImport } from '../services/import/setup';
import type { PreferencesStore } from './preferences';

export const IMPORT_FILE_FILTERS = [
  { name: 'Văn bản Word hoặc văn bản thuần', extensions: ['docx', 'txt'] },
  { name: 'Tất cả các tệp', extensions: ['*'] },
];

export interface DesktopImportOptions {
  implementation: Pick<ApiImplementation, 'listAgencies' | 'getSettings'>;
  /** Shows the open dialog in `defaultFolder`; undefined when the user cancels. */
  chooseFile(defaultFolder: string): Promise<string | undefined>;
  preferences: PreferencesStore;
  fallbackFolder: string;
}

/** `jobId` names the import for the API's importProgress and cancelImport while it runs. */
export async function importFromFileDialog(options: DesktopImportOptions, jobId?: string): Promise<ImportFromFileResult> {
  const file = await options.chooseFile(options.preferences.get().lastImportFolder ?? options.fallbackFolder);
  if (!file) return { cancelled: true };
  await options.preferences.update({ lastImportFolder: path.dirname(file) }).catch(() => undefined);
  const result = await runImport(await loadImportSetup(options.implementation), { kind: 'file', path: file }, { jobId });
  return { cancelled: false, fileName: path.basename(file), result };
}
