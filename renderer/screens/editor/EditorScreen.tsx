/**
 * The editor screen: top bar (back, save state, save, export, issue), the NoticeEditor, and the side panel
 * (meeting details, history, blocks to review, checks). Owns autosave of the open notice.
 */
import { CheckDialog, type CheckDialogProps, type CheckDialogPurpose } from './CheckDialog';
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Agency, NoticeRecord, RecipientPreset } from '../../../shared/api';
import { createAgencyMentionChecker, type UnnamedAgencyTask } from '../../../shared/checks/agency-mentions';
import { listReviewMarks, type ReviewMark } from '../../../shared/notice/review';
import type { Meeting, Notice } from '../../../shared/notice/schema';
import type { SectionTemplate } from '../../../shared/notice/section-templates';
import { useApi } from '../../app/api-context';
import { Autosave, takeUnsavedCopy, type SaveState } from '../../app/autosave';
import { errorMessage } from '../../app/errors';
import { exportNoticeDocx } from '../../app/export-docx';
import { useFeedback } from '../../app/feedback';
import { displayNumber } from '../../app/format';
import { NOTICE_STATUS_LABELS } from '../../../shared/format/labels';
import { useScreenCommands } from '../../app/menu-commands';
import { takeNoticeRequest } from '../../app/prefetch';
import { navigate } from '../../app/router';
import { NoticeEditor, type EditedNotice, type NoticeEditorHandle } from '../../editor';
import { usePdfExport } from './pdf-export';
import { SidePanel } from './SidePanel';

// The editor's props are stable while typing; memo keeps the screen's own updates (side panel, save state) from
// re-rendering the whole page on every keystroke.
const Editor = memo(NoticeEditor);

function sameMarks(a: readonly ReviewMark[], b: readonly ReviewMark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark.id === b[i]?.id && mark.label === b[i]?.label && mark.excerpt === b[i]?.excerpt);
}

function sameUnnamed(a: readonly UnnamedAgencyTask[], b: readonly UnnamedAgencyTask[]): boolean {
  const key = (task: UnnamedAgencyTask) =>
    `${task.id}|${task.label}|${task.excerpt}|${task.agencies.map((u) => `${u.role}:${u.subItemId ?? ''}:${u.agency.name}`).join(',')}`;
  return a.length === b.length && a.every((task, i) => b[i] !== undefined && key(task) === key(b[i]));
}

interface Loaded {
  record: NoticeRecord;
  /** The notice the editor is mounted with. */
  initial: EditedNotice;
  /** Bumped when the editor must be remounted with new content (restore, issue). */
  generation: number;
  autosave: Autosave;
}

/** How long after the last change the side panel's agency check runs again. */
const AGENCY_CHECK_DELAY_MS = 300;

const SAVE_STATE_LABELS: Record<SaveState, string> = {
  saved: 'Đã lưu',
  pending: 'Đang lưu…',
  saving: 'Đang lưu…',
  error: 'Chưa lưu được — sẽ thử lại',
};

