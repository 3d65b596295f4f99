/** Reading input files and checking output paths, with every failure described in Vietnamese. */
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from '../../shared/text/json-depth';

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const fail = <T>(...problems: string[]): Checked<T> => ({ ok: false, problems });

/** Describes a file-system error code for the user; `shown` is the path as the user typed it. */
export function describeFsError(error: unknown, shown: string, action: 'đọc' | 'ghi'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return action === 'đọc' ? `Không tìm thấy tệp «${shown}».` : `Thư mục chứa «${shown}» không tồn tại.`;
    case 'EACCES':
    case 'EPERM':
      return `Không có quyền ${action} «${shown}».`;
    case 'EROFS':
      return `Không ghi được «${shown}»: ổ đĩa chỉ cho đọc.`;
    case 'ENOSPC':
      return `Không ghi được «${shown}»: ổ đĩa đã đầy.`;
    case 'EISDIR':
      return `«${shown}» là một thư mục, không phải tệp.`;
    case 'ENOTDIR':
      return `Đường dẫn «${shown}» không đúng: một phần của nó không phải thư mục.`;
    default:
      return `Không ${action} được «${shown}»${code ? ` (${code})` : ''}.`;
  }
}

/** Reads a UTF-8 text file (a leading BOM is dropped). */
export async function readTextFile(path: string, shown: string): Promise<Checked<string>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(describeFsError(error, shown, 'đọc'));
  }
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return fail(`Tệp «${shown}» không phải văn bản UTF-8.`);
  }
}

/** Parses JSON, telling where the text goes wrong when the parser says so. */
export function parseJsonText(text: string, shown: string): Checked<unknown> {
  if (text.trim() === '') return fail(`Tệp «${shown}» rỗng, không có dữ liệu JSON.`);
  if (jsonNestsDeeperThan(text)) {
    return fail(`Tệp «${shown}» lồng nhau quá sâu (hơn ${MAX_JSON_DEPTH} lớp), không phải một thông báo.`);
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return fail(`Tệp «${shown}» không phải JSON hợp lệ: ${describeJsonError(error, text)}.`);
  }
}

function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `lỗi cú pháp ở dòng ${line}, cột ${column}`;
  }
  const token = /Unexpected token '(.+?)'/.exec(message);
  if (token) return `gặp ký tự không mong đợi «${token[1]}»`;
  if (/Unexpected end/.test(message)) return 'nội dung bị cắt ngang, thiếu phần cuối';
  return 'lỗi cú pháp';
}

/** Checks that a file can be created or replaced at `path`, before any work is done. */
export async function checkWritableTarget(path: string, shown: string): Promise<string[]> {
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory()) return [`«${shown}» là một thư mục, không phải tệp.`];
  const folder = dirname(path);
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat) return [`Thư mục chứa «${shown}» không tồn tại.`];
  if (!folderStat.isDirectory()) return [`Đường dẫn «${shown}» không đúng: một phần của nó không phải thư mục.`];
  try {
    // A new file is created beside the target and renamed over it, so the folder must be writable.
    await access(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    return [describeFsError(error, shown, 'ghi')];
  }
  return [];
}
