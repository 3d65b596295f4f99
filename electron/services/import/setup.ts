/**
 * What every import shares, wherever it starts (the API's preview, the desktop's open dialog, the command line):
 * the agency directory names are matched against, the settings that fill what the document does not state, and
 * import failures as ApiErrors of code `file` with their Vietnamese message.
 */
import { ApiError, type ApiImplementation, type Settings } from '../../../shared/api';
import type { Agency } from '../../../shared/agencies/schema';
import { ImportError } from '../../../shared/import/errors';
import { noticeFieldsFromSettings } from '../../../shared/settings/defaults';
import type { ImportOptions } from './import-file';

export interface ImportSetup {
  directory: readonly Agency[];
  settings: Settings;
}

/** The library's directory and settings, through its API. */
export async function loadImportSetup(api: Pick<ApiImplementation, 'listAgencies' | 'getSettings'>): Promise<ImportSetup> {
  const [{ agencies }, settings] = await Promise.all([api.listAgencies({}), api.getSettings({})]);
  return { directory: agencies, settings };
}

/** An ImportError → ApiError('file'); anything else unchanged. */
export function importApiError(error: unknown): unknown {
  return error instanceof ImportError ? new ApiError('file', error.message) : error;
}

/** Runs an import with the set-up's directory and defaults; its failures come out as ApiErrors (importApiError). */
export async function runImport<T>(setup: ImportSetup, work: (options: ImportOptions) => T | Promise<T>): Promise<T> {
  try {
    return await work({ directory: setup.directory, defaults: noticeFieldsFromSettings(setup.settings) });
  } catch (error) {
    throw importApiError(error);
  }
}
