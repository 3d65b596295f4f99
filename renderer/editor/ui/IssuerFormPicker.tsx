/**
 * Above the page: which issuer form the notice is issued under (the Office, TB-VP; the Committee, TB-UBND …) and
 * which of its signature forms signs. Choosing one rewrites the header lines, code and signature; the closing
 * sentence too unless the secretary wrote her own.
 */
import type { IssuerForm, Signer } from '../../../shared/api';
import { issuerFormOfNotice, noticeFieldsFromIssuerForm } from '../../../shared/settings/defaults';
import type { NoticeFields } from './PageFields';

const CUSTOM = '';

const sameSignature = (signer: Signer, signature: NoticeFields['signature']) =>
  signer.title === signature.title && signer.authorityLines.join('\n') === signature.authorityLines.join('\n');

export function IssuerFormPicker({
  forms,
  value,
  onPatch,
}: {
  forms: readonly IssuerForm[];
  value: NoticeFields;
  onPatch(patch: Partial<NoticeFields>): void;
}) {
  const current = issuerFormOfNotice(forms, value);
  // The signer's name is personal: when Settings holds none for the chosen form, the name on the page stays.
  const keepTypedName = (signature: NoticeFields['signature']) => ({ ...signature, signerName: signature.signerName || value.signature.signerName });
  const signer = current?.signers.find((s) => sameSignature(s, value.signature));
  const choose = (id: string) => {
    const form = forms.find((f) => f.id === id);
    if (!form) return;
    const { closing, signature, ...fields } = noticeFieldsFromIssuerForm(form);
    const ownClosing = value.closing.trim() !== '' && value.closing !== current?.closing;
    onPatch({ ...fields, ...(ownClosing ? {} : { closing }), ...(signature ? { signature: keepTypedName(signature) } : {}) });
  };
  return (
    <div className="nb-issuer-form" role="group" aria-label="Hình thức ban hành và người ký">
      <label>
        <span>Hình thức ban hành</span>
        <select value={current?.id ?? CUSTOM} onChange={(event) => choose(event.target.value)}>
          {current ? null : <option value={CUSTOM}>Tự ghi ({value.code})</option>}
          {forms.map((form) => (
            <option key={form.id} value={form.id}>
              {form.name}
            </option>
          ))}
        </select>
      </label>
      {current && current.signers.length > 0 ? (
        <label>
          <span>Người ký</span>
          <select
            value={signer?.id ?? CUSTOM}
            onChange={(event) => {
              const { signature } = noticeFieldsFromIssuerForm(current, event.target.value);
              if (signature) onPatch({ signature: keepTypedName(signature) });
            }}
          >
            {signer ? null : <option value={CUSTOM}>Tự ghi</option>}
            {current.signers.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {[...entry.authorityLines, entry.title].join(' / ')}
                {entry.name ? ` — ${entry.name}` : ''}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
