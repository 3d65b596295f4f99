/**
 * One import as plain data, so that it can be handed to the import worker (worker_threads): where the notice comes
 * from, and the directory and defaults it is read with. `executeImportJob` is what the worker runs.
 */
import type { ImportResult } from '../../../shared/import/result';
import { importText, loadImportSource, parseImportSource, readImportSource, type ImportOptions, type ImportSource } from './import-file';

export type ImportJobSource =
  /** Pasted text (or a text file's content). */
  | { kind: 'text'; text: string; fileName: string }
  /** A file's bytes (a .txt or .docx uploaded through the API). */
  | { kind: 'bytes'; bytes: Uint8Array; fileName: string }
  /** A file on disk. */
  | { kind: 'file'; path: string }
  /** A file already read and checked (the command line reads it first, to report file errors on its own). */
  | { kind: 'source'; source: ImportSource };

/** What a job needs besides its source: the data of ImportOptions (its functions stay on the worker's side). */
export type ImportJobOptions = Pick<ImportOptions, 'directory' | 'defaults'>;

export function importJobName(source: ImportJobSource): string {
  if (source.kind === 'file') return source.path.split(/[\\/]/u).pop() ?? source.path;
  if (source.kind === 'source') return source.source.kind === 'docx' ? 'tệp .docx' : 'văn bản';
  return source.fileName;
}

export async function executeImportJob(
  source: ImportJobSource,
  options: ImportJobOptions,
  onProgress: (fraction: number) => void,
): Promise<ImportResult> {
  const withProgress: ImportOptions = { ...options, onProgress };
  // 1 %: the worker has started; 5 %: the file is read and checked (a long .docx takes a while to unpack).
  onProgress(0.01);
  switch (source.kind) {
    case 'text':
      return importText(source.text, source.fileName, withProgress);
    case 'bytes': {
      const read = readImportSource(source.bytes, source.fileName);
      onProgress(0.05);
      return parseImportSource(read, withProgress);
    }
    case 'file': {
      const read = await loadImportSource(source.path);
      onProgress(0.05);
      return parseImportSource(read, withProgress);
    }
    case 'source':
      return parseImportSource(source.source, withProgress);
  }
}
