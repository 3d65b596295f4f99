/**
 * What remains, before export and before "Ban hành": one list, errors first, with the copied blocks not yet reviewed.
 * Export: "Vẫn xuất" or "Quay lại rà soát" (the Kiểm tra list at its first finding). "Ban hành" with errors: each
 * error is accepted with its own reason; the reasons go to the library, which keeps them in the notice's history.
 */
import { useId, useState } from 'react';
import type { CheckFinding } from '../../../shared/api';
import { Modal } from '../../app/feedback';
import './check-dialog.css';

export type CheckDialogPurpose = 'issue' | 'export';

export interface CheckDialogProps {
  purpose: CheckDialogPurpose;
  findings: readonly CheckFinding[];
  /** Blocks copied from the previous notice and not yet reviewed. */
  toReview?: number;
  /** Confirmed: with the reasons when errors were accepted. */
  onConfirm(reason?: string): void;
  /** Closed without going on (Esc, the close button). */
  onCancel(): void;
  /** "Quay lại rà soát": closed, and the list of what to review is opened. */
  onBack(): void;
}

const MIN_REASON = 5;

/** The reasons as the history keeps them: one line per accepted error. */
function joinReasons(errors: readonly CheckFinding[], reasons: readonly string[]): string {
  return errors.map((error, i) => `${error.where}${error.excerpt ? ` ${error.excerpt}` : ''}: ${reasons[i]?.trim() ?? ''}`).join('\n');
}

export function CheckDialog({ purpose, findings, toReview = 0, onConfirm, onCancel, onBack }: CheckDialogProps) {
  const errors = findings.filter((f) => f.severity === 'error');
  const [reasons, setReasons] = useState<string[]>(() => errors.map(() => ''));
  const baseId = useId();
  const warnings = findings.length - errors.length;
  const needsReasons = purpose === 'issue' && errors.length > 0;
  const title = purpose === 'issue' ? 'Kiểm tra trước khi ban hành' : 'Kiểm tra trước khi xuất';
  const confirmLabel = purpose === 'issue' ? (errors.length > 0 ? 'Vẫn ban hành' : 'Ban hành') : 'Vẫn xuất';
  const ready = !needsReasons || reasons.every((reason) => reason.trim().length >= MIN_REASON);
  let errorIndex = -1;
  return (
    <Modal title={title} onClose={onCancel} wide>
      <p className="dialog-message">
        {findings.length > 0 ? `Còn ${errors.length} lỗi và ${warnings} cảnh báo.` : ''}
        {toReview > 0 ? ` Còn ${toReview} mục chép từ thông báo trước chưa được rà soát.` : ''}
        {purpose === 'issue' ? ' Thông báo sẽ được cấp số tiếp theo trong sổ văn bản đi và không sửa được nữa.' : ''}
        {needsReasons ? ' Mỗi lỗi cần sửa, hoặc ghi lý do chấp nhận (được lưu vào lịch sử của thông báo).' : ''}
      </p>
      <ul className="check-list" aria-label="Các điểm cần xem">
        {findings.map((finding, index) => {
          if (finding.severity === 'error') errorIndex++;
          const at = errorIndex;
          return (
            <li key={`${finding.ruleId}-${finding.location.path}-${finding.location.offset}-${index}`} className={`check-item check-${finding.severity}`}>
              <span className="check-severity">{finding.severity === 'error' ? '✖ Lỗi' : '⚠ Cảnh báo'}</span>{' '}
              <span className="check-where">{finding.where}:</span> {finding.message}
              {finding.excerpt ? <div className="check-excerpt">{finding.excerpt}</div> : null}
              {needsReasons && finding.severity === 'error' ? (
                <label className="check-reason-item" htmlFor={`${baseId}-${at}`}>
                  Lý do chấp nhận lỗi này
                  <textarea
                    id={`${baseId}-${at}`}
                    rows={1}
                    value={reasons[at] ?? ''}
                    onChange={(event) => setReasons((list) => list.map((r, i) => (i === at ? event.target.value : r)))}
                  />
                </label>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onBack}>
          Quay lại rà soát
        </button>
        <button
          type="button"
          className={needsReasons ? 'button-danger' : 'button-primary'}
          disabled={!ready}
          title={ready ? undefined : `Ghi lý do (ít nhất ${MIN_REASON} ký tự) cho từng lỗi`}
          onClick={() => onConfirm(needsReasons ? joinReasons(errors, reasons) : undefined)}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
