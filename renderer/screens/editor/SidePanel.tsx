/** The editor's side panel: meeting details, history of revisions, the blocks still to review, and the checks. */
import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Block, Meeting } from '../../../shared/notice/schema';
import { NOTICE_LIMITS } from '../../../shared/notice/limits';
import { DateInput } from '../../editor/ui/DateInput';
import type { SaveState } from '../../app/autosave';
import { useFeedback } from '../../app/feedback';
import type { ReviewMark } from '../../../shared/notice/review';
import { CONFIRM_AND_NEXT_KEYS } from '../../editor/shortcuts';
import type { UnnamedAgencyTask } from '../../../shared/checks/agency-mentions';

// The history (with the comparison and its diff) is loaded when its tab is first opened: not needed to show a notice.
const HistoryPanel = lazy(() => import('./HistoryPanel').then((module) => ({ default: module.HistoryPanel })));

export type Tab = 'meeting' | 'history' | 'review' | 'checks';

interface Props {
  noticeId: string;
  /** Changes when the editor is reloaded with other content (a restore): the history is read again. */
  contentVersion: number;
  meeting: Meeting;
  readOnly: boolean;
  reviewMarks: ReviewMark[];
  /** Tasks with an agency chip whose agency their text does not name. */
  unnamedAgencyTasks: UnnamedAgencyTask[];
  saveState: SaveState;
  /** The checks' findings list (CheckList) and how many it shows. */
  checks: ReactNode;
  checksCount: number;
  /** Asks for a tab from outside (the export dialog's "Quay lại rà soát"); a new object each time. */
  tabRequest?: { tab: Tab };
  onMeetingChange(meeting: Meeting): void;
  onJump(id: string): void;
  onConfirmReview(id: string): void;
  onConfirmAllReviews(): void;
  onRestore(revisionId: number): void;
  /** Bumped when something is added to the history without changing the content (a review copy). */
  historyVersion: number;
  onCopyBlock?: (block: Block, anchorIds: string[]) => void;
}

