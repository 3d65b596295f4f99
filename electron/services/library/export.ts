/** The export room: a notice as the official Decree 30 .docx, and as PDF (electron/services/pdf). */
import type { ApiImplementation } from '../../../shared/api';
import { buildNoticeDocx } from '../../../shared/docx/build-notice-docx';
import type { Notice } from '../../../shared/notice/schema';
import type { LibraryContext } from './context';
import { exportNoticePdf, pdfFileNameFor } from '../pdf/export-pdf';
import { noticeRecord } from './records';
import { readSettings } from './settings';

/** `TB-05-2020-10-05.docx` once numbered; a draft is named after its meeting date, `TB-2020-10-05.docx`. */
export function docxFileName(notice: Notice): string {
  const date = notice.number !== undefined ? (notice.date ?? notice.meeting.date) : notice.meeting.date;
  const parts = ['TB'];
  if (notice.number !== undefined) parts.push(String(notice.number).padStart(2, '0'));
  parts.push(date ?? 'du-thao');
  return `${parts.join('-')}.docx`;
}

export function exportApi(context: LibraryContext): Pick<ApiImplementation, 'exportDocx' | 'exportPdf'> {
  return {
    async exportDocx({ id }) {
      const notice = noticeRecord(context, id).notice;
      const bytes = await buildNoticeDocx(notice);
      return { fileName: docxFileName(notice), base64: Buffer.from(bytes).toString('base64') };
    },

    async exportPdf({ id }) {
      const notice = noticeRecord(context, id).notice;
      const { libreOfficePath } = readSettings(context);
      return exportNoticePdf(notice, { ...context.pdf, fileName: pdfFileNameFor(docxFileName(notice)), libreOfficePath });
    },
  };
}
