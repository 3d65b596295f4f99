/**
 * The import room: `previewImport`, pasted text or a file's bytes → Notice and report, with the library's
 * directory and settings. Nothing is stored; the draft is then made with createFromNotice.
 */
import type { ApiImplementation } from '../../../shared/api';
import { importBytes, importText } from '../import/import-file';
import { runImport } from '../import/setup';
import { listAgencyRows } from '../storage/agencies';
import type { LibraryContext } from './context';
import { readSettings } from './settings';

export function importApi(context: LibraryContext): Pick<ApiImplementation, 'previewImport'> {
  return {
    previewImport: (request) =>
      runImport({ directory: listAgencyRows(context.db), settings: readSettings(context) }, (options) => {
        if (request.text !== undefined) return importText(request.text, request.fileName, options);
        const bytes = Buffer.from(request.base64 ?? '', 'base64');
        return importBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), request.fileName, options);
      }),
  };
}
