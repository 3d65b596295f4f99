/** "Thông báo mới" (pick a template) and "Tạo từ thông báo trước" (pick the notice to continue from). */
import { useEffect, useRef, useState } from 'react';
import type { NoticeRecord, NoticeSummary, TemplateSummary } from '../../../shared/api';
import { useApi } from '../../app/api-context';
import { Modal, useFeedback } from '../../app/feedback';
import { displayDate, noticeTitle } from '../../app/format';
import { navigate } from '../../app/router';

/** Creating the notice and opening it in the editor; `busy` while the library works, cleared again on an error. */
function useCreateAndOpen(onClose: () => void) {
  const { showError } = useFeedback();
  const [busy, setBusy] = useState(false);
  const createAndOpen = async (make: () => Promise<NoticeRecord>) => {
    setBusy(true);
    try {
      const record = await make();
      onClose();
      navigate({ screen: 'editor', noticeId: record.id });
    } catch (error) {
      showError(error);
      setBusy(false);
    }
  };
  return { busy, createAndOpen };
}

export function NewFromTemplateDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { showError } = useFeedback();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const { busy, createAndOpen } = useCreateAndOpen(onClose);

  useEffect(() => {
    api.listTemplates({}).then(({ templates: list }) => setTemplates(list), showError);
  }, [api, showError]);

  const create = (templateId: string) => createAndOpen(() => api.createFromTemplate({ templateId }));
  // The dialog opens before the list arrives, on its only button then ("Hủy"): once the templates are there, the
  // keyboard starts on the first one, so Enter creates a notice instead of closing the dialog.
  const firstTemplate = useRef<HTMLButtonElement>(null);
  const listShown = templates !== null && templates.length > 0;
  useEffect(() => {
    if (listShown) firstTemplate.current?.focus();
  }, [listShown]);

  return (
    <Modal title="Thông báo mới — chọn mẫu" onClose={onClose} wide>
      {templates === null ? (
        <p>Đang tải danh sách mẫu…</p>
      ) : templates.length === 0 ? (
        <p>Chưa có mẫu nào.</p>
      ) : (
        <ul className="choice-list">
          {templates.map((template, index) => (
            <li key={template.id}>
              <button
                ref={index === 0 ? firstTemplate : undefined}
                type="button"
                className="choice"
                disabled={busy}
                onClick={() => void create(template.id)}
              >
                <strong>{template.name}</strong>
                {template.description && <span>{template.description}</span>}
                {template.structureChanges ? (
                  <span className="template-structure-warning" role="note">
                    {`Mẫu theo cơ cấu tổ chức cũ, cần rà soát: ${template.structureChanges.join('; ')}.`}
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Hủy
        </button>
      </div>
    </Modal>
  );
}

export function NewFromPreviousDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { showError } = useFeedback();
  const [notices, setNotices] = useState<NoticeSummary[] | null>(null);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [sourceId, setSourceId] = useState('');
  const { busy, createAndOpen } = useCreateAndOpen(onClose);

  useEffect(() => {
    Promise.all([api.listNotices({ limit: 200 }), api.listTemplates({})]).then(([list, templateList]) => {
      setNotices(list.notices);
      setTemplates(templateList.templates);
      // Default: the latest notice, and its template.
      const latest = list.notices[0];
      if (latest) {
        setSourceId(latest.id);
        setTemplateId(latest.templateId ?? '');
      }
    }, showError);
  }, [api, showError]);

  const shown = notices?.filter((notice) => !templateId || notice.templateId === templateId) ?? [];

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    // The default source is the latest notice made from the same template.
    const latest = notices?.find((notice) => !id || notice.templateId === id);
    setSourceId(latest?.id ?? '');
  };

  const create = async () => {
    if (sourceId) await createAndOpen(() => api.createFromPrevious({ sourceId }));
  };

  return (
    <Modal title="Tạo từ thông báo trước" onClose={onClose} wide>
      <p className="dialog-message">
        Thông báo mới giữ cấu trúc, cơ quan, nơi nhận và người ký của thông báo đã chọn; mọi nội dung chép sang được đánh dấu
        “cần rà soát” cho đến khi anh/chị sửa hoặc xác nhận.
      </p>
      {notices === null ? (
        <p>Đang tải…</p>
      ) : notices.length === 0 ? (
        <p>Thư viện chưa có thông báo nào để tạo tiếp.</p>
      ) : (
        <div className="form-grid">
          <label>
            <span>Loại thông báo (mẫu)</span>
            <select value={templateId} onChange={(event) => chooseTemplate(event.target.value)}>
              <option value="">Tất cả</option>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Thông báo gốc</span>
            <select value={sourceId} onChange={(event) => setSourceId(event.target.value)}>
              {shown.length === 0 && <option value="">(không có)</option>}
              {shown.map((notice) => (
                <option key={notice.id} value={notice.id}>
                  {noticeTitle(notice)} — họp {displayDate(notice.meetingDate)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Hủy
        </button>
        <button type="button" className="button-primary" disabled={!sourceId || busy} onClick={() => void create()}>
          Tạo thông báo
        </button>
      </div>
    </Modal>
  );
}
