/**
 * What every import shares, wherever it starts (the API's preview, the desktop's open dialog, the command line):
 * the agency directory names are matched against, the settings that fill what the document does not state, and
 * import failures as ApiErrors of code `file` with their Vietnamese message. Every import runs in the import worker.
 */
import { ApiError, type ApiImplementation, type Settings } from '../../../shared/api';
import type { Agency } from '../../../shared/agencies/schema';
import { ImportError } from '../../../shared/import/errors';
import { noticeFieldsFromSettings } from '../../../shared/settings/defaults';
import type { ImportResult } from '../../../shared/import/result';
import { executeImportJob, type ImportJobSource } from './import-job';
import { trackImport } from './import-jobs';
import { runImportInWorker, type ImportWorkerLimits } from './run-import-worker';

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

export interface ImportRun {
  /** The caller's id for this import: importProgress and cancelImport name it. */
  jobId?: string;
  /** Tests lower them. */
  limits?: Partial<ImportWorkerLimits>;
  /**
   * Parse on this thread: for the command line, which is a process of its own for one import (a worker would only
   * add its start-up); the app and the web host always use the worker.
   */
  onThisThread?: boolean;
}

/**
 * Runs an import in the import worker (off this thread, with time and memory limits) with the set-up's directory
 * and defaults; its failures come out as ApiErrors (importApiError).
 */
export async function runImport(setup: ImportSetup, source: ImportJobSource, run: ImportRun = {}): Promise<ImportResult> {
  const tracked = run.jobId === undefined ? undefined : trackImport(run.jobId);
  const options = { directory: setup.directory, defaults: noticeFieldsFromSettings(setup.settings) };
  try {
    if (run.onThisThread) return await executeImportJob(source, options, () => undefined);
    return await runImportInWorker(source, options, { signal: tracked?.signal, onProgress: tracked?.onProgress, limits: run.limits });
  } catch (error) {
    throw importApiError(error);
  } finally {
    tracked?.end();
  }
}
