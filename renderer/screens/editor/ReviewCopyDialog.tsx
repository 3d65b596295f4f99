/**
 * "Xuất bản dự thảo": asks to whom the copy goes and in which format, then the library makes the copy marked
 * "DỰ THẢO LẦN n" (n counted per notice), records it in the history, and the file is downloaded.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ApiResponse } from '../../../shared/api';
import { useApi } from '../../app/api-context';
import { DOCX_MIME, PDF_MIME, downloadBase64 } from '../../app/download';
import { Modal, useFeedback } from '../../app/feedback';

interface Props {
  noticeId: string;
  /** Saves pending edits first, so the copy shows what is on screen. */
  beforeExport(): Promise<void>;
  onDone(copy: ApiResponse<'exportReviewCopy'> | null): void;
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
      const copy = await api.exportReviewCopy({ id: noticeId, sentTo, format });
      downloadBase64(copy.fileName, copy.base64, format === 'pdf' ? PDF_MIME : DOCX_MIME);
      onDone(copy);
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
            <input type="radio" name="review-copy-format" checked={format === 'pdf'} onChange={() => setFormat('pdf')} /> PDF (cần LibreOffice)
          </label>
        </fieldset>
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