export function EditorScreen({ noticeId }: { noticeId: string }) {
  const api = useApi();
  const { showError, notify, confirm } = useFeedback();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [checkDialog, setCheckDialog] = useState<CheckDialogProps | null>(null);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [recipientPresets, setRecipientPresets] = useState<RecipientPreset[]>([]);
  const [sectionTemplates, setSectionTemplates] = useState<SectionTemplate[]>([]);
  // What the screen shows of the notice, each updated only when it changes: the page around the editor must not
  // re-render on every keystroke (the notice itself lives in noticeRef and in the editor).
  const [summary, setSummary] = useState('');
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [reviewMarks, setReviewMarks] = useState<ReviewMark[]>([]);
  const [unnamedAgencyTasks, setUnnamedAgencyTasks] = useState<UnnamedAgencyTask[]>([]);
  // Per-task results are cached by block object: the editor reports unchanged blocks as the same objects, so a
  // keystroke re-checks one task. A ref, so that the directory arriving does not change the editor's onChange.
  const agencyChecker = useMemo(() => createAgencyMentionChecker(agencies), [agencies]);
  const agencyCheckerRef = useRef(agencyChecker);
  const uncheckedTimer = useRef<number | undefined>(undefined);
  /**
   * The side panel's list of tasks naming no agency, built once typing pauses and never before the notice is shown:
   * it reads every task (labels, excerpts), which on a long notice cost more than a keystroke.
   */
  const scheduleAgencyCheck = useCallback((body: Notice['body']) => {
    window.clearTimeout(uncheckedTimer.current);
    uncheckedTimer.current = window.setTimeout(() => {
      const unnamed = agencyCheckerRef.current.listTasks(body);
      setUnnamedAgencyTasks((current) => (sameUnnamed(current, unnamed) ? current : unnamed));
    }, AGENCY_CHECK_DELAY_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(uncheckedTimer.current), []);
  const [busy, setBusy] = useState(false);
  const editorRef = useRef<NoticeEditorHandle>(null);
  const noticeRef = useRef<Notice | null>(null);

  const mount = useCallback(
    (record: NoticeRecord, generation: number, initial: Notice = record.notice) => {
      const autosave = new Autosave(api, record.id, record.revisionId, showError);
      noticeRef.current = initial;
      setSummary(initial.summary);
      setMeeting(initial.meeting);
      setReviewMarks(listReviewMarks(initial));
      scheduleAgencyCheck(initial.body);
      setLoaded((previous) => {
        previous?.autosave.dispose();
        return { record, initial, generation, autosave };
      });
      return autosave;
    },
    [api, showError, scheduleAgencyCheck],
  );

  useEffect(() => {
    let cancelled = false;
    // The directory and the recipient presets are not needed to show the notice: they arrive when they arrive.
    api.listAgencies({}).then(({ agencies: list }) => {
      if (!cancelled) setAgencies(list);
    }, showError);
    api.getSettings({}).then((settings) => {
      if (!cancelled) setRecipientPresets(settings.recipientPresets);
    }, showError);
    api.listSectionTemplates({}).then(({ templates }) => {
      if (!cancelled) setSectionTemplates(templates);
    }, showError);
    takeNoticeRequest(api, noticeId).then(
      (record) => {
        if (cancelled) return;
        const unsaved = record.status === 'draft' ? takeUnsavedCopy(record.id, record.revisionId) : undefined;
        const autosave = mount(record, 0, unsaved ?? record.notice);
        // A copy left by a page closed before its last save: save it now.
        if (unsaved) autosave.change(unsaved);
      },
      (error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, noticeId, mount, showError]);

  const autosave = loaded?.autosave;
  const saveState = useSyncExternalStore(
    useCallback((listener: () => void) => autosave?.subscribe(listener) ?? (() => undefined), [autosave]),
    () => autosave?.saveState ?? 'saved',
  );

  // The last chance to save: the page is hidden (tab switch, window closed) or unloading (reload).
  useEffect(() => {
    if (!autosave) return;
    const onHide = () => autosave.flushOnHide();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
      // Leaving the screen: save what is pending.
      autosave.flushOnHide();
    };
  }, [autosave]);

  const readOnly = loaded?.record.status === 'issued';

  const applyChange = useCallback(
    (next: Notice) => {
      noticeRef.current = next;
      autosave?.change(next);
      setSummary(next.summary);
      setMeeting(next.meeting);
      const marks = listReviewMarks(next);
      setReviewMarks((current) => (sameMarks(current, marks) ? current : marks));
      scheduleAgencyCheck(next.body);
    },
    [autosave, scheduleAgencyCheck],
  );

  // The directory arrives after the notice, and changes when an agency is added: check every task again.
  useEffect(() => {
    agencyCheckerRef.current = agencyChecker;
    if (noticeRef.current) scheduleAgencyCheck(noticeRef.current.body);
  }, [agencyChecker, scheduleAgencyCheck]);

  const onEditorChange = useCallback((next: EditedNotice) => applyChange(next), [applyChange]);

  // The side panel's meeting details go through the editor: one undo history, and the blanks bound to them follow.
  const onMeetingChange = useCallback((meeting: Meeting) => editorRef.current?.setMeeting(meeting), []);

  const onAddAgency = useCallback(
    async (name: string) => {
      try {
        const agency = await api.addAgency({ name });
        setAgencies((list) => [...list, agency]);
        return agency;
      } catch (error) {
        // The chip keeps the bare name; the directory can be fixed later in Settings.
        showError(error);
        return undefined;
      }
    },
    [api, showError],
  );

  const currentNotice = useCallback((): Notice | null => {
    return editorRef.current?.getNotice() ?? noticeRef.current;
  }, []);

  const saveRevision = useCallback(async () => {
    if (!autosave || readOnly) return;
    const current = currentNotice();
    if (!current) return;
    try {
      await autosave.flush('manual', current);
      notify('Đã lưu một phiên bản.', 'success');
    } catch {
      // Autosave already reported the error and keeps the changes for a retry.
    }
  }, [autosave, readOnly, currentNotice, notify]);

  /** Before an export: copied blocks not yet reviewed are pointed out, and the user may go back to them. */
  const confirmUnreviewed = useCallback(
    async (format: string): Promise<boolean> => {
      const current = currentNotice();
      const toReview = current ? listReviewMarks(current).length : 0;
      if (toReview === 0) return true;
      return confirm({
        title: 'Còn mục cần rà soát',
        message: `Còn ${toReview} mục chép từ thông báo trước chưa được rà soát. Vẫn xuất ${format}?`,
        confirmLabel: 'Vẫn xuất',
        cancelLabel: 'Quay lại rà soát',
      });
    },
    [currentNotice, confirm],
  );

  /** The checks on the saved notice; when anything remains, the dialog asks (and, for errors, why). */
  const reviewChecks = useCallback(
    async (purpose: CheckDialogPurpose): Promise<{ go: boolean; reason?: string }> => {
      if (!loaded) return { go: false };
      const { findings, errors } = await api.checkNotice({ id: loaded.record.id });
      // Export stops only for errors; "Ban hành" shows warnings too, in place of its confirmation.
      if (findings.length === 0 || (purpose === 'export' && errors === 0)) return { go: true };
      return new Promise((resolve) => {
        setCheckDialog({
          purpose,
          findings,
          onConfirm: (reason) => {
            setCheckDialog(null);
            resolve(reason === undefined ? { go: true } : { go: true, reason });
          },
          onCancel: () => {
            setCheckDialog(null);
            resolve({ go: false });
          },
        });
      });
    },
    [loaded, api],
  );

  const exportDocx = useCallback(async () => {
    if (!loaded || busy) return;
    if (!(await confirmUnreviewed('tệp .docx'))) return;
    setBusy(true);
    try {
      if (!readOnly) await loaded.autosave.flush();
      const done = await exportNoticeDocx(api, loaded.record.id);
      if (done) notify(done, 'success');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [loaded, busy, readOnly, confirmUnreviewed, reviewChecks, api, notify, showError]);

  const pdf = usePdfExport(notify);
  const exportPdf = useCallback(async () => {
    if (!loaded || busy) return;
    if (!(await confirmUnreviewed('PDF'))) return;
    setBusy(true);
    try {
      if (!readOnly) await loaded.autosave.flush();
      await pdf.run(loaded.record.id);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [loaded, busy, readOnly, confirmUnreviewed, reviewChecks, pdf, showError]);

  const issue = useCallback(async () => {
    if (!loaded || busy || readOnly) return;
    setBusy(true);
    try {
      await loaded.autosave.flush();
      const { findings } = await api.checkNotice({ id: loaded.record.id });
      let reason: string | undefined;
      if (findings.length > 0) {
        const answer = await reviewChecks('issue');
        if (!answer.go) return;
        reason = answer.reason;
      } else {
        const ok = await confirm({
          title: 'Ban hành thông báo?',
          message: 'Thông báo sẽ được cấp số tiếp theo trong sổ văn bản đi và không sửa được nữa.',
          confirmLabel: 'Ban hành',
        });
        if (!ok) return;
      }
      const record = await api.issueNotice({ id: loaded.record.id, ...(reason ? { acceptance: { reason } } : {}) });
      mount(record, loaded.generation + 1);
      notify(`Đã ban hành: số ${displayNumber(record)}.`, 'success');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [loaded, busy, readOnly, confirm, api, mount, notify, showError, reviewChecks]);

  const restoreRevision = useCallback(
    async (revisionId: number) => {
      if (!loaded) return;
      const ok = await confirm({
        title: 'Khôi phục phiên bản này?',
        message: 'Nội dung hiện tại vẫn còn trong lịch sử; thông báo sẽ trở lại như ở phiên bản đã chọn.',
        confirmLabel: 'Khôi phục',
      });
      if (!ok) return;
      try {
        await loaded.autosave.flush();
        const record = await api.restoreRevision({ id: loaded.record.id, revisionId });
        mount(record, loaded.generation + 1);
        notify('Đã khôi phục phiên bản.', 'success');
      } catch (error) {
        showError(error);
      }
    },
    [loaded, confirm, api, mount, notify, showError],
  );

  // The desktop menu's "Lưu" and "Xuất .docx…".
  useScreenCommands({ save: saveRevision, export: exportDocx, 'export-pdf': exportPdf });

  // Ctrl+S saves a revision, Ctrl+E exports the .docx, Ctrl+Shift+E the PDF (the browser's own meanings are not
  // wanted here).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        void saveRevision();
      } else if (key === 'e') {
        event.preventDefault();
        void (event.shiftKey ? exportPdf() : exportDocx());
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [saveRevision, exportDocx, exportPdf]);

  const back = async () => {
    try {
      await autosave?.flush();
    } catch {
      // Reported by autosave; the unsaved copy is kept locally by flushOnHide on unmount.
    }
    navigate({ screen: 'library', trash: false });
  };

  if (loadError) {
    return (
      <main className="screen editor-error">
        <h1>Không mở được thông báo</h1>
        <p role="alert">{loadError}</p>
        <a href="#/">Về thư viện</a>
      </main>
    );
  }
  if (!loaded || !meeting) {
    return (
      <main className="screen">
        <p role="status">Đang mở thông báo…</p>
      </main>
    );
  }

  const { record } = loaded;

  return (
    <div className="editor-screen">
      {checkDialog ? <CheckDialog {...checkDialog} /> : null}
      <header className="topbar">
        <button type="button" className="button-link" onClick={() => void back()}>
          ← Thư viện
        </button>
        <div className="topbar-title">
          <span className="topbar-summary">{summary || 'Thông báo chưa có trích yếu'}</span>
          <span className={`badge badge-${record.status}`}>
            {NOTICE_STATUS_LABELS[record.status]}
            {record.status === 'issued' ? ` · số ${displayNumber(record)}` : ''}
          </span>
        </div>
        <span className={`save-state save-${saveState}`} role="status" aria-live="polite" data-save-state={saveState}>
          {readOnly ? 'Chỉ xem' : SAVE_STATE_LABELS[saveState]}
        </span>
        {pdf.progress && (
          <span className="save-state" role="status" aria-live="polite" data-pdf-progress="">
            {pdf.progress}
          </span>
        )}
        <div className="topbar-actions">
          <button type="button" onClick={() => void saveRevision()} disabled={readOnly} title="Lưu một phiên bản (Ctrl+S)">
            Lưu
          </button>
          <button type="button" onClick={() => void exportDocx()} disabled={busy} title="Xuất tệp Word (Ctrl+E)">
            Xuất .docx
          </button>
          <button type="button" onClick={() => void exportPdf()} disabled={busy} title="Xuất PDF để ký số (Ctrl+Shift+E)">
            Xuất PDF
          </button>
          <button type="button" className="button-primary" onClick={() => void issue()} disabled={busy || readOnly}>
            Ban hành
          </button>
        </div>
      </header>
      <div className="editor-layout">
        <main className="editor-main" aria-label="Nội dung thông báo">
          <Editor
            key={`${record.id}:${loaded.generation}`}
            ref={editorRef}
            notice={loaded.initial}
            agencies={agencies}
            readOnly={readOnly}
            onChange={onEditorChange}
            onAddAgency={onAddAgency}
            recipientPresets={recipientPresets}
            sectionTemplates={sectionTemplates}
          />
        </main>
        <SidePanel
          noticeId={record.id}
          contentVersion={loaded.generation}
          meeting={meeting}
          readOnly={readOnly}
          reviewMarks={reviewMarks}
          unnamedAgencyTasks={unnamedAgencyTasks}
          saveState={saveState}
          onMeetingChange={onMeetingChange}
          onJump={(id) => editorRef.current?.focusBlock(id)}
          onConfirmReview={(id) => editorRef.current?.confirmReview(id)}
          onRestore={(revisionId) => void restoreRevision(revisionId)}
        />
      </div>
    </div>
  );
}
