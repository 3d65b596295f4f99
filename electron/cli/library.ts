/**
 * What the library's commands share: opening the library in the data folder (`--data-dir`, else
 * THONGBAO_DATA_DIR, else the app's own data folder), naming notices by id or by the start of one, and turning
 * the library's errors into CliErrors (Vietnamese, exit code 2).
 */
import path from 'node:path';
import { ApiError, apiMethods, type ApiMethodName, type ApiResponse, type NoticeSummary } from '../../shared/api';
import type { Notice } from '../../shared/notice/schema';
import { dispatchApiCall } from '../../shared/api-dispatch';
import { NOTICE_STATUS_LABELS } from '../../shared/format/labels';
import { formatRegisterNumber } from '../../shared/format/vietnamese';
import { resolveDataDir } from '../services/data-dir';
import { openLibrary, type Library } from '../services/library/open';
import { databasePath } from '../services/storage/database';
import { DatabaseOpenError } from '../services/storage/errors';
import { noticeIdsStartingWith } from '../services/storage/notices';
import { CliError } from './errors';

export const DATA_DIR_OPTION = { 'data-dir': { type: 'string' } } as const;

export const DATA_DIR_HELP = '  --data-dir <thư mục>  thư mục dữ liệu (mặc định: thư mục dữ liệu của ứng dụng)';

export function dataDirFor(option: string | undefined, cwd: string): string {
  return option ? path.resolve(cwd, option) : resolveDataDir({ argv: [] });
}

function cliErrorFrom(error: unknown, headline: string): unknown {
  if (error instanceof DatabaseOpenError && error.problem === 'corrupt') {
    return new CliError(headline, [
      error.message,
      `Ứng dụng có thể chuyển tệp sang một bên khi khởi động; hoặc tự đổi tên «${error.filePath}» (đừng xoá) rồi chạy lại lệnh.`,
    ]);
  }
  if (error instanceof ApiError) return new CliError(headline, [error.message, ...(error.problems ?? []).map((p) => `${p.path}: ${p.message}`)]);
  return error;
}

export interface LibrarySession {
  library: Library;
  /** One API call, through the same validating boundary as every other transport. */
  call<M extends ApiMethodName>(method: M, request: unknown): Promise<ApiResponse<M>>;
  /** The full id of the notice `idOrPrefix` names (ids may be shortened as `list` shows them). */
  resolveNoticeId(idOrPrefix: string): string;
}

/** Runs `work` with the library open, closing it afterwards; library errors become CliErrors under `headline`. */
export async function withLibrary<T>(dataDir: string, headline: string, work: (session: LibrarySession) => Promise<T>): Promise<T> {
  let library: Library;
  try {
    library = openLibrary({ dataDir });
  } catch (error) {
    throw cliErrorFrom(error, `Không mở được kho dữ liệu ${databasePath(dataDir)}.`);
  }
  const session: LibrarySession = {
    library,
    call: async (method, request) => apiMethods[method].response.parse(await dispatchApiCall(library.api, method, request)) as ApiResponse<typeof method>,
    resolveNoticeId(idOrPrefix) {
      const ids = noticeIdsStartingWith(library.db, idOrPrefix, 2);
      if (ids.includes(idOrPrefix)) return idOrPrefix;
      if (ids.length === 1 && ids[0]) return ids[0];
      if (ids.length === 0) throw new CliError(headline, [`Không có thông báo nào có mã «${idOrPrefix}». Xem danh sách: npm run cli -- list`]);
      throw new CliError(headline, [`Mã «${idOrPrefix}» khớp với nhiều thông báo; hãy gõ dài hơn.`]);
    },
  };
  try {
    return await work(session);
  } catch (error) {
    throw cliErrorFrom(error, headline);
  } finally {
    library.close();
  }
}

/** The short form of an id that `list` and `search` print (enough to tell notices apart). */
export const shortId = (id: string): string => id.slice(0, 8);

function displayDate(iso: string | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** One notice as two lines: its id, status, number and meeting date; then its title. */
export function describeSummary(notice: NoticeSummary): string[] {
  const number = notice.number !== undefined ? `số ${formatRegisterNumber(notice.number, notice.code)}` : `chưa có số (${notice.code})`;
  const review = notice.toReviewCount > 0 ? ` · còn ${notice.toReviewCount} đoạn cần rà soát` : '';
  return [
    `${shortId(notice.id)}  ${NOTICE_STATUS_LABELS[notice.status]} · ${number} · họp ngày ${displayDate(notice.meetingDate)}${review}`,
    `          ${notice.title}`,
  ];
}

/** The notice `idOrPrefix` names in the library, for commands that take either a file or a library notice. */
export async function loadLibraryNotice(idOrPrefix: string, dataDir: string): Promise<{ ok: true; value: Notice }> {
  return withLibrary(dataDir, 'Không lấy được thông báo từ thư viện.', async ({ call, resolveNoticeId }) => {
    const { notice } = await call('getNotice', { id: resolveNoticeId(idOrPrefix) });
    return { ok: true, value: notice };
  });
}
