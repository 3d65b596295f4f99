/**
 * A notice as PDF: the official .docx (the same bytes "Xuất .docx" gives) converted by LibreOffice, so the PDF is
 * the .docx rendered faithfully, title and author included (LibreOffice carries the .docx's core properties into
 * the PDF's metadata). Where no LibreOffice is found the answer is the print-view route, for the client to print.
 */
import { ApiError, type ApiResponse } from '../../../shared/api';
import { buildNoticeDocx, type NoticeDocxOptions } from '../../../shared/docx/build-notice-docx';
import type { Notice } from '../../../shared/notice/schema';
import { convertDocxToPdf, PdfConversionError, type PdfConversionStage } from './convert-docx';
import { findSoffice, type SofficeSearchContext } from './find-soffice';

export interface PdfExportOptions {
  timeoutMs?: number;
  /** Where to look for LibreOffice (tests describe a machine without it). */
  search?: SofficeSearchContext;
  onProgress?: (stage: PdfConversionStage) => void;
}

export interface NoticePdfRequest extends PdfExportOptions {
  fileName: string;
  /** The path set in Settings, if any. */
  libreOfficePath?: string;
  /** How the .docx is built (a review copy's mark). */
  docx?: NoticeDocxOptions;
}

export function pdfFileNameFor(docxFileName: string): string {
  return docxFileName.replace(/\.docx$/iu, '') + '.pdf';
}

export async function exportNoticePdf(notice: Notice, request: NoticePdfRequest): Promise<ApiResponse<'exportPdf'>> {
  const soffice = findSoffice(request.libreOfficePath, request.search);
  if (!soffice.found) {
    if (soffice.configured !== undefined) {
      throw new ApiError(
        'file',
        `Không tìm thấy LibreOffice tại «${soffice.configured}» (đường dẫn đặt trong Cài đặt). ` +
          'Hãy sửa đường dẫn, hoặc xoá trống để ứng dụng tự tìm LibreOffice.',
      );
    }
    return { fileName: request.fileName, route: 'print-view' };
  }
  const docx = await buildNoticeDocx(notice, request.docx);
  try {
    const pdf = await convertDocxToPdf(docx, {
      soffice: soffice.path,
      ...(request.timeoutMs !== undefined ? { timeoutMs: request.timeoutMs } : {}),
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    });
    return { fileName: request.fileName, route: 'libreoffice', base64: Buffer.from(pdf).toString('base64') };
  } catch (error) {
    if (error instanceof PdfConversionError) throw new ApiError('file', error.message);
    throw error;
  }
}
