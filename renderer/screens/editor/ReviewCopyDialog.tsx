/**
 * "Xuất bản dự thảo": asks to whom the copy goes and in which format, then the library makes the copy marked
 * "DỰ THẢO LẦN n" (n counted per notice) and records it in the history. The .docx, or the PDF LibreOffice made, is
 * downloaded (saved through a dialog in the desktop shell). Without LibreOffice a PDF copy is the copy's print view:
 * the browser opens it with its print dialog; the desktop shell prints it to PDF itself. The copy counts once it is
 * recorded, before any file is saved (as for a download); printing its print view again keeps its number.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ApiResponse, PdfRoute } from '../../../shared/api';
import type { ExportReviewCopyToFileResult } from '../../../shared/desktop-bridge';
import { exportReviewCopyToFileDialog, getDesktopBridge } from '../../api/electron-client';
import { useApi } from '../../app/api-context';
import { DOCX_MIME, PDF_MIME, downloadBase64 } from '../../app/download';
import { Modal, useFeedback } from '../../app/feedback';
import { navigate } from '../../app/router';

interface Props {
  noticeId: string;
  /** Saves pending edits first, so the copy shows what is on screen. */
  beforeExport(): Promise<void>;
  /** `message`: what to tell once the copy is made; null when nothing was made or the print view says it. */
  onDone(message: string | null): void;
}

const ROUTE_LABELS: Record<PdfRoute, string> = {
  libreoffice: 'PDF tạo bằng LibreOffice',
  'print-view': 'PDF tạo từ bản in của ứng dụng vì máy không có LibreOffice',
};

/** The message once a copy is made: its number, how the PDF was made, and where the file went. */
export function reviewCopyOutcomeMessage(copy: ApiResponse<'exportReviewCopy'> | ExportReviewCopyToFileResult): string {
  const made = `Đã xuất bản dự thảo lần ${copy.copyNumber}${copy.route ? ` (${ROUTE_LABELS[copy.route]})` : ''}`;
  if ('cancelled' in copy && copy.cancelled) {
    return (
      `${made} và ghi vào lịch sử, nhưng chưa lưu tệp vì hộp thoại Lưu đã đóng. ` +
      `Mở lại bản này bằng «Mở bản in» ở bản dự thảo lần ${copy.copyNumber} trong tab Lịch sử (không tính thêm lần gửi mới).`
    );
  }
  if ('savedPath' in copy && copy.savedPath) return `${made}: đã lưu vào ${copy.savedPath}`;
  return `${made}: ${copy.fileName}.`;
}

export function ReviewCopyDialog({ noticeId, beforeExport, onDone }: Props) {
  const api = useApi();
  const { showError } = useFeedback();
  const [sentTo, setSentTo] = useState('');
  const [format, setFormat] = useState<'docx' | 'pdf'>('docx');
  const [working, setWorking] = useState(false);
  const hintId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    try {
      await beforeExport();
      const bridge = getDesktopBridge();
      if (bridge) {
        onDone(reviewCopyOutcomeMessage(await exportReviewCopyToFileDialog(bridge, { id: noticeId, sentTo, format })));
        return;
      }
      const copy = await api.exportReviewCopy({ id: noticeId, sentTo, format });
      if (copy.base64 === undefined) {
        // The print-view route: the print view names the copy, its route and what printing again does.
        onDone(null);
        navigate({ screen: 'print', noticeId, autoPrint: true, reviewCopy: copy.copyNumber });
        return;
      }
      downloadBase64(copy.fileName, copy.base64, format === 'pdf' ? PDF_MIME : DOCX_MIME);
      onDone(reviewCopyOutcomeMessage(copy));
    } catch (error) {
      showError(error);
    } finally {
      setWorking(false);
    }
  };

  return (
    <Modal title="Xuất bản dự thảo để xin ý kiến" onClose={() => onDone(null)}>
      <form className="review-copy-form" onSubmit={(event) => void submit(event)}>
        <p id={hintId} className="review-hint">
          Bản xuất có dấu “DỰ THẢO LẦN …” ở góc trên bên phải trang đầu, không có số và ngày ban hành. Lịch sử ghi lại lần gửi,
          thời điểm và người nhận.
        </p>
        <label>
          <span>Gửi cho</span>
          <input
            type="text"
            value={sentTo}
            onChange={(event) => setSentTo(event.target.value)}
            placeholder="Đ/c Chánh Văn phòng; Đ/c Phó Chủ tịch UBND tỉnh"
            aria-describedby={hintId}
            required
            maxLength={500}
          />
        </label>
        <fieldset className="review-copy-format">
          <legend>Định dạng</legend>
          <label>
            <input type="radio" name="review-copy-format" checked={format === 'docx'} onChange={() => setFormat('docx')} /> Tệp Word (.docx)
          </label>
          <label>
            <input type="radio" name="review-copy-format" checked={format === 'pdf'} onChange={() => setFormat('pdf')} /> PDF
          </label>
        </fieldset>
        {format === 'pdf' && (
          <p className="review-hint">
            PDF do LibreOffice tạo nếu máy có LibreOffice. Nếu không, ứng dụng mở bản in của bản dự thảo (có dấu, trình bày như
            tệp .docx) để lưu thành PDF. Bản dự thảo được tính và ghi vào lịch sử ngay khi được tạo, kể cả khi chưa lưu tệp; in lại
            bản đó (nút «In / Lưu thành PDF», hoặc «Mở bản in» trong tab Lịch sử) vẫn là cùng một lần, không tính thêm.
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => onDone(null)}>
            Huỷ
          </button>
          <button type="submit" className="button-primary" disabled={working || sentTo.trim() === ''}>
            {working ? 'Đang xuất…' : 'Xuất bản dự thảo'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
