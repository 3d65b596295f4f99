/**
 * The editor screen: top bar (back, save state, save, export, issue), the NoticeEditor, and the side panel
 * (meeting details, history, blocks to review, checks). Owns autosave of the open notice.
 */
import { chooseSuccessor, type SuccessorCandidate } from '../../../shared/notice/successor-choice';
import { SuccessorDialog } from './SuccessorDialog';
import { CheckDialog, type CheckDialogProps, type CheckDialogPurpose } from './CheckDialog';
import { CheckList } from './CheckList';
import { DueCountdown } from './DueCountdown';
import { useLiveChecks, type LiveFinding } from './live-checks';
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Agency, IssuerForm, NoticeRecord, RecipientPreset } from '../../../shared/api';
import { createAgencyMentionChecker, type UnnamedAgencyTask } from '../../../shared/checks/agency-mentions';
import { listReviewMarks, type ReviewMark } from '../../../shared/notice/review';
import type { Block, Meeting, Notice } from '../../../shared/notice/schema';
import type { SectionTemplate } from '../../../shared/notice/section-templates';
import { useApi } from '../../app/api-context';
import { Autosave, discardUnsavedCopy, readUnsavedCopy, type SaveConflict, type SaveState } from '../../app/autosave';
import { errorMessage } from '../../app/errors';
import { exportNoticeDocx } from '../../app/export-docx';
import { useFeedback } from '../../app/feedback';
import { displayNumber } from '../../app/format';
import { NOTICE_STATUS_LABELS } from '../../../shared/format/labels';
import { useScreenCommands } from '../../app/menu-commands';
import { takeNoticeRequest } from '../../app/prefetch';
import { useNoticeLock } from '../../app/notice-lock';
import { navigate } from '../../app/router';
import { NoticeEditor, type EditedNotice, type NoticeEditorHandle } from '../../editor';
import { whenIdle } from '../../editor/idle';
import { ConflictDialog } from './ConflictDialog';
import { usePdfExport } from './pdf-export';
import { ReviewCopyDialog } from './ReviewCopyDialog';
import { SaveSectionDialog } from './SaveSectionDialog';
import { SidePanel, type Tab } from './SidePanel';

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
  conflict: 'Đã được sửa ở nơi khác',
};

