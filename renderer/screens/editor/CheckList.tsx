/**
 * The Kiểm tra tab's list of findings: each names where and what, and offers going there, its one-click fixes
 * (spelling: ranked suggestions), "Bỏ qua" (this once) and, for words, "Thêm vào từ điển". Every action is a button,
 * so the list is reachable from the keyboard in order.
 */
import { useEffect, useRef } from 'react';
import { canAddToDictionary, type LiveFinding } from './live-checks';
import './check-dialog.css';

/** How many suggestions a finding offers as buttons (the engine ranks them, best first). */
const MAX_FIXES = 3;

interface Props {
  findings: readonly LiveFinding[];
  readOnly: boolean;
  onGo(finding: LiveFinding): void;
  onFix(finding: LiveFinding, replacement: string): void;
  onIgnore(finding: LiveFinding): void;
  onAddWord(word: string): void;
  /**
   * "Quay lại rà soát" asks for the first finding's entry to take the focus (a new object each time). The list is
   * drawn only once its tab has been switched to and the findings are in, so the request waits for that.
   */
  focusRequest?: object;
}

export function CheckList({ findings, readOnly, onGo, onFix, onIgnore, onAddWord, focusRequest }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const focused = useRef<object | undefined>(undefined);
  useEffect(() => {
    if (focusRequest === undefined || focused.current === focusRequest) return;
    const first = listRef.current?.querySelector<HTMLButtonElement>('.check-go');
    if (!first) return;
    focused.current = focusRequest;
    first.scrollIntoView({ block: 'nearest' });
    first.focus();
  }, [focusRequest, findings]);
  if (findings.length === 0) return <p className="review-done">Không còn lỗi chính tả hay lỗi thể thức nào được phát hiện.</p>;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <>
      <p className="review-hint">{`${errors} lỗi, ${findings.length - errors} cảnh báo. Bấm vào một mục để đến chỗ đó.`}</p>
      <ul className="review-list check-list live-check-list" aria-label="Kết quả kiểm tra" ref={listRef}>
        {findings.map((finding) => (
          <li key={finding.key} className={`check-item check-${finding.severity}`} data-rule={finding.ruleId}>
            <button type="button" className="review-jump check-go" onClick={() => onGo(finding)}>
              <strong>
                <span className="check-severity">{finding.severity === 'error' ? '✖ Lỗi' : '⚠ Cảnh báo'}</span> · {finding.where}
              </strong>
              <span>{finding.message}</span>
              {finding.excerpt ? <span className="check-excerpt">{finding.excerpt}</span> : null}
            </button>
            {readOnly ? null : (
              <div className="check-actions">
                {(finding.fixes ?? []).slice(0, MAX_FIXES).map((fix) => (
                  <button key={fix.replacement} type="button" onClick={() => onFix(finding, fix.replacement)}>
                    {fix.label}
                  </button>
                ))}
                <button type="button" onClick={() => onIgnore(finding)} aria-label={`Bỏ qua: ${finding.where}, ${finding.text || finding.ruleId}`}>
                  Bỏ qua
                </button>
                {canAddToDictionary(finding) ? (
                  <button type="button" onClick={() => onAddWord(finding.text)}>
                    {`Thêm «${finding.text}» vào từ điển`}
                  </button>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
