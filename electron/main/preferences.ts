/** What the shell remembers between launches besides the window: the folders last used for export and import. */
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

export const PREFERENCES_FILE = 'shell-preferences.json';

const Folder = z.string().min(1).max(4096).refine((value) => path.isAbsolute(value));
export const PreferencesSchema = z.object({ lastExportFolder: Folder.optional(), lastImportFolder: Folder.optional() });
export type Preferences = z.output<typeof PreferencesSchema>;

export interface PreferencesStore {
  get(): Preferences;
  update(change: Partial<Preferences>): Promise<void>;
}

export function openPreferences(dataDir: string): PreferencesStore {
  const file = path.join(dataDir, PREFERENCES_FILE);
  let current = readJsonFile(file, PreferencesSchema, {});
  return {
    get: () => current,
    async update(change) {
      current = { ...current, ...change };
      await writeJsonFile(file, current);
    },
  };
}
