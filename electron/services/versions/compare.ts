/**
 * Comparing two saved versions of a notice (or one with the current text), in the app and as a .docx with tracked
 * changes. Reads through the library's own API so the same checks apply (the revisions must be this notice's).
 */
import { ApiError, type ApiImplementation, type ApiResponse } from '../../../shared/api';
import { compareNotices } from '../../../shared/compare/compare-notices';
import { buildComparisonDocx } from '../../../shared/compare/comparison-docx';
import { revisionLabel } from '../../../shared/compare/history';
import type { Notice } from '../../../shared/notice/schema';

type Reader = Pick<ApiImplementation, 'getNotice' | 'getRevision'>;

interface Request {
  id: string;
  from: number;
  to?: number | undefined;
}

async function version(reader: Reader, noticeId: string, revisionId: number): Promise<{ notice: Notice; label: string }> {
  const { revision, notice } = await reader.getRevision({ revisionId });
  if (revision.noticeId !== noticeId) throw new ApiError('not-found', 'Không tìm thấy phiên bản này của thông báo.');
  return { notice, label: revisionLabel(revision) };
}

async function versions(reader: Reader, request: Request) {
  const before = await version(reader, request.id, request.from);
  const after =
    request.to !== undefined
      ? await version(reader, request.id, request.to)
      : { notice: (await reader.getNotice({ id: request.id })).notice, label: 'Nội dung hiện tại' };
  return { before, after };
}

export async function compareVersions(reader: Reader, request: Request): Promise<ApiResponse<'compareVersions'>> {
  const { before, after } = await versions(reader, request);
  return { comparison: compareNotices(before.notice, after.notice), beforeLabel: before.label, afterLabel: after.label };
}

export async function exportComparisonDocx(
  reader: Reader,
  request: Request,
  context: { author: string; now: Date },
): Promise<ApiResponse<'exportComparisonDocx'>> {
  const { before, after } = await versions(reader, request);
  const bytes = await buildComparisonDocx(compareNotices(before.notice, after.notice), {
    title: after.notice.summary.trim() || 'Thông báo chưa có trích yếu',
    beforeLabel: before.label,
    afterLabel: after.label,
    author: context.author || 'ThongBao Studio',
    date: context.now.toISOString(),
  });
  const toPart = request.to !== undefined ? String(request.to) : 'hien-tai';
  return { fileName: `So-sanh-${request.from}-${toPart}.docx`, base64: Buffer.from(bytes).toString('base64') };
}
