/**
 * "Nhập thông báo cũ": paste a notice's text or choose a .docx/.txt file, see what was recognised, fix agency
 * matches, then create a draft from it. Nothing is stored until "Tạo dự thảo".
 */
import { guessAgencyKind } from '../../../shared/agencies/recognise';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Agency } from '../../../shared/api';
import { formatSize, IMPORT_LIMITS } from '../../../shared/import/limits';
import type { ImportResult } from '../../../shared/import/result';
import type { AgencyRef } from '../../../shared/notice/schema';
import { getDesktopBridge, importFromFileDialog } from '../../api/electron-client';
import { useApi } from '../../app/api-context';
import { errorMessage } from '../../app/errors';
import { useFeedback } from '../../app/feedback';
import { takeFileDialogRequest, useScreenCommands } from '../../app/menu-commands';
import { navigate } from '../../app/router';
import { setAgencyRef, type AgencySlot } from './agency-slots';
import { ImportPreview } from './ImportPreview';
import { ImportProgress, useImportJob } from './import-job';
import { readFileAsBase64 } from './read-file';
import './import.css';

/** The name the import service is given for pasted text (it tells text from a file by the extension). */
const PASTED_FILE_NAME = 'van-ban-dan.txt';

interface Preview {
  source: string;
  result: ImportResult;
}