export function SidePanel(props: Props) {
  const [tab, setTab] = useState<Tab>(props.reviewMarks.length > 0 ? 'review' : 'meeting');
  const { tabRequest } = props;
  useEffect(() => {
    if (tabRequest) setTab(tabRequest.tab);
  }, [tabRequest]);
  const baseId = useId();
  const tabs: { id: Tab; label: string }[] = [
    { id: 'meeting', label: 'Cuộc họp' },
    { id: 'history', label: 'Lịch sử' },
    { id: 'review', label: `Cần rà soát (${props.reviewMarks.length})` },
    { id: 'checks', label: `Kiểm tra (${props.unnamedAgencyTasks.length + props.checksCount})` },
  ];
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const index = tabs.findIndex((entry) => entry.id === tab);
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    if (!next) return;
    setTab(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  return (
    <aside className="side-panel" aria-label="Bảng bên">
      <div role="tablist" aria-label="Thông tin thông báo" className="tabs" onKeyDown={onTabKey}>
        {tabs.map((entry) => (
          <button
            key={entry.id}
            ref={(element) => {
              if (element) tabRefs.current.set(entry.id, element);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${entry.id}`}
            aria-selected={tab === entry.id}
            aria-controls={`${baseId}-panel-${entry.id}`}
            tabIndex={tab === entry.id ? 0 : -1}
            onClick={() => setTab(entry.id)}
          >
            {entry.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-panel-${tab}`} aria-labelledby={`${baseId}-tab-${tab}`} className="tab-panel">
        {tab === 'meeting' && <MeetingForm meeting={props.meeting} readOnly={props.readOnly} onChange={props.onMeetingChange} />}
        {tab === 'history' && (
          <Suspense fallback={<p role="status">Đang tải…</p>}>
            <HistoryPanel
              noticeId={props.noticeId}
              contentVersion={props.contentVersion + props.historyVersion}
              saveState={props.saveState}
              readOnly={props.readOnly}
              onRestore={props.onRestore}
              {...(props.onCopyBlock ? { onCopyBlock: props.onCopyBlock } : {})}
            />
          </Suspense>
        )}
        {tab === 'review' && (
          <ReviewList
            marks={props.reviewMarks}
            readOnly={props.readOnly}
            onJump={props.onJump}
            onConfirm={props.onConfirmReview}
            onConfirmAll={props.onConfirmAllReviews}
          />
        )}
        {tab === 'checks' && (
          <>
            {props.checks}
            <AgencyChecks tasks={props.unnamedAgencyTasks} onJump={props.onJump} />
          </>
        )}
      </div>
    </aside>
  );
}

function MeetingForm({ meeting, readOnly, onChange }: { meeting: Meeting; readOnly: boolean; onChange(meeting: Meeting): void }) {
  const set = <K extends keyof Meeting>(key: K, value: Meeting[K]) => onChange({ ...meeting, [key]: value });
  return (
    <form className="meeting-form" onSubmit={(event) => event.preventDefault()} aria-label="Thông tin cuộc họp">
      <fieldset disabled={readOnly}>
        <label>
          <span>Ngày họp</span>
          <DateInput optional value={meeting.date ?? ''} onChange={(date) => set('date', date === '' ? undefined : date)} />
        </label>
        <label>
          <span>Buổi / giờ họp</span>
          <input type="text" value={meeting.timeOfDay} maxLength={NOTICE_LIMITS.meetingShort} placeholder="sáng, chiều, 08 giờ 00" onChange={(event) => set('timeOfDay', event.target.value)} />
        </label>
        <label>
          <span>Địa điểm</span>
          <input type="text" value={meeting.place} maxLength={NOTICE_LIMITS.meetingPlace} onChange={(event) => set('place', event.target.value)} />
        </label>
        <label>
          <span>Người chủ trì</span>
          <input type="text" value={meeting.chairName} maxLength={NOTICE_LIMITS.meetingShort} onChange={(event) => set('chairName', event.target.value)} />
        </label>
        <label>
          <span>Chức vụ người chủ trì</span>
          <input type="text" value={meeting.chairTitle} maxLength={NOTICE_LIMITS.chairTitle} onChange={(event) => set('chairTitle', event.target.value)} />
        </label>
        <label>
          <span>Thành phần tham dự</span>
          <textarea rows={5} value={meeting.attendees} maxLength={NOTICE_LIMITS.attendees} onChange={(event) => set('attendees', event.target.value)} />
        </label>
      </fieldset>
    </form>
  );
}

function ReviewList({
  marks,
  readOnly,
  onJump,
  onConfirm,
  onConfirmAll,
}: {
  marks: ReviewMark[];
  readOnly: boolean;
  onJump(id: string): void;
  onConfirm(id: string): void;
  onConfirmAll(): void;
}) {
  const { confirm } = useFeedback();
  if (marks.length === 0) return <p className="review-done">Không còn mục nào cần rà soát.</p>;
  const confirmAll = async () => {
    const ok = await confirm({
      title: 'Xác nhận tất cả?',
      message: `Đánh dấu cả ${marks.length} mục chép từ thông báo trước là đã rà soát, dù chưa sửa? Có thể hoàn tác bằng Ctrl+Z.`,
      confirmLabel: 'Xác nhận tất cả',
    });
    if (ok) onConfirmAll();
  };
  return (
    <>
      <p className="review-hint">Các mục chép từ thông báo trước. Sửa nội dung hoặc bấm “Xác nhận” khi đã kiểm tra.</p>
      {!readOnly && (
        <p className="review-hint">
          Khi đang soạn: <kbd>{CONFIRM_AND_NEXT_KEYS}</kbd> xác nhận mục có con trỏ và sang mục cần rà soát tiếp theo.
        </p>
      )}
      {!readOnly && (
        <button type="button" className="review-confirm-all" onClick={() => void confirmAll()}>
          Xác nhận tất cả
        </button>
      )}
      <ul className="review-list">
        {marks.map((item) => (
          <li key={item.id}>
            <button type="button" className="review-jump" onClick={() => onJump(item.id)}>
              <strong>{item.label}</strong>
              <span>{item.excerpt}</span>
              {item.reason ? <span className="review-reason">{item.reason}</span> : null}
            </button>
            {!readOnly && (
              <button type="button" onClick={() => onConfirm(item.id)} aria-label={`Xác nhận ${item.label}`}>
                Xác nhận
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

const ROLE_LABELS = { lead: 'chủ trì', coordinating: 'phối hợp' } as const;

/** Tasks whose chips name an agency the printed text does not: click to jump there and name it. */
function AgencyChecks({ tasks, onJump }: { tasks: UnnamedAgencyTask[]; onJump(id: string): void }) {
  if (tasks.length === 0) return <p className="review-done">Mọi cơ quan được giao đều đã được nêu tên trong nội dung nhiệm vụ.</p>;
  return (
    <>
      <p className="review-hint">
        Các nhiệm vụ dưới đây có cơ quan được giao nhưng chưa nêu tên cơ quan đó trong nội dung; bản in chỉ có phần nội dung.
      </p>
      <ul className="review-list check-list" aria-label="Nhiệm vụ chưa nêu tên cơ quan được giao">
        {tasks.map((task) => (
          <li key={task.id}>
            <button type="button" className="review-jump check-jump" onClick={() => onJump(task.id)}>
              <strong>{task.label}</strong>
              <span>
                Chưa nêu tên:{' '}
                {task.agencies
                  .map((u) => `${u.agency.name} (${u.subItemId === undefined ? '' : 'ý con, '}${ROLE_LABELS[u.role]})`)
                  .join('; ')}
              </span>
              <span>{task.excerpt}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
