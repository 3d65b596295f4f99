/**
 * The side panel's history: labelled entries (manual versions, issue, restores, review copies; the autosaves of one
 * sitting as one entry), the comments that came back on each, any two entries (or one and the current text)
 * compared, and a version restored as a new revision.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiResponse, ReviewCopy, RevisionComment } from '../../../shared/api';
import { historyEntries } from '../../../shared/compare/history';
import { useApi } from '../../app/api-context';
import type { SaveState } from '../../app/autosave';
import { useFeedback } from '../../app/feedback';
import { displayTimestamp, REVISION_REASON_LABELS } from '../../app/format';
import { navigate } from '../../app/router';
import type { Block } from '../../../shared/notice/schema';
import { ComparisonDialog } from './ComparisonDialog';

type History = ApiResponse<'listRevisions'>;

export interface HistoryPanelProps {
  noticeId: string;
  /** Changes when the content was replaced (a restore) or something was added to the history (a review copy). */
  contentVersion: number;
  saveState: SaveState;
  readOnly: boolean;
  onRestore(revisionId: number): void;
  /** Copies one block of an older version into the current notice (absent when read-only). */
  onCopyBlock?: (block: Block, anchorIds: string[]) => void;
}

export function HistoryPanel({ noticeId, contentVersion, saveState, readOnly, onRestore, onCopyBlock }: HistoryPanelProps) {
  const api = useApi();
  const { showError } = useFeedback();
  const [history, setHistory] = useState<History | null>(null);
  const [reload, setReload] = useState(0);
  const [selected, setSelected] = useState<number[]>([]);
  const [comparing, setComparing] = useState<{ from: number; to?: number } | null>(null);
  const [commenting, setCommenting] = useState<number | null>(null);

  // Reload whenever a save lands or the content was replaced, so the newest revision shows up.
  useEffect(() => {
    if (saveState !== 'saved') return;
    let cancelled = false;
    api.listRevisions({ id: noticeId }).then(
      (answer) => {
        if (!cancelled) setHistory(answer);
      },
      (error: unknown) => {
        if (!cancelled) showError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, noticeId, contentVersion, saveState, reload, showError]);

  if (history === null) return <p role="status">Đang tải lịch sử…</p>;
  if (history.revisions.length === 0) return <p>Chưa có phiên bản nào.</p>;

  const copiesOf = (revisionId: number): ReviewCopy[] => history.reviewCopies.filter((copy) => copy.revisionId === revisionId);
  const commentsOf = (revisionId: number): RevisionComment[] => history.comments.filter((comment) => comment.revisionId === revisionId);
  // Revisions a copy or a comment points to keep their own entry (see historyEntries).
  const pinned = new Set([...history.reviewCopies, ...history.comments].map((item) => item.revisionId));
  const toggle = (revisionId: number) =>
    setSelected((current) =>
      current.includes(revisionId) ? current.filter((id) => id !== revisionId) : [...current, revisionId].slice(-2),
    );
  const compareSelected = () => {
    const [a, b] = [...selected].sort((x, y) => x - y);
    if (a !== undefined && b !== undefined) setComparing({ from: a, to: b });
  };

  return (
    <>
      <div className="history-compare-bar">
        <button type="button" disabled={selected.length !== 2} onClick={compareSelected}>
          So sánh 2 phiên bản đã chọn
        </button>
        <span className="history-hint">{selected.length === 2 ? '' : 'Đánh dấu hai phiên bản để so sánh với nhau.'}</span>
      </div>
      <ol className="history-list" aria-label="Các phiên bản đã lưu">
        {historyEntries(history.revisions, pinned).map(({ revision, autosaves }, index) => {
          const when = displayTimestamp(revision.createdAt);
          const copies = copiesOf(revision.id);
          const comments = commentsOf(revision.id);
          return (
            <li key={revision.id} data-revision-id={revision.id}>
              <div className="history-entry">
                <label className="history-pick">
                  <input
                    type="checkbox"
                    checked={selected.includes(revision.id)}
                    onChange={() => toggle(revision.id)}
                    aria-label={`Chọn phiên bản lúc ${when} để so sánh`}
                  />
                  <time dateTime={revision.createdAt}>
                    {autosaves && autosaves.count > 1 ? `${displayTimestamp(autosaves.firstAt)} – ${when}` : when}
                  </time>
                </label>
                {copies.length > 0 ? (
                  copies.map((copy) => (
                    <span key={copy.copyNumber} className="history-reason history-review-copy">
                      Bản dự thảo lần {copy.copyNumber} ({copy.format === 'pdf' ? 'PDF' : '.docx'}) gửi {copy.sentTo} lúc{' '}
                      {displayTimestamp(copy.sentAt)}{' '}
                      {/* The copy as recorded, to print (again) as PDF: never a new copy. */}
                      <button
                        type="button"
                        className="button-link"
                        onClick={() => navigate({ screen: 'print', noticeId, autoPrint: false, reviewCopy: copy.copyNumber })}
                        aria-label={`Mở bản in của bản dự thảo lần ${copy.copyNumber}`}
                      >
                        Mở bản in
                      </button>
                    </span>
                  ))
                ) : (
                  <span className="history-reason">
                    {REVISION_REASON_LABELS[revision.reason]}
                    {autosaves && autosaves.count > 1 ? ` (${autosaves.count} lần trong một buổi)` : ''}
                    {revision.restoredFrom !== undefined ? ` (từ phiên bản #${revision.restoredFrom})` : ''}
                  </span>
                )}
                {comments.length > 0 && (
                  <ul className="history-comments" aria-label={`Ý kiến về phiên bản lúc ${when}`}>
                    {comments.map((comment) => (
                      <li key={comment.id}>
                        <strong>{comment.author || 'Ý kiến'}</strong> ({displayTimestamp(comment.addedAt)}): {comment.text}
                      </li>
                    ))}
                  </ul>
                )}
                {commenting === revision.id && (
                  <CommentForm
                    noticeId={noticeId}
                    revisionId={revision.id}
                    onDone={(added) => {
                      setCommenting(null);
                      if (added) setReload((value) => value + 1);
                    }}
                  />
                )}
              </div>
              <span className="history-actions">
                {index === 0 ? (
                  <span className="history-current">Hiện tại</span>
                ) : (
                  <>
                    <button type="button" onClick={() => setComparing({ from: revision.id })} aria-label={`So sánh phiên bản lúc ${when} với hiện tại`}>
                      So sánh
                    </button>
                    {!readOnly && (
                      <button type="button" onClick={() => onRestore(revision.id)} aria-label={`Khôi phục phiên bản lúc ${when}`}>
                        Khôi phục
                      </button>
                    )}
                  </>
                )}
                {commenting !== revision.id && (
                  <button type="button" onClick={() => setCommenting(revision.id)} aria-label={`Thêm ý kiến về phiên bản lúc ${when}`}>
                    Ý kiến
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      {comparing !== null && (
        <ComparisonDialog
          noticeId={noticeId}
          from={comparing.from}
          {...(comparing.to !== undefined ? { to: comparing.to } : {})}
          {...(onCopyBlock ? { onCopyBlock } : {})}
          onClose={() => setComparing(null)}
        />
      )}
    </>
  );
}

/** A comment that came back (the leader's notes), typed or pasted as text, attached to one revision. */
function CommentForm({ noticeId, revisionId, onDone }: { noticeId: string; revisionId: number; onDone(added: boolean): void }) {
  const api = useApi();
  const { showError } = useFeedback();
  const [author, setAuthor] = useState('');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    try {
      await api.addRevisionComment({ id: noticeId, revisionId, author, text });
      onDone(true);
    } catch (error) {
      showError(error);
    } finally {
      setSending(false);
    }
  };
  return (
    <form className="history-comment-form" onSubmit={(event) => void submit(event)} aria-label="Thêm ý kiến góp ý">
      <label>
        <span>Người góp ý</span>
        <input type="text" value={author} onChange={(event) => setAuthor(event.target.value)} placeholder="Đ/c Chủ tịch UBND tỉnh" />
      </label>
      <label>
        <span>Nội dung ý kiến</span>
        <textarea rows={3} value={text} onChange={(event) => setText(event.target.value)} required />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={() => onDone(false)}>
          Huỷ
        </button>
        <button type="submit" className="button-primary" disabled={sending || text.trim() === ''}>
          Lưu ý kiến
        </button>
      </div>
    </form>
  );
}
