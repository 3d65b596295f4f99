/**
 * Settings → the issuer forms (the Office, TB-VP; the Committee, TB-UBND; others the Office adds): each with its
 * header lines, code, closing sentence and signature forms, one of them the default for new drafts.
 */
import type { IssuerForm, Settings, Signer } from '../../../shared/api';
import { lines, newId } from './form-values';

interface Props {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
}

export function IssuerForms({ settings, onChange }: Props) {
  const setForm = (id: string, change: Partial<IssuerForm>) =>
    onChange({ issuerForms: settings.issuerForms.map((form) => (form.id === id ? { ...form, ...change } : form)) });
  const removeForm = (id: string) => {
    const rest = settings.issuerForms.filter((form) => form.id !== id);
    onChange({ issuerForms: rest, ...(settings.defaultIssuerFormId === id && rest[0] ? { defaultIssuerFormId: rest[0].id } : {}) });
  };
  return (
    <section className="settings-section" aria-labelledby="issuer-forms-title">
      <h2 id="issuer-forms-title">Hình thức ban hành và người ký</h2>
      <p className="settings-hint">
        Mỗi ký hiệu văn bản có sổ đăng ký riêng (số tính theo ký hiệu và năm). Hình thức mặc định dùng cho thông báo mới; trong
        trình soạn thảo có thể chọn hình thức khác cho từng thông báo.
      </p>
      {settings.issuerForms.map((form) => (
        <fieldset key={form.id} className="card issuer-form" aria-label={form.name || 'Hình thức ban hành'}>
          <legend>{form.name || 'Hình thức ban hành'}</legend>
          <div className="form-grid">
            <label className="span-2">
              <span>Tên hình thức</span>
              <input required value={form.name} onChange={(event) => setForm(form.id, { name: event.target.value })} />
            </label>
            <label>
              <span>Cơ quan chủ quản</span>
              <input value={form.parentAgency} onChange={(event) => setForm(form.id, { parentAgency: event.target.value })} />
            </label>
            <label>
              <span>Cơ quan ban hành (xuống dòng như khi in)</span>
              <textarea required rows={2} value={form.agency} onChange={(event) => setForm(form.id, { agency: event.target.value })} />
            </label>
            <label>
              <span>Ký hiệu văn bản</span>
              <input required value={form.code} onChange={(event) => setForm(form.id, { code: event.target.value })} />
            </label>
            <label className="inline">
              <input
                type="radio"
                name="default-issuer-form"
                checked={settings.defaultIssuerFormId === form.id}
                onChange={() => onChange({ defaultIssuerFormId: form.id })}
              />
              <span>Hình thức mặc định</span>
            </label>
            <label className="span-2">
              <span>Câu kết thúc</span>
              <textarea rows={2} value={form.closing} onChange={(event) => setForm(form.id, { closing: event.target.value })} />
            </label>
          </div>
          <Signers form={form} onChange={(change) => setForm(form.id, change)} />
          {settings.issuerForms.length > 1 && (
            <button type="button" className="button-link" onClick={() => removeForm(form.id)}>
              Bỏ hình thức này
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange({
            issuerForms: [
              ...settings.issuerForms,
              { id: newId('form'), name: 'Hình thức mới', parentAgency: '', agency: '', code: '', closing: '', signers: [] },
            ],
          })
        }
      >
        Thêm hình thức ban hành
      </button>
    </section>
  );
}

function Signers({ form, onChange }: { form: IssuerForm; onChange(change: Partial<IssuerForm>): void }) {
  const setSigner = (index: number, change: Partial<Signer>) =>
    onChange({ signers: form.signers.map((entry, i) => (i === index ? { ...entry, ...change } : entry)) });
  return (
    <div className="issuer-form-signers">
      <h3>Người ký</h3>
      {form.signers.map((signer, index) => (
        <fieldset key={signer.id} className="card">
          <legend>{signer.name || [...signer.authorityLines, signer.title].filter(Boolean).join(' / ') || `Người ký ${index + 1}`}</legend>
          <div className="form-grid">
            <label>
              <span>Họ và tên</span>
              <input value={signer.name} onChange={(event) => setSigner(index, { name: event.target.value })} />
            </label>
            <label>
              <span>Chức vụ</span>
              <input value={signer.title} onChange={(event) => setSigner(index, { title: event.target.value })} />
            </label>
            <label className="span-2">
              <span>Thẩm quyền ký (mỗi dòng một dòng in, ví dụ TL. CHỦ TỊCH)</span>
              <textarea
                rows={2}
                value={signer.authorityLines.join('\n')}
                onChange={(event) => setSigner(index, { authorityLines: event.target.value.split('\n') })}
                onBlur={(event) => setSigner(index, { authorityLines: lines(event.target.value) })}
              />
            </label>
            <label className="inline">
              <input
                type="radio"
                name={`default-signer-${form.id}`}
                checked={form.defaultSignerId === signer.id}
                onChange={() => onChange({ defaultSignerId: signer.id })}
              />
              <span>Người ký mặc định</span>
            </label>
            <button
              type="button"
              className="button-link"
              onClick={() =>
                onChange({
                  signers: form.signers.filter((entry) => entry.id !== signer.id),
                  ...(form.defaultSignerId === signer.id ? { defaultSignerId: undefined } : {}),
                })
              }
            >
              Bỏ người ký này
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange({ signers: [...form.signers, { id: newId('signer'), authorityLines: [], title: '', name: '' }] })}>
        Thêm người ký
      </button>
    </div>
  );
}
