/**
 * The print view: the notice laid out on A4 pages like the official .docx (same lines from shared/docx/notice-lines,
 * same margins, fonts, sizes and spacing; see print.css). It is the PDF route where LibreOffice is absent: the
 * desktop shell prints this page to PDF, and in the browser the user prints it with the print dialog. The screen-only
 * bar above the page says so; it is hidden when printing.
 */
import { useEffect, useState } from 'react';
import { noticeAuthor, noticeBodyLines, oneLine, recipientLines, signatureLines, type Run } from '../../../shared/docx/notice-lines';
import { formatNumberLine, formatPlaceDate } from '../../../shared/format/vietnamese';
import type { Notice } from '../../../shared/notice/schema';
import { stripControlCharacters } from '../../../shared/text/sanitize';
import { useApi } from '../../app/api-context';
import { errorMessage } from '../../app/errors';
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

export function NoticePrintPage({ notice }: { notice: Notice }) {
  const summary = oneLine(notice.summary);
  const { upper, signerName } = signatureLines(notice);
  const numberLine = stripControlCharacters(formatNumberLine(notice.number, oneLine(notice.code)));
  const placeDate = stripControlCharacters(formatPlaceDate(oneLine(notice.place), notice.date));
  const lines = noticeBodyLines(notice);
  return (
    <article className="print-page" lang="vi">
      <table className="print-header">
        <tbody>
          <tr>
            <td className="print-header-left">
              <div className="print-underlined">
                {agencyLines(notice.issuer.parentAgency).map((line) => (
                  <div key={line}>{line}</div>
                ))}
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
              <div className="print-bold print-motto">Độc lập - Tự do - Hạnh phúc</div>
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

/**
 * The print view screen, `#/ban-in/<id>`. `autoPrint` (from the editor's "Xuất PDF" in a browser without
 * LibreOffice on the host) opens the print dialog once the page is laid out.
 */
export function PrintViewScreen({ noticeId, autoPrint }: { noticeId: string; autoPrint: boolean }) {
  const api = useApi();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getNotice({ id: noticeId }).then(
      (record) => live && setNotice(record.notice),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, noticeId]);

  useEffect(() => {
    if (!notice) return;
    const previousTitle = document.title;
    // The PDF's title comes from the page's; the signing tools show it.
    document.title = oneLine(notice.summary) || oneLine(notice.documentType);
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
  }, [notice, autoPrint]);

  if (error) {
    return (
      <main className="screen">
        <p role="alert">{error}</p>
      </main>
    );
  }
  if (!notice) {
    return (
      <main className="screen">
        <p role="status">Đang chuẩn bị bản in…</p>
      </main>
    );
  }
  return (
    <div className="print-screen">
      <div className="print-toolbar" role="region" aria-label="Bản in">
        <button type="button" className="button-link" onClick={() => navigate({ screen: 'editor', noticeId })}>
          ← Quay lại soạn thảo
        </button>
        <p className="print-route-note">
          Không tìm thấy LibreOffice nên PDF được tạo từ <strong>bản in của ứng dụng</strong> (trình bày như tệp .docx). Trong hộp
          thoại In, chọn máy in «Lưu dưới dạng PDF» và khổ giấy A4. Để có PDF/A sẵn sàng ký số, hãy cài LibreOffice hoặc chỉ đường
          dẫn tới LibreOffice trong Cài đặt.
        </p>
        <button type="button" className="button-primary" onClick={() => window.print()}>
          In / Lưu thành PDF
        </button>
      </div>
      <NoticePrintPage notice={notice} />
    </div>
  );
}
