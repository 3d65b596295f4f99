/**
 * The plain fields of the printed page around the body: the header (issuer, number, Quốc hiệu, place and date,
 * THÔNG BÁO, trích yếu) and the end (closing sentence, Nơi nhận, signature), each in its printed place.
 */
import type { ReactNode, Ref } from 'react';
import type { RecipientPreset } from '../../../shared/api';
import { DRAFT_NUMBER_BLANK, formatLongDate } from '../../../shared/format/vietnamese';
import { NOTICE_LIMITS } from '../../../shared/notice/limits';
import type { Notice } from '../../../shared/notice/schema';
import { DateInput } from './DateInput';
import { reportCutPaste } from './field-paste';

/** Everything of a notice but its body: what the page shows around it, and the meeting (the side panel shows it). */
export type NoticeFields = Omit<Notice, 'body'>;

interface FieldsProps {
  value: NoticeFields;
  readOnly: boolean;
  onPatch(patch: Partial<NoticeFields>): void;
  /** Shows a Vietnamese message to the user (a paste cut to a field's length limit). */
  onMessage?(message: string): void;
}

function Field(props: {
  label: string;
  value: string;
  readOnly: boolean;
  className: string;
  onChange(value: string): void;
  /** The field's length limit (NOTICE_LIMITS) and the name the limit's message gives it. */
  maxLength: number;
  limitName: string;
  onMessage?(message: string): void;
  placeholder?: string;
  /** A name the user may break over lines (the Committee's "ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU"). */
  multiline?: boolean;
}) {
  if (props.multiline) {
    return (
      <textarea
        className={`nb-field ${props.className}`}
        aria-label={props.label}
        rows={Math.max(1, props.value.split('\n').length)}
        value={props.value}
        readOnly={props.readOnly}
        maxLength={props.maxLength}
        onPaste={reportCutPaste(props.limitName, props.maxLength, props.onMessage)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    );
  }
  return (
    <input
      type="text"
      className={`nb-field ${props.className}`}
      aria-label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      readOnly={props.readOnly}
      maxLength={props.maxLength}
      onPaste={reportCutPaste(props.limitName, props.maxLength, props.onMessage)}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

function Remove({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" className="nb-line-remove" aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}

function Add({ children, onClick }: { children: ReactNode; onClick(): void }) {
  return (
    <button type="button" className="nb-line-add" onClick={onClick}>
      {children}
    </button>
  );
}

export function HeaderFields({ value, readOnly, onPatch, onMessage, summaryRef }: FieldsProps & { summaryRef: Ref<HTMLTextAreaElement> }) {
  const setIssuer = (patch: Partial<NoticeFields['issuer']>) => onPatch({ issuer: { ...value.issuer, ...patch } });
  const number = value.number === undefined ? DRAFT_NUMBER_BLANK : String(value.number).padStart(2, '0');
  const summaryReview = value.summaryToReview === true;
  return (
    <header className="nb-header">
      <div className="nb-header-grid">
        <div className="nb-header-left">
          <Field
            label="Cơ quan chủ quản"
            className="nb-parent-agency"
            placeholder="CƠ QUAN CHỦ QUẢN"
            value={value.issuer.parentAgency}
            maxLength={NOTICE_LIMITS.issuerLine}
            limitName="Tên cơ quan chủ quản"
            onMessage={onMessage}
            readOnly={readOnly}
            onChange={(parentAgency) => setIssuer({ parentAgency })}
          />
          <Field
            label="Cơ quan ban hành"
            className="nb-agency"
            multiline
            value={value.issuer.agency}
            maxLength={NOTICE_LIMITS.issuerLine}
            limitName="Tên cơ quan ban hành"
            onMessage={onMessage}
            readOnly={readOnly}
            onChange={(agency) => setIssuer({ agency })}
          />
          <div className="nb-rule nb-rule-agency" aria-hidden="true" />
          <div className="nb-number-line">
            Số:<span className="nb-number" title={value.number === undefined ? 'Số văn bản: cấp khi ban hành' : undefined}>
              {value.number === undefined ? number : ` ${number}`}
            </span>
            /
            <Field label="Ký hiệu văn bản" className="nb-code" value={value.code} maxLength={NOTICE_LIMITS.code} limitName="Ký hiệu văn bản" onMessage={onMessage} readOnly={readOnly} onChange={(code) => onPatch({ code })} />
          </div>
        </div>
        <div className="nb-header-right">
          <div className="nb-national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div className="nb-motto">
            <span>Độc lập - Tự do - Hạnh phúc</span>
          </div>
          <div className="nb-place-date">
            <Field label="Địa danh" className="nb-place" value={value.place} maxLength={NOTICE_LIMITS.place} limitName="Địa danh" onMessage={onMessage} readOnly={readOnly} onChange={(place) => onPatch({ place })} />
            <span>, {formatLongDate(value.date)}</span>
          </div>
          {readOnly ? null : (
            <label className="nb-date-picker">
              Ngày ban hành:{' '}
              <DateInput optional value={value.date ?? ''} onChange={(date) => onPatch({ date: date === '' ? undefined : date })} />
            </label>
          )}
        </div>
      </div>
      <div className="nb-doctype">{value.documentType}</div>
      <div className={`nb-summary-wrap${summaryReview ? ' nb-review' : ''}`} data-to-review={summaryReview ? 'true' : undefined}>
        <textarea
          ref={summaryRef}
          className="nb-field nb-summary"
          aria-label="Trích yếu"
          rows={1}
          value={value.summary}
          readOnly={readOnly}
          maxLength={NOTICE_LIMITS.summary}
          onPaste={reportCutPaste('Trích yếu', NOTICE_LIMITS.summary, onMessage)}
          placeholder="Trích yếu nội dung"
          onChange={(event) => onPatch({ summary: event.target.value, summaryToReview: undefined })}
        />
      </div>
      <div className="nb-rule nb-rule-summary" aria-hidden="true" />
    </header>
  );
}

export function FooterFields({ value, readOnly, onPatch, onMessage, presets }: FieldsProps & { presets?: readonly RecipientPreset[] }) {
  const { recipients, signature } = value;
  const setRecipient = (index: number, text: string) => onPatch({ recipients: recipients.map((r, i) => (i === index ? text : r)) });
  const setSignature = (patch: Partial<NoticeFields['signature']>) => onPatch({ signature: { ...signature, ...patch } });
  const setAuthority = (index: number, text: string) =>
    setSignature({ authorityLines: signature.authorityLines.map((l, i) => (i === index ? text : l)) });
  return (
    <footer className="nb-footer">
      <textarea
        className="nb-field nb-closing"
        aria-label="Câu kết"
        rows={1}
        value={value.closing}
        readOnly={readOnly}
        maxLength={NOTICE_LIMITS.closing}
        onPaste={reportCutPaste('Câu kết', NOTICE_LIMITS.closing, onMessage)}
        placeholder="Câu kết, ví dụ: Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."
        onChange={(event) => onPatch({ closing: event.target.value })}
      />
      <div className="nb-footer-grid">
        <div className="nb-recipients">
          <div className="nb-recipients-title">Nơi nhận:</div>
          <ul aria-label="Nơi nhận">
            {recipients.map((recipient, index) => (
              <li key={index}>
                <span aria-hidden="true">- </span>
                <Field
                  label={`Nơi nhận ${index + 1}`}
                  className="nb-recipient"
                  value={recipient}
                  maxLength={NOTICE_LIMITS.recipient}
                  limitName="Dòng nơi nhận"
                  onMessage={onMessage}
                  readOnly={readOnly}
                  onChange={(text) => setRecipient(index, text)}
                />
                <span aria-hidden="true">;</span>
                {readOnly ? null : (
                  <Remove label={`Xóa nơi nhận ${index + 1}`} onClick={() => onPatch({ recipients: recipients.filter((_, i) => i !== index) })} />
                )}
              </li>
            ))}
            <li>
              <span aria-hidden="true">- Lưu: </span>
              <Field label="Lưu" className="nb-archive" value={value.archive} maxLength={NOTICE_LIMITS.archive} limitName="Nơi lưu" onMessage={onMessage} readOnly={readOnly} onChange={(archive) => onPatch({ archive })} />
              <span aria-hidden="true">.</span>
            </li>
          </ul>
          {readOnly ? null : (
            <div className="nb-line-actions">
              <Add onClick={() => onPatch({ recipients: [...recipients, ''] })}>+ Thêm nơi nhận</Add>
              {presets && presets.length > 0 ? (
                <select
                  aria-label="Chọn mẫu nơi nhận"
                  value=""
                  onChange={(event) => {
                    const preset = presets.find((p) => p.id === event.target.value);
                    if (preset) onPatch({ recipients: [...preset.recipients], archive: preset.archive });
                  }}
                >
                  <option value="">Chọn mẫu nơi nhận…</option>
                  {presets.map((preset) => (
                    <option key={preset.id} value={preset.id}>
                      {preset.name}
                    </option>
                  ))}
                </select>
              ) : null}
            </div>
          )}
        </div>
        <div className="nb-signature">
          {signature.authorityLines.map((line, index) => (
            <div className="nb-signature-line" key={index}>
              <Field
                label={`Dòng thẩm quyền ${index + 1}`}
                className="nb-authority"
                value={line}
                maxLength={NOTICE_LIMITS.signatureLine}
                limitName="Dòng thẩm quyền ký"
                onMessage={onMessage}
                readOnly={readOnly}
                onChange={(text) => setAuthority(index, text)}
              />
              {readOnly ? null : (
                <Remove
                  label={`Xóa dòng thẩm quyền ${index + 1}`}
                  onClick={() => setSignature({ authorityLines: signature.authorityLines.filter((_, i) => i !== index) })}
                />
              )}
            </div>
          ))}
          {readOnly ? null : (
            <Add onClick={() => setSignature({ authorityLines: [...signature.authorityLines, ''] })}>+ Thêm dòng thẩm quyền</Add>
          )}
          <Field
            label="Chức vụ người ký"
            className="nb-signer-title"
            placeholder="CHỨC VỤ"
            value={signature.title}
            maxLength={NOTICE_LIMITS.signatureLine}
            limitName="Chức vụ người ký"
            onMessage={onMessage}
            readOnly={readOnly}
            onChange={(title) => setSignature({ title })}
          />
          <div className="nb-signature-space" aria-hidden="true" />
          <Field
            label="Họ tên người ký"
            className="nb-signer-name"
            placeholder="Họ và tên"
            value={signature.signerName}
            maxLength={NOTICE_LIMITS.signatureLine}
            limitName="Tên người ký"
            onMessage={onMessage}
            readOnly={readOnly}
            onChange={(signerName) => setSignature({ signerName })}
          />
        </div>
      </div>
    </footer>
  );
}
