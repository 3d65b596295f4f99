/**
 * Writing a file the user chose (an exported .docx) so that it is either fully there or untouched: the bytes go to
 * a temporary file in the same folder (same file system, so the rename is atomic), are flushed to disk, and the
 * temporary file is then renamed over the target. On any failure the temporary file is removed, the previous file
 * stays as it was, and the error says in Vietnamese what happened (file open in Word, disk full, no permission).
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeStaleTemporaries, temporaryName } from './stale-temporaries';

export type FileWriteProblem = 'locked' | 'disk-full' | 'no-permission' | 'folder-missing' | 'read-only' | 'other';

export class FileWriteError extends Error {
  constructor(
    readonly problem: FileWriteProblem,
    message: string,
    readonly systemCode?: string,
  ) {
    super(message);
    this.name = 'FileWriteError';
  }
}

/** The file-system calls the writer makes; tests pass versions that fail midway. */
export interface AtomicWriteFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
}

export interface AtomicWriteOptions {
  fs?: AtomicWriteFs;
  /** Windows refuses a rename for a moment while an antivirus or the indexer looks at the file: retry a few times. */
  renameRetries?: number;
  retryDelayMs?: number;
  platform?: NodeJS.Platform;
}

const LOCK_CODES = new Set(['EBUSY', 'EPERM', 'EACCES']);

/** The Vietnamese message for a failed write of `target`, from the system error code. */
export function describeWriteError(target: string, error: unknown, platform: NodeJS.Platform = process.platform): FileWriteError {
  if (error instanceof FileWriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = `«${basename(target)}»`;
  switch (code) {
    case 'EBUSY':
      return new FileWriteError('locked', `Không ghi được ${name}: tệp đang mở trong Word hoặc một chương trình khác. Hãy đóng tệp rồi xuất lại.`, code);
    case 'EPERM':
    case 'EACCES':
      // On Windows a file open in Word refuses the rename with EPERM/EACCES; elsewhere it is a permission matter.
      return platform === 'win32'
        ? new FileWriteError('locked', `Không ghi được ${name}: tệp đang mở trong Word hoặc bị khoá, hoặc thư mục không cho phép ghi. Hãy đóng tệp rồi xuất lại, hoặc chọn thư mục khác.`, code)
        : new FileWriteError('no-permission', `Không ghi được ${name}: không có quyền ghi vào thư mục hoặc tệp này. Hãy chọn thư mục khác.`, code);
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileWriteError('disk-full', `Không ghi được ${name}: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác. Tệp cũ (nếu có) vẫn còn nguyên.`, code);
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileWriteError('folder-missing', `Không ghi được ${name}: thư mục không còn tồn tại. Hãy chọn thư mục khác.`, code);
    case 'EROFS':
      return new FileWriteError('read-only', `Không ghi được ${name}: ổ đĩa chỉ cho phép đọc. Hãy chọn thư mục khác.`, code);
    default:
      return new FileWriteError('other', `Không ghi được ${name}${code ? ` (lỗi hệ thống ${code})` : ''}. Tệp cũ (nếu có) vẫn còn nguyên.`, code);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function writeFileAtomic(target: string, data: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? fsp;
  const platform = options.platform ?? process.platform;
  const retries = options.renameRetries ?? (platform === 'win32' ? 4 : 0);
  const folder = dirname(target);
  // Hidden and recognisable, so a crash before the cleanup leaves a file the user can tell apart.
  const temporary = join(folder, temporaryName(basename(target), process.pid, randomBytes(6).toString('hex')));
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temporary, target);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (attempt >= retries || !LOCK_CODES.has(code)) throw error;
        await sleep((options.retryDelayMs ?? 100) * (attempt + 1));
      }
    }
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw describeWriteError(target, error, platform);
  }
  await syncFolder(folder, fs, platform);
  await removeStaleTemporaries(folder);
}

/** Makes the rename itself durable. Windows cannot open a folder for syncing; there the rename is left to the OS. */
async function syncFolder(folder: string, fs: AtomicWriteFs, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