export function ImportScreen() {
  const api = useApi();
  const { showError, notify } = useFeedback();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const bridge = getDesktopBridge();
  const { job, follow, cancel } = useImportJob(api);

  useEffect(() => {
    api.listAgencies({}).then(({ agencies: list }) => setAgencies(list), showError);
  }, [api, showError]);

  // The preview replaces the form: move focus to its title so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (preview) previewTitle.current?.focus();
  }, [preview]);

  const run = useCallback(async (status: string, task: () => Promise<Preview | null>) => {
    setBusy(status);
    setError(null);
    try {
      const next = await task();
      if (next) setPreview(next);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  }, []);

  const previewText = () => {
    if (text.trim() === '') {
      setError('Hãy dán nội dung thông báo vào ô trên trước khi xem trước.');
      return;
    }
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > IMPORT_LIMITS.maxTextBytes) {
      setError(
        `Văn bản dán vào quá dài (${formatSize(bytes)}, tối đa ${formatSize(IMPORT_LIMITS.maxTextBytes)}). Hãy chỉ dán phần nội dung của một thông báo.`,
      );
      return;
    }
    void run('Đang đọc văn bản…', async () => ({
      source: 'văn bản dán vào',
      result: await follow((jobId) => api.previewImport({ fileName: PASTED_FILE_NAME, text, jobId })),
    }));
  };

  const previewFile = (file: File) => {
    if (file.size > IMPORT_LIMITS.maxDocxBytes) {
      setError(`Tệp “${file.name}” quá lớn để nhập (${formatSize(file.size)}, tối đa ${formatSize(IMPORT_LIMITS.maxDocxBytes)}).`);
      return;
    }
    void run(`Đang đọc tệp ${file.name}…`, async () => {
      let base64: string;
      try {
        base64 = await readFileAsBase64(file);
      } catch {
        throw new Error(`Không đọc được tệp “${file.name}” trên máy.`);
      }
      return { source: `tệp ${file.name}`, result: await follow((jobId) => api.previewImport({ fileName: file.name, base64, jobId })) };
    });
  };

  const chooseWithDialog = useCallback(() => {
    if (!bridge) return;
    void run('Đang mở tệp…', async () => {
      const chosen = await follow((jobId) => importFromFileDialog(bridge, jobId));
      return chosen.cancelled ? null : { source: `tệp ${chosen.fileName}`, result: chosen.result };
    });
  }, [bridge, run, follow]);

  // "Nhập từ tệp…" in the desktop menu: the open dialog, now or as soon as this screen is mounted.
  useScreenCommands({ import: chooseWithDialog });
  useEffect(() => {
    if (takeFileDialogRequest()) chooseWithDialog();
  }, [chooseWithDialog]);

  const changeAgency = (slot: AgencySlot, ref: AgencyRef) =>
    setPreview((current) => current && { ...current, result: { ...current.result, notice: setAgencyRef(current.result.notice, slot, ref) } });

  const addAgency = async (slot: AgencySlot, name: string) => {
    try {
      const added = await api.addAgency({ name, shortName: name, aliases: [], kind: guessAgencyKind(name), successors: [] });
      setAgencies((list) => [...list, added]);
      changeAgency(slot, { id: added.id, name: added.name });
      notify(`Đã thêm “${added.name}” vào danh bạ.`, 'success');
    } catch (failure) {
      showError(failure);
    }
  };

  const createDraft = async () => {
    if (!preview) return;
    setBusy('Đang tạo dự thảo…');
    setError(null);
    try {
      const record = await api.createFromNotice({ notice: preview.result.notice });
      notify('Đã tạo dự thảo từ thông báo cũ.', 'success');
      navigate({ screen: 'editor', noticeId: record.id });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(null);
    }
  };

  const errorBox = error && (
    <p className="import-error" role="alert">
      {error}
    </p>
  );
  const status = (
    <>
      <p className="import-status" role="status">
        {busy ?? ''}
      </p>
      <ImportProgress job={job} label={busy ?? 'Đang nhập…'} onCancel={cancel} />
    </>
  );

  if (preview) {
    return (
      <main className="screen import-screen" aria-labelledby="import-preview-title">
        <div className="import-head">
          <h1 id="import-preview-title" ref={previewTitle} tabIndex={-1}>
            Xem trước: {preview.source}
          </h1>
          <div className="import-actions">
            <button type="button" onClick={() => setPreview(null)} disabled={busy !== null}>
              Nhập văn bản khác
            </button>
            <button type="button" className="button-primary" onClick={() => void createDraft()} disabled={busy !== null}>
              Tạo dự thảo
            </button>
          </div>
        </div>
        <p className="import-intro">
          Kiểm tra những gì đã nhận ra. Có thể sửa cơ quan được khớp cho từng khoản trước khi tạo dự thảo; nội dung còn sửa được
          trong trình soạn thảo.
        </p>
        {errorBox}
        {status}
        <ImportPreview
          notice={preview.result.notice}
          report={preview.result.report}
          agencies={agencies}
          onAgencyChange={changeAgency}
          onAddAgency={(slot, name) => void addAgency(slot, name)}
        />
        <div className="import-actions import-actions-end">
          <button type="button" className="button-primary" onClick={() => void createDraft()} disabled={busy !== null}>
            Tạo dự thảo
          </button>
        </div>
      </main>
    );
  }

  return (
    <main className="screen import-screen" aria-labelledby="import-title">
      <h1 id="import-title">Nhập thông báo cũ</h1>
      <p className="import-intro">
        Dán văn bản của một thông báo đã ban hành (chép từ trang thông tin điện tử hoặc từ Word), hoặc chọn tệp .docx, .txt.
        Ứng dụng nhận ra các mục, khoản nhiệm vụ, cơ quan chủ trì, phối hợp và thời hạn; anh/chị xem lại trước khi tạo dự thảo.
      </p>
      {errorBox}
      {status}
      <div className="import-sources">
        <section className="import-source" aria-labelledby="import-paste-title">
          <h2 id="import-paste-title">Dán văn bản</h2>
          <label htmlFor="import-text">
            <span>Nội dung thông báo</span>
          </label>
          <p id="import-text-hint" className="import-hint">
            Bấm vào ô dưới rồi nhấn Ctrl+V. Có thể dán cả trang web: các dòng chuyên mục, ngày đăng, “Các tin đã đăng” sẽ được
            bỏ đi.
          </p>
          <textarea
            id="import-text"
            className="import-textarea"
            aria-describedby="import-text-hint"
            rows={18}
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="import-actions">
            <button type="button" className="button-primary" onClick={previewText} disabled={busy !== null}>
              Xem trước
            </button>
          </div>
        </section>
        <section className="import-source" aria-labelledby="import-file-title">
          <h2 id="import-file-title">Hoặc chọn tệp</h2>
          <p id="import-file-hint" className="import-hint">
            Tệp Word .docx hoặc tệp văn bản .txt, tối đa {formatSize(IMPORT_LIMITS.maxDocxBytes)}. Tệp .doc (Word cũ) cần được lưu
            lại thành .docx trước.
          </p>
          {bridge ? (
            <button type="button" onClick={chooseWithDialog} disabled={busy !== null} aria-describedby="import-file-hint">
              Chọn tệp .docx hoặc .txt…
            </button>
          ) : (
            <>
              {/* The browser's own file button speaks the browser's language: hidden, with a Vietnamese label as the button. */}
              <input
                id="import-file"
                className="visually-hidden import-file-input"
                type="file"
                accept=".docx,.txt,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
                aria-describedby="import-file-hint"
                disabled={busy !== null}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  // Cleared so that choosing the same file again (after fixing it) reads it again.
                  event.target.value = '';
                  if (file) previewFile(file);
                }}
              />
              <label htmlFor="import-file" className="import-file-button">
                Chọn tệp .docx hoặc .txt…
              </label>
            </>
          )}
        </section>
      </div>
    </main>
  );
}
