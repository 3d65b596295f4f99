/**
 * "Xuất PDF" from the editor: asks the Node side for the PDF (LibreOffice converts the .docx outside the renderer,
 * so the page stays responsive) while showing how long it has been working, then hands over the file, or, in a
 * browser whose host has no LibreOffice, opens the print view and its print dialog. Each outcome says which
 * route made the PDF.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResponse } from '../../../shared/api';
import type { ExportPdfToFileResult } from '../../../shared/desktop-bridge';
import { exportPdfToFileDialog, getDesktopBridge } from '../../api/electron-client';
import { useApi } from '../../app/api-context';
import { PDF_MIME, downloadBase64 } from '../../app/download';
import { navigate } from '../../app/router';

const ROUTE_LABELS = {
  libreoffice: 'tạo bằng LibreOffice, chuẩn PDF/A-2b, sẵn sàng ký số',
  'print-view': 'tạo từ bản in của ứng dụng vì máy không có LibreOffice',
} as const;

/** The message shown once the PDF is ready; undefined when nothing more is to be said (cancelled, print view). */
export function pdfOutcomeMessage(result: ApiResponse<'exportPdf'> | ExportPdfToFileResult): string | undefined {
  const how = ROUTE_LABELS[result.route];
  if ('savedPath' in result && result.savedPath) return `Đã lưu PDF (${how}) vào ${result.savedPath}`;
  if ('base64' in result && result.base64) return `Đã xuất tệp ${result.fileName} (${how}).`;
  return undefined;
}

export function usePdfExport(notify: (message: string, kind: 'success') => void) {
  const api = useApi();
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [seconds, setSeconds] = useState(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (startedAt === null) return;
    timer.current = window.setInterval(() => setSeconds(Math.floor((Date.now() - startedAt) / 1000)), 1000);
    return () => window.clearInterval(timer.current);
  }, [startedAt]);

  const run = useCallback(
    async (noticeId: string) => {
      setSeconds(0);
      setStartedAt(Date.now());
      try {
        // The desktop shell makes and saves the PDF in its main process, on its own channel.
        const bridge = getDesktopBridge();
        if (bridge) {
          const message = pdfOutcomeMessage(await exportPdfToFileDialog(bridge, { id: noticeId }));
          if (message) notify(message, 'success');
          return;
        }
        const result = await api.exportPdf({ id: noticeId });
        if (result.route === 'print-view') {
          navigate({ screen: 'print', noticeId, autoPrint: true });
          return;
        }
        if (result.base64) downloadBase64(result.fileName, result.base64, PDF_MIME);
        const message = pdfOutcomeMessage(result);
        if (message) notify(message, 'success');
      } finally {
        setStartedAt(null);
      }
    },
    [api, notify],
  );

  const progress = startedAt === null ? null : `Đang tạo PDF…${seconds > 0 ? ` ${seconds} giây` : ''}`;
  return { run, progress };
}
