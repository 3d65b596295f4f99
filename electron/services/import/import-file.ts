/**
 * Importing a notice from a file: a .txt (UTF-8, or UTF-16 with its BOM) or a .docx, through the same parser as
 * pasted text. Every failure is an ImportError with a Vietnamese message; nothing is written anywhere.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Agency } from '../../../shared/agencies/schema';
import { ImportError } from '../../../shared/import/errors';
import { parseNoticeParagraphs, parseNoticeText, type ParseOptions } from '../../../shared/import/parse-notice-text';
import type { ImportResult } from '../../../shared/import/result';
import type { SourceParagraph } from '../../../shared/import/rich';
import { detectFileKind } from './detect';
import { readDocxContent } from './docx';
import { IMPORT_LIMITS, formatSize } from '../../../shared/import/limits';
import { decodeText } from './text';
import { ZipReader } from './zip';

export type ImportOptions = ParseOptions & { directory: readonly Agency[] };

function tooLarge(fileName: string, size: number, limit: number, what: string): ImportError {
  return new ImportError(
    'too-large',
    `Tệp «${fileName}» quá lớn (${formatSize(size)}); ${what} chỉ nhập được đến ${formatSize(limit)}.`,
  );
}

/** Pasted text (or a text file's content) → Notice. */
export function importText(text: string, fileName: string, options: ImportOptions): ImportResult {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > IMPORT_LIMITS.maxTextBytes) throw tooLarge(fileName, size, IMPORT_LIMITS.maxTextBytes, 'văn bản');
  if (text.trim() === '') throw new ImportError('empty', 'Văn bản dán vào không có nội dung.');
  return parseNoticeText(text, options);
}

/** A file's content, checked and decoded, ready to be parsed: every file error has been raised by then. */
export type ImportSource =
  | { kind: 'text'; text: string }
  | { kind: 'docx'; paragraphs: SourceParagraph[]; author?: string };

/** The bytes of a file named `fileName` → its text or its paragraphs. */
export function readImportSource(bytes: Uint8Array, fileName: string): ImportSource {
  const kind = detectFileKind(bytes, fileName);
  if (kind === 'text') {
    if (bytes.length > IMPORT_LIMITS.maxTextBytes) {
      throw tooLarge(fileName, bytes.length, IMPORT_LIMITS.maxTextBytes, 'tệp văn bản');
    }
    return { kind: 'text', text: decodeText(bytes, fileName) };
  }
  if (bytes.length > IMPORT_LIMITS.maxDocxBytes) {
    throw tooLarge(fileName, bytes.length, IMPORT_LIMITS.maxDocxBytes, 'tệp .docx');
  }
  const content = readDocxContent(new ZipReader(bytes, fileName), fileName);
  if (!content.paragraphs.some((paragraph) => paragraph.runs.some((run) => run.text.trim() !== ''))) {
    throw new ImportError('empty', `Tệp «${fileName}» không có chữ nào để nhập.`);
  }
  return { kind: 'docx', ...content };
}

export function parseImportSource(source: ImportSource, options: ImportOptions): ImportResult {
  if (source.kind === 'text') return parseNoticeText(source.text, options);
  const defaults = { ...options.defaults, ...(source.author ? { author: source.author } : {}) };
  return parseNoticeParagraphs(source.paragraphs, { ...options, defaults });
}

/** The bytes of a file named `fileName` → Notice. */
export function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions): ImportResult {
  return parseImportSource(readImportSource(bytes, fileName), options);
}

/** Reads at most the larger size limit (plus one byte, to tell that a file is over it). */
async function readBounded(path: string, shown: string): Promise<Uint8Array> {
  const limit = Math.max(IMPORT_LIMITS.maxDocxBytes, IMPORT_LIMITS.maxTextBytes);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'không tìm thấy tệp' : code === 'EACCES' || code === 'EPERM' ? 'không có quyền đọc' : 'không mở được';
    throw new ImportError('read-failed', `Không đọc được «${shown}»: ${reason}.`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ImportError('read-failed', `«${shown}» không phải là một tệp.`);
    if (info.size > limit) throw tooLarge(shown, info.size, limit, 'tệp');
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total === buffer.length) throw tooLarge(shown, total, limit, 'tệp');
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, total);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('read-failed', `Không đọc được «${shown}».`);
  } finally {
    await handle.close();
  }
}

/** A .txt or .docx file on disk → its checked content (see readImportSource). */
export async function loadImportSource(path: string): Promise<ImportSource> {
  const shown = basename(path);
  return readImportSource(await readBounded(path, shown), shown);
}

/** A .txt or .docx file on disk → Notice and report. */
export async function importFile(path: string, options: ImportOptions): Promise<ImportResult> {
  return parseImportSource(await loadImportSource(path), options);
}