export function EditorScreen({ noticeId }: { noticeId: string }) {
  const api = useApi();
  const { showError, notify, confirm } = useFeedback();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [checkDialog, setCheckDialog] = useState<CheckDialogProps | null>(null);
  // Open for editing in one tab or window only; elsewhere it is shown read-only until that one closes.
  const lock = useNoticeLock(noticeId);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const loads = useRef(0);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [recipientPresets, setRecipientPresets] = useState<RecipientPreset[]>([]);
  const [issuerForms, setIssuerForms] = useState<IssuerForm[]>([]);
  const [sectionTemplates, setSectionTemplates] = useState<SectionTemplate[]>([]);
  const [sectionToSave, setSectionToSave] = useState<Block[] | null>(null);
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
  const cancelIdleAgencyCheck = useRef<() => void>(undefined);
  /**
   * The side panel's list of tasks naming no agency, built once typing pauses and never before the notice is shown
   * (the browser idle after drawing): it reads every task (labels, excerpts), which on a long notice cost more than a
   * keystroke.
   */
  const scheduleAgencyCheck = useCallback((body: Notice['body']) => {
    window.clearTimeout(uncheckedTimer.current);
    cancelIdleAgencyCheck.current?.();
    uncheckedTimer.current = window.setTimeout(() => {
      cancelIdleAgencyCheck.current = whenIdle(() => {
        const unnamed = agencyCheckerRef.current.listTasks(body);
        setUnnamedAgencyTasks((current) => (sameUnnamed(current, unnamed) ? current : unnamed));
      });
    }, AGENCY_CHECK_DELAY_MS);
  }, []);
  useEffect(
    () => () => {
      window.clearTimeout(uncheckedTimer.current);
      cancelIdleAgencyCheck.current?.();
    },
    [],
  );
  const [busy, setBusy] = useState(false);
  const [reviewCopyOpen, setReviewCopyOpen] = useState(false);
  const [historyVersion, setHistoryVersion] = useState(0);
  const editorRef = useRef<NoticeEditorHandle>(null);
  const noticeRef = useRef<Notice | null>(null);
  const [checksFocusRequest, setChecksFocusRequest] = useState<object | undefined>(undefined);
  const [tabRequest, setTabRequest] = useState<{ tab: Tab } | undefined>(undefined);
  const liveChecks = useLiveChecks({
    agencies,
    readNotice: () => noticeRef.current,
    showMarks: (marks) => editorRef.current?.showFindings(marks),
    enabled: loaded !== null,
  });
  const scheduleChecks = liveChecks.schedule;
  // The side panel's own agency list (instant, per task) shows the engine's "agencies.unnamed" findings.
  const listedFindings = useMemo(() => liveChecks.findings.filter((f) => f.ruleId !== 'agencies.unnamed'), [liveChecks.findings]);

  const mount = useCallback(
    (record: NoticeRecord, generation: number, initial: Notice = record.notice) => {
      const autosave = new Autosave(api, record.id, record.revisionId, showError, setConflict);
      setConflict(null);
      noticeRef.current = initial;
      setSummary(initial.summary);
      setMeeting(initial.meeting);
      setReviewMarks(listReviewMarks(initial));
      scheduleAgencyCheck(initial.body);
      scheduleChecks();
      setLoaded((previous) => {
        previous?.autosave.dispose();
        return { record, initial, generation, autosave };
      });
      return autosave;
    },
    [api, showError, scheduleAgencyCheck, scheduleChecks],
  );

  useEffect(() => {
    if (lock === 'pending') return;
    let cancelled = false;
    // Loaded again when this tab becomes the editor: the other one may have changed the notice.
    const generation = loads.current++;
    // The directory and the recipient presets are not needed to show the notice: they arrive when they arrive.
    api.listAgencies({}).then(({ agencies: list }) => {
      if (!cancelled) setAgencies(list);
    }, showError);
    api.getSettings({}).then((settings) => {
      if (cancelled) return;
      setRecipientPresets(settings.recipientPresets);
      setIssuerForms(settings.issuerForms);
    }, showError);
    api.listSectionTemplates({}).then(({ templates }) => {
      if (!cancelled) setSectionTemplates(templates);
    }, showError);
    takeNoticeRequest(api, noticeId).then(
      async (record) => {
        if (cancelled) return;
        const unsaved = record.status === 'draft' && lock === 'held' ? await readUnsavedCopy(record.id, record.revisionId) : undefined;
        if (cancelled) return;
        const autosave = mount(record, generation, unsaved ?? record.notice);
        // A copy left by a page closed before its last save: save it now (until then the page keeps its own copy).
        if (unsaved) {
          autosave.change(unsaved);
          discardUnsavedCopy(record.id);
        }
      },
      (error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, noticeId, mount, showError, lock]);

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

  const openElsewhere = lock !== 'held';
  const readOnly = loaded?.record.status === 'issued' || openElsewhere;

  const applyChange = useCallback(
    (next: Notice) => {
      noticeRef.current = next;
      autosave?.change(next);
      setSummary(next.summary);
      setMeeting(next.meeting);
      const marks = listReviewMarks(next);
      setReviewMarks((current) => (sameMarks(current, marks) ? current : marks));
      scheduleAgencyCheck(next.body);
      scheduleChecks();
    },
    [autosave, scheduleAgencyCheck, scheduleChecks],
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

  /** "Quay lại rà soát": the Kiểm tra list at its first finding, or the blocks still to review. */
  const backToReview = useCallback((toChecks: boolean) => {
    setTabRequest({ tab: toChecks ? 'checks' : 'review' });
    if (toChecks) setChecksFocusRequest({});
  }, []);

  /**
   * Before an export, on the saved notice: what the checks find and the copied blocks not yet reviewed, in one
   * dialog ("Vẫn xuất" or "Quay lại rà soát"); nothing found, the export goes on without asking.
   */
  const reviewBeforeExport = useCallback(async (): Promise<boolean> => {
    if (!loaded) return false;
    const current = currentNotice();
    const toReview = current ? listReviewMarks(current).length : 0;
    const { findings } = await api.checkNotice({ id: loaded.record.id });
    if (findings.length === 0 && toReview === 0) return true;
    return new Promise((resolve) => {
      setCheckDialog({
        purpose: 'export',
        findings,
        toReview,
        onConfirm: () => {
          setCheckDialog(null);
          resolve(true);
        },
        onCancel: () => {
          setCheckDialog(null);
          resolve(false);
        },
        onBack: () => {
          setCheckDialog(null);
          resolve(false);
          backToReview(findings.length > 0);
        },
      });
    });
  }, [loaded, currentNotice, api, backToReview]);

  /** Before "Ban hành": the checks on the saved notice; errors need a reason for each, kept in the history. */
  const reviewChecks = useCallback(
    async (purpose: CheckDialogPurpose): Promise<{ go: boolean; reason?: string }> => {
      if (!loaded) return { go: false };
      const { findings } = await api.checkNotice({ id: loaded.record.id });
      if (findings.length === 0) return { go: true };
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
          onBack: () => {
            setCheckDialog(null);
            resolve({ go: false });
            backToReview(true);
          },
        });
      });
    },
    [loaded, api, backToReview],
  );

  const exportDocx = useCallback(async () => {
    if (!loaded || busy) return;
    setBusy(true);
    try {
      if (!readOnly) await loaded.autosave.flush();
      if (!(await reviewBeforeExport())) return;
      const done = await exportNoticeDocx(api, loaded.record.id);
      if (done) notify(done, 'success');
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [loaded, busy, readOnly, reviewBeforeExport, api, notify, showError]);

  const pdf = usePdfExport(notify);
  const exportPdf = useCallback(async () => {
    if (!loaded || busy) return;
    setBusy(true);
    try {
      if (!readOnly) await loaded.autosave.flush();
      if (!(await reviewBeforeExport())) return;
      await pdf.run(loaded.record.id);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [loaded, busy, readOnly, reviewBeforeExport, pdf, showError]);

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

  // A split agency's successor chosen in the dialog: saved as a version, then the editor shows it.
  const chooseAgencySuccessor = useCallback(
    async (endedName: string, chosen: SuccessorCandidate | undefined) => {
      const current = noticeRef.current;
      if (!loaded || !current) return;
      try {
        // Saved as a version through the autosave, which names its base revision (a stale base is kept apart).
        await loaded.autosave.flush('manual', chooseSuccessor(current, endedName, chosen, agencies));
        mount(await api.getNotice({ id: loaded.record.id }), loaded.generation + 1);
      } catch (error) {
        showError(error);
      }
    },
    [loaded, api, agencies, mount, showError],
  );

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

  // After a conflict: this window's text saved on top of the other writer's, or the other writer's text opened here.
  const keepMine = useCallback(async () => {
    const current = currentNotice();
    if (!loaded || !current) return;
    setConflict(null);
    try {
      await loaded.autosave.keepMine(current);
      notify('Đã lưu bản của bạn. Bản lưu ở nơi khác vẫn còn trong lịch sử.', 'success');
    } catch {
      // Reported by autosave, which keeps the text and retries on the current revision.
    }
  }, [loaded, currentNotice, notify]);

  const takeTheirs = useCallback(async () => {
    if (!loaded) return;
    try {
      mount(await api.getNotice({ id: loaded.record.id }), loaded.generation + 1);
      notify('Đã mở bản lưu ở nơi khác. Bản của bạn vẫn còn trong lịch sử.', 'success');
    } catch (error) {
      showError(error);
    }
  }, [loaded, api, mount, notify, showError]);

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

  const goToFinding = (finding: LiveFinding) => {
    if (editorRef.current?.goToFinding(finding.location)) return;
    // Not text of the page (a deadline, the meeting's details …): its block, or the meeting tab.
    if (finding.location.blockId) editorRef.current?.focusBlock(finding.location.subItemId ?? finding.location.blockId);
    else if (finding.location.path.startsWith('meeting')) setTabRequest({ tab: 'meeting' });
  };

  const fixFinding = (finding: LiveFinding, replacement: string) => {
    if (!editorRef.current?.fixFinding(finding.location, finding.text, replacement)) {
      notify('Nội dung ở chỗ này đã thay đổi; kiểm tra lại sau khi dừng gõ.', 'info');
    }
  };

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
      {sectionToSave ? (
        <SaveSectionDialog
          blocks={sectionToSave}
          onClose={() => setSectionToSave(null)}
          onSaved={(saved) => {
            setSectionToSave(null);
            setSectionTemplates((list) => [...list, saved]);
          }}
        />
      ) : null}
      {conflict ? (
        <ConflictDialog noticeId={record.id} conflict={conflict} onKeepMine={() => void keepMine()} onTakeTheirs={() => void takeTheirs()} />
      ) : null}
      {reviewCopyOpen && (
        <ReviewCopyDialog
          noticeId={record.id}
          beforeExport={() => loaded.autosave.flush()}
          onDone={(message) => {
            setReviewCopyOpen(false);
            if (!message) return;
            setHistoryVersion((value) => value + 1);
            notify(message, 'success');
          }}
        />
      )}
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
        {meeting.date && !readOnly ? <DueCountdown meetingDate={meeting.date} /> : null}
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
          {!readOnly && (
            <button type="button" onClick={() => setReviewCopyOpen(true)} disabled={busy} title="Bản có dấu DỰ THẢO để xin ý kiến lãnh đạo">
              Xuất bản dự thảo
            </button>
          )}
          <button type="button" className="button-primary" onClick={() => void issue()} disabled={busy || readOnly}>
            Ban hành
          </button>
        </div>
      </header>
      {openElsewhere ? (
        <p className="open-elsewhere" role="status" data-open-elsewhere="">
          Thông báo này đang được mở để sửa ở một thẻ hoặc cửa sổ khác, nên ở đây chỉ xem được (để hai nơi không ghi đè
          lên nhau). Khi nơi kia đóng thông báo, bạn sẽ sửa được ở đây.
        </p>
      ) : null}
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
            issuerForms={issuerForms}
            sectionTemplates={sectionTemplates}
            onSaveSection={readOnly ? undefined : setSectionToSave}
          />
        </main>
        {readOnly ? null : (
          <SuccessorDialog
            key={loaded.generation}
            notice={loaded.initial}
            agencies={agencies}
            onChoose={(endedName, chosen) => void chooseAgencySuccessor(endedName, chosen)}
          />
        )}
        <SidePanel
          noticeId={record.id}
          contentVersion={loaded.generation}
          meeting={meeting}
          readOnly={readOnly}
          reviewMarks={reviewMarks}
          unnamedAgencyTasks={unnamedAgencyTasks}
          saveState={saveState}
          checks={
            <CheckList
              focusRequest={checksFocusRequest}
              findings={listedFindings}
              readOnly={readOnly}
              onGo={goToFinding}
              onFix={fixFinding}
              onIgnore={liveChecks.ignore}
              onAddWord={(word) => void liveChecks.addToDictionary(word)}
            />
          }
          checksCount={listedFindings.length}
          tabRequest={tabRequest}
          onMeetingChange={onMeetingChange}
          onJump={(id) => editorRef.current?.focusBlock(id)}
          onConfirmReview={(id) => editorRef.current?.confirmReview(id)}
          onConfirmAllReviews={() => editorRef.current?.confirmAllReviews()}
          onRestore={(revisionId) => void restoreRevision(revisionId)}
          historyVersion={historyVersion}
          {...(readOnly ? {} : { onCopyBlock: (block: Block, anchorIds: string[]) => editorRef.current?.insertBlockCopy(block, anchorIds) })}
        />
      </div>
    </div>
  );
}
