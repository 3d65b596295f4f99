/**
 * The import room: `previewImport`, pasted text or a file's bytes → Notice and report, with the library's
 * directory and settings, in the import worker; importProgress and cancelImport follow and stop a running one by the
 * id its caller gave. Nothing is stored; the draft is then made with createFromNotice.
 */
import type { ApiImplementation } from '../../../shared/api';
import { cancelImport, importProgress } from '../import/import-jobs';
import { runImport } from '../import/setup';
import { listAgencyRows } from '../storage/agencies';
import type { LibraryContext } from './context';
import { readSettings } from './settings';

export function importApi(context: LibraryContext): Pick<ApiImplementation, 'previewImport' | 'importProgress' | 'cancelImport'> {
  return {
    previewImport: (request) => {
      const setup = { directory: listAgencyRows(context.db), settings: readSettings(context) };
      const { fileName, jobId } = request;
      if (request.text !== undefined) return runImport(setup, { kind: 'text', text: request.text, fileName }, { jobId });
      const bytes = Buffer.from(request.base64 ?? '', 'base64');
      const source = { kind: 'bytes' as const, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName };
      return runImport(setup, source, { jobId });
    },
    importProgress: ({ jobId }) => {
      const fraction = importProgress(jobId);
      return fraction === undefined ? { running: false, fraction: 0 } : { running: true, fraction };
    },
    cancelImport: ({ jobId }) => {
      cancelImport(jobId);
      return { ok: true as const };
    },
  };
}
