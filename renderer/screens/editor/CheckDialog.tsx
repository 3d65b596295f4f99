/**
 * What the checks still find, before export and before "Ban hành": one list, errors first. Export goes on after a
 * look; "Ban hành" with errors needs a reason, which the library keeps in the notice's history.
 */
import { useId, useState } from 'react';
import type { CheckFinding } from '../../../shared/api';
import { Modal } from '../../app/feedback';
import './check-dialog.css';

export type CheckDialogPurpose = 'issue' | 'export';

export interface CheckDialogProps {
  purpose: CheckDialogPurpose;
  findings: readonly CheckFinding[];
  /** Confirmed: with the reason when errors were accepted. */
  onConfirm(reason?: string): void;
  onCancel(): void;
}

const MIN_REASON = 5;

export function CheckDialog({ purpose, findings, onConfirm, onCancel }: CheckDialogProps) {
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.length - errors.length;
  const needsReason = purpose === 'issue' && errors.length > 0;
  const title = purpose === 'issue' ? 'Kiểm tra trước khi ban hành' : 'Kiểm tra trước khi xuất';
  const confirmLabel = purpose === 'issue' ? (errors.length > 0 ? 'Vẫn ban hành' : 'Ban hành') : 'Vẫn xuất';
  const ready = !needsReason || reason.trim().length >= MIN_REASON;
  return (
    <Modal title={title} onClose={onCancel} wide>
      <p className="dialog-message">
        {`Còn ${errors.length} lỗi và ${warnings} cảnh báo.`}
        {purpose === 'issue' ? ' Thông báo sẽ được cấp số tiếp theo trong sổ văn bản đi và không sửa được nữa.' : ''}
      </p>
      <ul className="check-list" aria-label="Các điểm cần xem">
        {findings.map((finding, index) => (
          <li key={`${finding.ruleId}-${finding.location.path}-${finding.location.offset}-${index}`} className={`check-item check-${finding.severity}`}>
            <span className="check-severity">{finding.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}</span>{' '}
            <span className="check-where">{finding.where}:</span> {finding.message}
            {finding.excerpt ? <div className="check-excerpt">{finding.excerpt}</div> : null}
          </li>
        ))}
      </ul>
      {needsReason ? (
        <label className="check-reason" htmlFor={reasonId}>
          Lý do vẫn ban hành khi còn lỗi (được ghi vào lịch sử của thông báo)
          <textarea id={reasonId} value={reason} onChange={(event) => setReason(event.target.value)} rows={2} />
        </label>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Quay lại sửa
        </button>
        <button type="button" className={needsReason ? 'button-danger' : 'button-primary'} disabled={!ready} onClick={() => onConfirm(needsReason ? reason.trim() : undefined)}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
