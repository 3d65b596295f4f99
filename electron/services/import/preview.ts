/**
 * The `previewImport` API method: pasted text or a file's bytes → Notice and report, with the header values the
 * document does not state taken from the settings. The library implementation calls it with its directory and
 * settings; import failures become ApiErrors of code `file` with the Vietnamese message.
 */
import { ApiError, type ApiImplementation, type Settings } from '../../../shared/api';
import type { Agency } from '../../../shared/agencies/schema';
import { ImportError } from '../../../shared/import/errors';
import type { ImportResult } from '../../../shared/import/result';
import type { Notice } from '../../../shared/notice/schema';
import { importBytes, importText } from './import-file';

export type PreviewImportRequest = Parameters<ApiImplementation['previewImport']>[0];

/** What an imported notice takes from the settings when the document does not say it. */
export function importDefaults(settings: Settings): Partial<Notice> {
  const signer = settings.signers.find((s) => s.id === settings.defaultSignerId) ?? settings.signers[0];
  const preset = settings.recipientPresets[0];
  return {
    issuer: { parentAgency: settings.issuer.parentAgency, agency: settings.issuer.agency },
    code: settings.issuer.code,
    place: settings.issuer.place,
    closing: settings.issuer.closing,
    archive: preset?.archive ?? settings.issuer.archive,
    recipients: preset ? [...preset.recipients] : [],
    ...(settings.author ? { author: settings.author } : {}),
    ...(signer
      ? { signature: { authorityLines: [...signer.authorityLines], title: signer.title, signerName: signer.name } }
      : {}),
  };
}

export function previewImport(
  request: PreviewImportRequest,
  context: { directory: readonly Agency[]; settings: Settings },
): ImportResult {
  const options = { directory: context.directory, defaults: importDefaults(context.settings) };
  try {
    if (request.text !== undefined) return importText(request.text, request.fileName, options);
    const bytes = Buffer.from(request.base64 ?? '', 'base64');
    return importBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), request.fileName, options);
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('file', error.message);
    throw error;
  }
}
