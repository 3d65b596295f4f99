/**
 * Settings, "Mẫu phần nội dung": the user's own section templates (rename, edit the description, delete after a
 * confirmation) and the built-in ones, listed as shipped with the app and not deletable.
 */
import { useEffect, useState } from 'react';
import { builtInSectionTemplates, type SectionTemplate } from '../../../shared/notice/section-templates';
import { useApi } from '../../app/api-context';
import { useFeedback } from '../../app/feedback';

interface Draft {
  template: SectionTemplate;
  name: string;
  description: string;
}

export function SectionTemplates() {
  const api = useApi();
  const { showError, notify, confirm } = useFeedback();
  const [own, setOwn] = useState<SectionTemplate[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);

  const reload = () => api.listSectionTemplates({}).then(({ templates }) => setOwn(templates), showError);
  useEffect(() => {
    api.listSectionTemplates({}).then(({ templates }) => setOwn(templates), showError);
  }, [api, showError]);

  const save = async () => {
    if (!draft) return;
    try {
      const saved = await api.saveSectionTemplate({
        id: draft.template.id,
        name: draft.name,
        description: draft.description,
        blocks: draft.template.blocks,
      });
      setDraft(null);
      await reload();
      notify(`Đã lưu mẫu phần “${saved.name}”.`, 'success');
    } catch (error) {
      showError(error);
    }
  };

  const remove = async (template: SectionTemplate) => {
    const ok = await confirm({
      title: 'Xóa mẫu phần',
      message: `Xóa mẫu phần “${template.name}”? Các thông báo đã chèn mẫu này vẫn giữ nguyên nội dung.`,
      confirmLabel: 'Xóa mẫu phần',
      danger: true,
    });
    if (!ok) return;
    try {
      await api.deleteSectionTemplate({ id: template.id });
      await reload();
      notify(`Đã xóa mẫu phần “${template.name}”.`, 'success');
    } catch (error) {
      showError(error);
    }
  };

  return (
    <section className="settings-section" aria-labelledby="section-templates-title">
      <h2 id="section-templates-title">Mẫu phần nội dung</h2>
      <p className="dialog-hint">
        Mẫu phần được chèn bằng “Chèn phần mẫu” trong trình soạn thảo. Tạo mẫu của mình bằng “Lưu phần này làm mẫu”.
      </p>
      <h3>Mẫu của tôi</h3>
      {own === null ? (
        <p role="status">Đang tải…</p>
      ) : own.length === 0 ? (
        <p>Chưa có mẫu phần nào của riêng bạn.</p>
      ) : (
        <ul className="section-template-list" aria-label="Mẫu phần của tôi">
          {own.map((template) => (
            <li key={template.id} className="card">
              {draft?.template.id === template.id ? (
                <form
                  aria-label={`Sửa mẫu phần “${template.name}”`}
                  onSubmit={(event) => {
                    event.preventDefault();
                    void save();
                  }}
                >
                  <div className="form-grid">
                    <label>
                      <span>Tên mẫu phần</span>
                      <input required autoFocus maxLength={200} value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
                    </label>
                    <label>
                      <span>Mô tả</span>
                      <textarea
                        maxLength={2000}
                        rows={2}
                        value={draft.description}
                        onChange={(event) => setDraft({ ...draft, description: event.target.value })}
                      />
                    </label>
                  </div>
                  <div className="dialog-actions">
                    <button type="button" onClick={() => setDraft(null)}>
                      Hủy
                    </button>
                    <button type="submit" className="button-primary" disabled={!draft.name.trim()}>
                      Lưu mẫu phần
                    </button>
                  </div>
                </form>
              ) : (
                <>
                  <strong>{template.name}</strong> <span className="section-template-note">({template.blocks.length} khối)</span>
                  {template.description ? <p>{template.description}</p> : null}
                  <div className="dialog-actions">
                    <button
                      type="button"
                      aria-label={`Đổi tên, mô tả mẫu phần “${template.name}”`}
                      onClick={() => setDraft({ template, name: template.name, description: template.description })}
                    >
                      Đổi tên, mô tả
                    </button>
                    <button type="button" aria-label={`Xóa mẫu phần “${template.name}”`} onClick={() => void remove(template)}>
                      Xóa
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>Mẫu có sẵn</h3>
      <ul className="section-template-list" aria-label="Mẫu phần có sẵn">
        {builtInSectionTemplates().map((template) => (
          <li key={template.id}>
            <strong>{template.name}</strong> <span className="section-template-note">— mẫu có sẵn của phần mềm, không xóa được</span>
            {template.description ? <p>{template.description}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
