/**
 * The review room: "Xuất bản dự thảo" (a copy of the draft for the leader's review, "DỰ THẢO LẦN n", recorded in the
 * history with when and to whom it went) and the comments that come back, attached to the revision they concern.
 */
import { ApiError, type ApiImplementation, type PdfRoute } from '../../../shared/api';
import { buildNoticeDocx } from '../../../shared/docx/build-notice-docx';
import type { Notice } from '../../../shared/notice/schema';
import { exportNoticePdf, pdfFileNameFor } from '../pdf/export-pdf';
import { insertRevision, revisionRow } from '../storage/revisions';
import { noticeDocumentJson, setCurrentRevision } from '../storage/notices';
import { insertReviewCopy, insertRevisionComment, listRevisionComments, nextCopyNumber } from '../storage/review-copies';
import type { LibraryContext } from './context';
import { docxFileName } from './export';
import { existingNotice, parseNoticeJson } from './records';
import { readSettings } from './settings';

/** `TB-2020-10-05-du-thao-2.docx`: the draft's name with the copy's number. */
export function reviewCopyFileName(docxName: string, copyNumber: number, format: 'docx' | 'pdf'): string {
  const base = docxName.replace(/\.docx$/iu, '') + `-du-thao-${copyNumber}.docx`;
  return format === 'pdf' ? pdfFileNameFor(base) : base;
}

export function reviewCopiesApi(context: LibraryContext): Pick<ApiImplementation, 'exportReviewCopy' | 'addRevisionComment'> {
  const { db } = context;
  return {
    async exportReviewCopy({ id, sentTo, format }) {
      const found = existingNotice(context, id);
      if (found.status === 'issued') {
        throw new ApiError('read-only', 'Thông báo đã ban hành nên không xuất bản dự thảo được nữa (văn bản đã ban hành không mang dấu dự thảo).');
      }
      if (found.trashed_at) throw new ApiError('conflict', 'Thông báo đang ở thùng rác. Hãy khôi phục trước khi xuất bản dự thảo.');
      // The file is made first: a copy is recorded only once its bytes exist. A copy made meanwhile by another
      // window takes the number: then this one is made again with the next. On the print-view route (a PDF without
      // LibreOffice) the client prints the recorded revision: the copy counts once recorded, as a copy made by
      // LibreOffice counts before the user saves it; printing its print view again never makes a new copy.
      for (;;) {
        const json = noticeDocumentJson(db, id);
        const notice = parseNoticeJson(json);
        const copyNumber = nextCopyNumber(db, id);
        const fileName = reviewCopyFileName(docxFileName(notice), copyNumber, format);
        const made = await makeReviewCopy(context, notice, copyNumber, fileName, format);
        const recorded = context.write(() => {
          if (nextCopyNumber(db, id) !== copyNumber || noticeDocumentJson(db, id) !== json) return undefined;
          const revisionId = pinnedRevision(context, id, json);
          insertReviewCopy(db, { noticeId: id, revisionId, copyNumber, sentTo, sentAt: context.timestamp(), format });
          return revisionId;
        });
        if (recorded !== undefined) return { fileName, copyNumber, revisionId: recorded, ...made };
      }
    },

    addRevisionComment({ id, revisionId, author, text }) {
      existingNotice(context, id);
      if (!revisionRow(db, revisionId, id)) throw new ApiError('not-found', 'Không tìm thấy phiên bản này của thông báo.');
      context.write(() => insertRevisionComment(db, { noticeId: id, revisionId, author, text, addedAt: context.timestamp() }));
      return { comments: listRevisionComments(db, id) };
    },
  };
}

/** The copy's bytes (base64), or none on the print-view route, where the client prints the recorded revision. */
async function makeReviewCopy(
  context: LibraryContext,
  notice: Notice,
  copyNumber: number,
  fileName: string,
  format: 'docx' | 'pdf',
): Promise<{ base64?: string; route?: PdfRoute }> {
  if (format === 'docx') return { base64: Buffer.from(await buildNoticeDocx(notice, { reviewCopy: copyNumber })).toString('base64') };
  const pdf = await exportNoticePdf(notice, {
    ...context.pdf,
    fileName,
    libreOfficePath: readSettings(context).libreOfficePath,
    docx: { reviewCopy: copyNumber },
  });
  return { route: pdf.route, ...(pdf.base64 !== undefined ? { base64: pdf.base64 } : {}) };
}

/**
 * The revision a copy shows: the notice's current revision when it holds this content (a revision a copy shows is
 * never merged away nor thinned, and the editor's base stays current), else the state kept as a manual revision.
 */
function pinnedRevision(context: LibraryContext, id: string, json: string): number {
  const current = existingNotice(context, id).revision_id;
  if (revisionRow(context.db, current, id)?.notice_json === json) return current;
  const at = context.timestamp();
  const pinned = insertRevision(context.db, { noticeId: id, reason: 'manual', json, createdAt: at, savedAt: at });
  setCurrentRevision(context.db, id, pinned);
  return pinned;
}
