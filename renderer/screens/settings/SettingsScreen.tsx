/** Settings: the issuer profile, its issuer forms with their signers, recipient presets, the section templates, and the agency directory. */
import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/api';
import { useApi } from '../../app/api-context';
import { useFeedback } from '../../app/feedback';
import { AgencyDirectory } from './AgencyDirectory';
import { IssuerForms } from './IssuerForms';
import { SectionTemplates } from './SectionTemplates';
import { lines, newId } from './form-values';

export function SettingsScreen() {
  const api = useApi();
  const { showError, notify } = useFeedback();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.getSettings({}).then(setSettings, showError);
  }, [api, showError]);

  if (!settings) {
    return (
      <main className="screen settings">
        <h1>Cài đặt</h1>
        <p role="status">Đang tải…</p>
      </main>
    );
  }

  const update = (change: Partial<Settings>) => setSettings({ ...settings, ...change });
  const setIssuer = (key: keyof Settings['issuer'], value: string) => update({ issuer: { ...settings.issuer, [key]: value } });

  const save = async () => {
    setSaving(true);
    try {
      setSettings(await api.setSettings(settings));
      notify('Đã lưu cài đặt.', 'success');
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <main className="screen settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Cài đặt</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <section className="settings-section" aria-labelledby="issuer-title">
          <h2 id="issuer-title">Cơ quan ban hành</h2>
          <div className="form-grid">
            <label>
              <span>Địa danh</span>
              <input required value={settings.issuer.place} onChange={(event) => setIssuer('place', event.target.value)} />
            </label>
            <label>
              <span>Lưu (nơi lưu văn bản)</span>
              <input value={settings.issuer.archive} onChange={(event) => setIssuer('archive', event.target.value)} />
            </label>
            <label>
              <span>Người soạn (ghi vào tệp .docx)</span>
              <input value={settings.author} onChange={(event) => update({ author: event.target.value })} />
            </label>
          </div>
        </section>

        <IssuerForms settings={settings} onChange={update} />

        <section className="settings-section" aria-labelledby="pdf-title">
          <h2 id="pdf-title">Xuất PDF</h2>
          <div className="form-grid">
            <label className="span-2">
              <span>Đường dẫn tới LibreOffice (soffice)</span>
              <input
                value={settings.libreOfficePath ?? ''}
                placeholder="Để trống: tự tìm, ví dụ C:\Program Files\LibreOffice\program\soffice.exe"
                onChange={(event) => update({ libreOfficePath: event.target.value.trim() === '' ? undefined : event.target.value })}
              />
            </label>
          </div>
          <p className="settings-hint">
            PDF được LibreOffice chuyển từ tệp .docx (chuẩn PDF/A-2b, sẵn sàng ký số). Nếu máy không có LibreOffice, PDF được tạo
            từ bản in của ứng dụng.
          </p>
        </section>

        <section className="settings-section" aria-labelledby="presets-title">
          <h2 id="presets-title">Nơi nhận mẫu</h2>
          {settings.recipientPresets.map((preset, index) => {
            const setPreset = (change: Partial<typeof preset>) =>
              update({ recipientPresets: settings.recipientPresets.map((entry, i) => (i === index ? { ...entry, ...change } : entry)) });
            return (
              <fieldset key={preset.id} className="card">
                <legend>{preset.name || `Bộ nơi nhận ${index + 1}`}</legend>
                <div className="form-grid">
                  <label>
                    <span>Tên bộ nơi nhận</span>
                    <input required value={preset.name} onChange={(event) => setPreset({ name: event.target.value })} />
                  </label>
                  <label>
                    <span>Lưu</span>
                    <input value={preset.archive} onChange={(event) => setPreset({ archive: event.target.value })} />
                  </label>
                  <label className="span-2">
                    <span>Nơi nhận (mỗi dòng một nơi)</span>
                    <textarea
                      rows={5}
                      value={preset.recipients.join('\n')}
                      onChange={(event) => setPreset({ recipients: event.target.value.split('\n') })}
                      onBlur={(event) => setPreset({ recipients: lines(event.target.value) })}
                    />
                  </label>
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => update({ recipientPresets: settings.recipientPresets.filter((entry) => entry.id !== preset.id) })}
                  >
                    Bỏ bộ nơi nhận này
                  </button>
                </div>
              </fieldset>
            );
          })}
          <button
            type="button"
            onClick={() =>
              update({
                recipientPresets: [...settings.recipientPresets, { id: newId('preset'), name: 'Bộ nơi nhận mới', recipients: [], archive: 'VT' }],
              })
            }
          >
            Thêm bộ nơi nhận
          </button>
        </section>

        <div className="settings-save">
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? 'Đang lưu…' : 'Lưu cài đặt'}
          </button>
        </div>
      </form>

      <SectionTemplates />
      <AgencyDirectory />
    </main>
  );
}
