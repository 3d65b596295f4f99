/** Typed storage errors with the Vietnamese message the UI and the command line show as they are. */
import { ApiError } from '../../../shared/api';

export type DatabaseOpenProblem = 'corrupt' | 'too-new' | 'foreign' | 'not-a-file' | 'bad-version';

/** The database file cannot be used; it has not been touched. `problem` tells the UI which help to offer. */
export class DatabaseOpenError extends ApiError {
  constructor(
    readonly problem: DatabaseOpenProblem,
    readonly filePath: string,
    message: string,
    readonly detail?: string,
  ) {
    super('storage', message);
    this.name = 'DatabaseOpenError';
  }
}

export function corruptDatabaseError(filePath: string, detail?: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'corrupt',
    filePath,
    `Tệp dữ liệu "${filePath}" bị hỏng nên không mở được. Tệp vẫn được giữ nguyên. ` +
      'Có thể chuyển tệp hỏng sang một bên (đổi tên, không xoá) và bắt đầu với kho dữ liệu mới, ' +
      'rồi gửi tệp hỏng cho bộ phận kỹ thuật để cứu dữ liệu.',
    detail,
  );
}

export function tooNewDatabaseError(filePath: string, fileVersion: number, knownVersion: number): DatabaseOpenError {
  return new DatabaseOpenError(
    'too-new',
    filePath,
    `Tệp dữ liệu "${filePath}" được tạo bởi phiên bản ThongBao Studio mới hơn (cấu trúc dữ liệu số ${fileVersion}, ` +
      `phiên bản này chỉ biết đến số ${knownVersion}). Hãy cập nhật ứng dụng; tệp dữ liệu không bị thay đổi.`,
  );
}

/** Another program's SQLite file (or table) where ours should be: never adopted, migrated or modified. */
export function foreignDatabaseError(filePath: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'foreign',
    filePath,
    `Tệp "${filePath}" là dữ liệu của một chương trình khác, không phải của ThongBao Studio, nên không được mở; ` +
      'tệp vẫn được giữ nguyên. Hãy chuyển tệp này ra khỏi thư mục dữ liệu, hoặc chọn một thư mục dữ liệu khác ' +
      '(tham số --data-dir).',
  );
}

export function notAFileDatabaseError(filePath: string, isFolder: boolean): DatabaseOpenError {
  return new DatabaseOpenError(
    'not-a-file',
    filePath,
    `"${filePath}" là ${isFolder ? 'một thư mục' : 'một mục đặc biệt'} chứ không phải tệp dữ liệu của ThongBao Studio, ` +
      'nên không mở được. Hãy đổi tên hoặc chuyển nó ra khỏi thư mục dữ liệu, hoặc chọn một thư mục dữ liệu khác ' +
      '(tham số --data-dir).',
  );
}

export function badVersionDatabaseError(filePath: string, fileVersion: number): DatabaseOpenError {
  return new DatabaseOpenError(
    'bad-version',
    filePath,
    `Tệp dữ liệu "${filePath}" ghi số phiên bản cấu trúc không hợp lệ (${fileVersion}) nên không mở được; tệp vẫn được ` +
      'giữ nguyên. Có thể chuyển tệp sang một bên (đổi tên, không xoá) và bắt đầu với kho dữ liệu mới, rồi gửi tệp ' +
      'cho bộ phận kỹ thuật để cứu dữ liệu.',
  );
}

/** The problems for which moving the file aside and starting afresh is offered. */
export function canMoveAside(error: unknown): error is DatabaseOpenError {
  return error instanceof DatabaseOpenError && (error.problem === 'corrupt' || error.problem === 'bad-version');
}

const SQLITE_MESSAGES: Record<string, string> = {
  SQLITE_BUSY: 'Kho dữ liệu đang bận vì một chương trình khác đang ghi. Hãy thử lại sau giây lát.',
  SQLITE_LOCKED: 'Kho dữ liệu đang bận vì một chương trình khác đang ghi. Hãy thử lại sau giây lát.',
  SQLITE_FULL: 'Ổ đĩa đã đầy nên không lưu được. Hãy giải phóng dung lượng rồi lưu lại.',
  SQLITE_READONLY: 'Không có quyền ghi vào thư mục dữ liệu nên không lưu được.',
  SQLITE_CANTOPEN: 'Không mở được tệp dữ liệu. Hãy kiểm tra thư mục dữ liệu và quyền truy cập.',
  SQLITE_IOERR: 'Lỗi đọc/ghi ổ đĩa khi truy cập kho dữ liệu.',
  SQLITE_CORRUPT: 'Kho dữ liệu bị hỏng. Hãy đóng ứng dụng và liên hệ bộ phận kỹ thuật; không xoá tệp dữ liệu.',
  SQLITE_NOTADB: 'Tệp dữ liệu không phải là cơ sở dữ liệu của ThongBao Studio.',
};

/** A SQLite failure as an ApiError('storage') with a Vietnamese message; anything else is returned unchanged. */
export function storageErrorFrom(error: unknown): unknown {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const base = code.split('_').slice(0, 2).join('_');
  return new ApiError('storage', SQLITE_MESSAGES[base] ?? `Lỗi kho dữ liệu (${code}).`);
}

export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}
