/**
 * The print view: the notice laid out on A4 pages like the official .docx (same lines from shared/docx/notice-lines,
 * same margins, fonts, sizes and spacing; see print.css). It is the PDF route where LibreOffice is absent: the
 * desktop shell prints this page to PDF, and in the browser the user prints it with the print dialog. The screen-only
 * bar above the page says so; it is hidden when printing.
 */
import { useEffect, useState } from 'react';
import {
  noticeAuthor,
  noticeBodyLines,
  oneLine,
  recipientLines,
  reviewCopyMarkText,
  reviewCopyNotice,
  signatureLines,
  type Run,
} from '../../../shared/docx/notice-lines';
import { ApiError, type ReviewCopy } from '../../../shared/api';
import { formatNumberLine, formatPlaceDate } from '../../../shared/format/vietnamese';
import type { Notice } from '../../../shared/notice/schema';
import { stripControlCharacters } from '../../../shared/text/sanitize';
import { useApi } from '../../app/api-context';
import { errorMessage } from '../../app/errors';
import { displayTimestamp } from '../../app/format';
import { navigate } from '../../app/router';
import './print.css';

/** Blank lines left for the handwritten or digital signature and the seal (as in the .docx). */
const SIGNATURE_SPACE_LINES = 4;

function agencyLines(name: string): string[] {
  return stripControlCharacters(name)
    .split(/\r\n|\r|\n/)
    .map((line) => oneLine(line).toLocaleUpperCase('vi'))
    .filter((line) => line !== '');
}

function Runs({ runs, bold }: { runs: Run[]; bold?: boolean }) {
  return (
    <>
      {runs.map((run, index) => {
        const style = {
          fontWeight: bold || run.bold ? 700 : undefined,
          fontStyle: run.italic ? 'italic' : undefined,
          textDecoration: run.underline ? 'underline' : undefined,
        };
        return (
          <span key={index} style={style}>
            {run.text}
          </span>
        );
      })}
    </>
  );
}

/**
 * With `reviewCopy`, the page of review copy n as the .docx lays it out: the framed "DỰ THẢO LẦN n" above the Quốc
 * hiệu (box 11, page 1 only) and no number or date.
 */
export function NoticePrintPage({ notice: source, reviewCopy }: { notice: Notice; reviewCopy?: number }) {
  const notice = reviewCopy === undefined ? source : reviewCopyNotice(source);
  const summary = oneLine(notice.summary);
  const { upper, signerName } = signatureLines(notice);
  const numberLine = stripControlCharacters(formatNumberLine(notice.number, oneLine(notice.code)));
  const placeDate = stripControlCharacters(formatPlaceDate(oneLine(notice.place), notice.date));
  const lines = noticeBodyLines(notice);
  return (
    <article className="print-page" lang="vi">
      {reviewCopy !== undefined && (
        <div className="print-review-mark">
          <span>{reviewCopyMarkText(reviewCopy)}</span>
        </div>
      )}
      <table className="print-header">
        <tbody>
          <tr>
            <td className="print-header-left">
              {agencyLines(notice.issuer.parentAgency).map((line) => (
                <div key={line}>{line}</div>
              ))}
              {/* The line is measured on the issuing agency's name only, as in the .docx. */}
              <div className="print-underlined">
                {agencyLines(notice.issuer.agency).map((line) => (
                  <div key={line} className="print-bold">
                    {line}
                  </div>
                ))}
                <div className="print-short-line" />
              </div>
            </td>
            <td className="print-header-right">
              <div className="print-bold print-national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
              <div className="print-underlined">
                <div className="print-bold">Độc lập - Tự do - Hạnh phúc</div>
                <div className="print-short-line print-full-line" />
              </div>
            </td>
          </tr>
          <tr>
            <td className="print-number">{numberLine}</td>
            <td className="print-place-date">{placeDate}</td>
          </tr>
        </tbody>
      </table>
      <div className="print-title">
        <div className="print-document-type">{oneLine(notice.documentType).toLocaleUpperCase('vi')}</div>
        {summary && (
          <div className="print-underlined print-summary">
            <div>{summary}</div>
            <div className="print-short-line" />
          </div>
        )}
      </div>
      <div className="print-body">
        {lines.map((line, index) => (
          <p key={index} className={line.keepNext ? 'print-keep-next' : undefined}>
            <Runs runs={line.runs} bold={line.bold} />
          </p>
        ))}
      </div>
      <table className="print-signature">
        <tbody>
          <tr>
            <td className="print-recipients">
              <div className="print-recipients-heading">Nơi nhận:</div>
              {recipientLines(notice).map((line, index) => (
                <div key={index}>{line}</div>
              ))}
            </td>
            <td className="print-signer">
              {upper.map((line, index) => (
                <div key={index} className="print-bold">
                  {line}
                </div>
              ))}
              {Array.from({ length: SIGNATURE_SPACE_LINES }, (_, index) => (
                <div key={`space-${index}`} className="print-signature-space" aria-hidden="true">
                  {'\u00A0'}
                </div>
              ))}
              <div className="print-bold">{signerName}</div>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

/** What the print view shows: the notice's current text, or a recorded review copy's revision. */
interface Printed {
  notice: Notice;
  copy?: ReviewCopy;
}

/**
 * The print view screen, `#/ban-in/<id>`, or `#/ban-in/<id>/du-thao/<n>` for review copy n (the revision recorded
 * for it, with the mark: printing it again never makes a new copy). `autoPrint` (from the editor's "Xuất PDF" or
 * "Xuất bản dự thảo" in a browser without LibreOffice on the host) opens the print dialog once the page is laid out.
 */
export function PrintViewScreen({ noticeId, autoPrint, reviewCopy }: { noticeId: string; autoPrint: boolean; reviewCopy?: number }) {
  const api = useApi();
  const [printed, setPrinted] = useState<Printed | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = async (): Promise<Printed> => {
      if (reviewCopy === undefined) return { notice: (await api.getNotice({ id: noticeId })).notice };
      const copy = (await api.listRevisions({ id: noticeId })).reviewCopies.find((recorded) => recorded.copyNumber === reviewCopy);
      if (!copy) throw new ApiError('not-found', `Thông báo này chưa có bản dự thảo lần ${reviewCopy}.`);
      return { notice: (await api.getRevision({ revisionId: copy.revisionId })).notice, copy };
    };
    load().then(
      (loaded) => live && setPrinted(loaded),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, noticeId, reviewCopy]);

  useEffect(() => {
    if (!printed) return;
    const { notice, copy } = printed;
    const previousTitle = document.title;
    // The PDF's title comes from the page's; the signing tools show it, and the print dialog names the file after it.
    const title = oneLine(notice.summary) || oneLine(notice.documentType);
    document.title = copy ? `${title} (dự thảo lần ${copy.copyNumber})` : title;
    document.documentElement.dataset.printAuthor = noticeAuthor(notice);
    document.documentElement.dataset.printReady = 'true';
    let timer: number | undefined;
    if (autoPrint) timer = window.setTimeout(() => window.print(), 0);
    return () => {
      window.clearTimeout(timer);
      document.title = previousTitle;
      delete document.documentElement.dataset.printReady;
      delete document.documentElement.dataset.printAuthor;
    };
  }, [printed, autoPrint]);

  if (error) {
    return (
      <main className="screen">
        <p role="alert">{error}</p>
      </main>
    );
  }
  if (!printed) {
    return (
      <main className="screen">
        <p role="status">Đang chuẩn bị bản in…</p>
      </main>
    );
  }
  const { notice, copy } = printed;
  return (
    <div className="print-screen">
      <div className="print-toolbar" role="region" aria-label="Bản in">
        <button type="button" className="button-link" onClick={() => navigate({ screen: 'editor', noticeId })}>
          ← Quay lại soạn thảo
        </button>
        {copy ? <ReviewCopyNote copy={copy} fromExport={autoPrint} /> : <RouteNote />}
        <button type="button" className="button-primary" onClick={() => window.print()}>
          In / Lưu thành PDF
        </button>
      </div>
      <NoticePrintPage notice={notice} reviewCopy={copy?.copyNumber} />
    </div>
  );
}

function RouteNote() {
  return (
    <p className="print-route-note">
      Không tìm thấy LibreOffice nên PDF được tạo từ <strong>bản in của ứng dụng</strong> (trình bày như tệp .docx). Trong hộp thoại
      In, chọn máy in «Lưu dưới dạng PDF» và khổ giấy A4. Để có PDF/A sẵn sàng ký số, hãy cài LibreOffice hoặc chỉ đường dẫn tới
      LibreOffice trong Cài đặt.
    </p>
  );
}

/**
 * What the secretary needs to know about a review copy printed here: it is already in the history (the browser
 * cannot tell whether its print dialog saved a file), and printing it again keeps its number.
 */
function ReviewCopyNote({ copy, fromExport }: { copy: ReviewCopy; fromExport: boolean }) {
  return (
    <p className="print-route-note">
      {fromExport ? 'Không tìm thấy LibreOffice nên bản dự thảo PDF được tạo từ ' : 'Bản dự thảo PDF được tạo từ '}
      <strong>bản in của ứng dụng</strong> (trình bày như tệp .docx): trong hộp thoại In, chọn «Lưu dưới dạng PDF» và khổ giấy A4.{' '}
      <strong>Bản dự thảo lần {copy.copyNumber}</strong> gửi {copy.sentTo} đã được ghi vào lịch sử lúc {displayTimestamp(copy.sentAt)}. Nếu
      lỡ huỷ hộp thoại In, bấm «In / Lưu thành PDF» để in lại: vẫn là bản dự thảo lần {copy.copyNumber}, không tính thêm lần gửi mới.
    </p>
  );
}
