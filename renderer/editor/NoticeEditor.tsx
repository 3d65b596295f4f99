/**
 * The document editor: the notice as an A4 page laid out like the printed notice. Header and end fields are plain
 * inputs; the body is one Lexical editor with the notice nodes. Every change is reported with the whole notice (the
 * body is re-read incrementally: only the blocks an edit touched are converted again). The meeting details are
 * shown and typed in the screen's side panel but kept here, through `setMeeting`, so that they share the notice's
 * one undo history and fill the template's blanks in the same step.
 */
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { createEmptyHistoryState, type HistoryState } from '@lexical/history';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, HISTORIC_TAG, HISTORY_PUSH_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import {
  forwardRef,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { Agency, IssuerForm, RecipientPreset } from '../../shared/api';
import { localTodayIso } from '../../shared/format/dates';
import { blanksAfterSummaryEdit, fillSummary } from '../../shared/notice/blank-fields';
import type { Block, Meeting, Notice } from '../../shared/notice/schema';
import type { SectionTemplate } from '../../shared/notice/section-templates';
import { IssuerFormPicker } from './ui/IssuerFormPicker';
import { registerCaretGuard } from './caret-guard';
import { registerFootnoteCommands } from './commands/footnotes';
import { registerNoticeEditing } from './commands/keys';
import { $confirmReview, registerReviewClearing } from './commands/review';
import { $confirmAllReviews } from './commands/review-keys';
import { registerSectionInsert } from './commands/sections';
import { registerTripleClickSelection } from './commands/triple-click';
import { clearFindingMarks, fixBodyFinding, pageFieldOf, selectBodyFinding, showFindingMarks, type FindingMark, type FindingPlace } from './findings';
import { $blockToNode, $loadBody, $readBody, IncrementalBodyReader } from './mapping';
import { newBlockId } from './nodes/block-id';
import { $isSubItemNode } from './nodes/sub-item-node';
import { registerMetaEventIsolation } from './meta-event-isolation';
import { $isLineNode, type LineNode } from './nodes/line-node';
import { NOTICE_NODES } from './nodes/registry';
import { $isSchemeNode } from './nodes/scheme-node';
import { $isTaskNode } from './nodes/task-node';
import { $findNodeById, $firstEditable } from './nodes/tree-queries';
import { createFieldWriter, $readNoticeFields, registerUndoRouting, $writeNoticeFields } from './notice-history';
import { registerNoticePaste } from './paste';
import { AgencyMentionWarnings } from './ui/AgencyMentionWarnings';
import { FindReplace } from './ui/FindReplace';
import { ReviewShortcut } from './ui/ReviewShortcut';
import { FootnoteList } from './ui/FootnoteList';
import { MetaPortals, type MetaContext } from './ui/MetaPortals';
import { FooterFields, HeaderFields, type NoticeFields } from './ui/PageFields';
import { Toolbar } from './ui/Toolbar';
import { counterStyleCss } from './counter-style';
import './editor.css';

/** What the editor edits: the whole notice, its meeting details included. */
export type EditedNotice = Notice;

export interface NoticeEditorProps {
  /** Initial state (re-mount with key= to load another notice). */
  notice: EditedNotice;
  /** Directory for the agency chips' autocomplete. */
  agencies: Agency[];
  /** Issued notices are shown, not edited. */
  readOnly?: boolean;
  /** Every edit, with the whole updated notice (debouncing is the caller's job). */
  onChange(notice: EditedNotice): void;
  /** Accept a new agency name typed into a chip; return the directory entry, or undefined to keep the bare name. */
  onAddAgency?(name: string): Promise<Agency | undefined>;
  /** Optional recipient presets offered under "Nơi nhận". */
  recipientPresets?: RecipientPreset[];
  /** The issuer forms of Settings, offered above the page (Office / Committee and their signers). */
  issuerForms?: IssuerForm[];
  /** The user's own section templates, offered after the built-in ones in "Chèn phần mẫu". */
  sectionTemplates?: readonly SectionTemplate[];
  /** "Lưu phần này làm mẫu": the blocks of the section to save as the user's section template. */
  onSaveSection?(blocks: Block[]): void;
}

export interface NoticeEditorHandle {
  /** Scrolls to a block (or 'summary' / '#summary' for the trích yếu) and puts the caret in it. */
  focusBlock(id: string): void;
  /** Clears a block's (or the trích yếu's) "to review" mark. */
  confirmReview(id: string): void;
  /** Clears every "to review" mark in one undoable step; returns how many there were. */
  confirmAllReviews(): number;
  /** The current notice, read in full. */
  getNotice(): EditedNotice;
  /**
   * Puts a copy of `block` (from an older version) into the body, with fresh ids, after the first of `anchorIds`
   * still present (else at the end): one editor step, so Ctrl+Z takes it out again.
   */
  insertBlockCopy(block: Block, anchorIds: readonly string[]): void;
  /** Underlines the checks' findings in the body (replacing the previous ones). */
  showFindings(marks: readonly FindingMark[]): void;
  /** Selects a finding's characters (body or page field) and focuses there; false when it is not in the editor. */
  goToFinding(place: FindingPlace): boolean;
  /** Replaces a finding's characters, if they still read `expected`, as one undoable edit; true when done. */
  fixFinding(place: FindingPlace, expected: string, replacement: string): boolean;
  /** New meeting details from the side panel: an undoable edit that also fills the blanks bound to them. */
  setMeeting(meeting: Meeting): void;
}

const SUMMARY_IDS = new Set(['summary', '#summary']);

const THEME = {
  text: { bold: 'nb-bold', italic: 'nb-italic', underline: 'nb-underline', highlight: 'nb-changed' },
};

function fieldsOf(notice: EditedNotice): NoticeFields {
  const { body: _body, ...fields } = notice;
  return fields;
}

/** Drops keys set to undefined, so an emitted Notice has no `summaryToReview: undefined` and the like. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function NoticeBehaviour(props: { editorRef: RefObject<LexicalEditor | null>; history: HistoryState; onRefused(message: string): void }) {
  const { editorRef, history, onRefused } = props;
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editorRef.current = editor;
    // The loaded notice is the first state undo returns to: without it, a first edit made in a page field (which
    // changes nothing else before) could not be undone.
    if (history.current === null) history.current = { editor, editorState: editor.getEditorState() };
    return mergeRegister(
      registerMetaEventIsolation(editor),
      registerNoticeEditing(editor),
      registerReviewClearing(editor),
      registerNoticePaste(editor, onRefused),
      registerCaretGuard(editor),
      registerUndoRouting(editor),
      registerTripleClickSelection(editor),
      registerFootnoteCommands(editor),
      registerSectionInsert(editor),
    );
  }, [editor, editorRef, history, onRefused]);
  return null;
}

/** Reports the body after every content change (not selection moves); waits while an input method composes. */
function BodyChanges({ onBody }: { onBody(body: Block[]): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const reader = new IncrementalBodyReader();
    reader.read(editor.getEditorState(), null);
    let pending = new Set<NodeKey>();
    let full = false;
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(HISTORIC_TAG)) full = true;
      else if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      for (const key of dirtyElements.keys()) pending.add(key);
      for (const key of dirtyLeaves) pending.add(key);
      if (editor.isComposing()) return;
      const body = reader.read(editorState, full ? null : pending);
      pending = new Set();
      full = false;
      onBody(body);
    });
  }, [editor, onBody]);
  return null;
}

/**
 * The page fields are NodeState of the root (see notice-history.ts): every change of them, typed or undone, comes
 * back through here; `writerRef` gets the writer the fields' inputs use.
 */
function FieldChanges({ onFields, writerRef }: { onFields(fields: NoticeFields): void; writerRef: RefObject<((fields: NoticeFields) => void) | null> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const writer = createFieldWriter(editor);
    writerRef.current = (fields) => writer.write(fields, document.activeElement);
    let shown = editor.getEditorState().read($readNoticeFields);
    const stop = editor.registerUpdateListener(({ editorState }) => {
      const fields = editorState.read($readNoticeFields);
      if (fields === shown || fields === null) return;
      shown = fields;
      onFields(fields);
    });
    return () => {
      stop();
      writer.dispose();
      writerRef.current = null;
    };
  }, [editor, onFields, writerRef]);
  return null;
}

/** Keeps class nb-empty on empty task/scheme lines (placeholders, collapsing an empty title) — only lines an update touched. */
function EmptyLines() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const mark = (line: LineNode) => editor.getElementByKey(line.getKey())?.classList.toggle('nb-empty', line.getTextContentSize() === 0);
    editor.getEditorState().read(() => {
      for (const block of $getRoot().getChildren()) {
        if ($isTaskNode(block) || $isSchemeNode(block)) block.getChildren().filter((c) => $isLineNode(c)).forEach(mark);
      }
    });
    return editor.registerUpdateListener(({ editorState, dirtyElements }) => {
      editorState.read(() => {
        for (const key of dirtyElements.keys()) {
          const node = $getNodeByKey(key);
          if ($isLineNode(node)) mark(node);
        }
      });
    });
  }, [editor]);
  return null;
}

function Editable({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly]);
  return null;
}

export const NoticeEditor = forwardRef<NoticeEditorHandle, NoticeEditorProps>(function NoticeEditor(props, ref) {
  const { notice, agencies, readOnly = false, onChange, onAddAgency, recipientPresets, issuerForms, sectionTemplates, onSaveSection } = props;
  const [fields, setFields] = useState<NoticeFields>(() => fieldsOf(notice));
  const fieldsRef = useRef(fields);
  const bodyRef = useRef<Block[]>(notice.body);
  const onChangeRef = useRef(onChange);
  const editorRef = useRef<LexicalEditor | null>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const pageRef = useRef<HTMLElement>(null);
  const [message, setMessage] = useState('');
  const [history] = useState(createEmptyHistoryState);

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const emit = useCallback(() => onChangeRef.current({ ...fieldsRef.current, body: bodyRef.current }), []);
  const writeFieldsRef = useRef<((fields: NoticeFields) => void) | null>(null);
  const onFields = useCallback(
    (next: NoticeFields) => {
      fieldsRef.current = next;
      setFields(next);
      emit();
    },
    [emit],
  );
  const patchFields = useCallback(
    (patch: Partial<NoticeFields>) => {
      const current = fieldsRef.current;
      const blanks = current.summaryBlanks ?? [];
      if (blanks.length > 0 && patch.summary !== undefined && patch.summaryBlanks === undefined) {
        // Typed in the trích yếu: the blanks the typing touched become plain text.
        patch = { ...patch, summaryBlanks: blanksAfterSummaryEdit(current.summary, patch.summary, blanks) };
      } else if (blanks.length > 0 && patch.meeting !== undefined && patch.summary === undefined) {
        patch = { ...patch, ...fillSummary(current.summary, blanks, patch.meeting) };
      }
      const next = compact({ ...current, ...patch });
      if (writeFieldsRef.current) writeFieldsRef.current(next);
      else onFields(next);
    },
    [onFields],
  );
  const onBody = useCallback(
    (body: Block[]) => {
      bodyRef.current = body;
      setMessage('');
      emit();
    },
    [emit],
  );

  // The body is loaded once, when the editor is created; a new notice comes with a new key.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'thong-bao',
    nodes: [...NOTICE_NODES],
    editable: !readOnly,
    theme: THEME,
    onError: (error: Error) => {
      console.error(error);
    },
    editorState: () => {
      $loadBody(notice.body);
      $writeNoticeFields(fieldsOf(notice));
    },
  }));

  const focusBlock = useCallback((id: string) => {
    if (SUMMARY_IDS.has(id)) {
      summaryRef.current?.scrollIntoView({ block: 'center' });
      summaryRef.current?.focus();
      return;
    }
    const editor = editorRef.current;
    if (editor === null) return;
    let key: NodeKey | null = null;
    editor.update(
      () => {
        const node = $findNodeById(id);
        if (node === null) return;
        key = node.getKey();
        $firstEditable(node).selectStart();
      },
      {
        onUpdate: () => {
          if (key === null) return;
          editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
          editor.focus();
        },
      },
    );
  }, []);

  // The agencies to offer first are those of the notice's own date: an old notice keeps its old directory.
  const agencyDate = fields.date ?? fields.meeting.date ?? localTodayIso();
  const metaContext = useMemo<MetaContext>(() => ({ agencies, agencyDate, readOnly, onAddAgency }), [agencies, agencyDate, readOnly, onAddAgency]);

  useImperativeHandle(
    ref,
    () => ({
      focusBlock,
      confirmReview(id: string) {
        if (SUMMARY_IDS.has(id)) {
          if (fieldsRef.current.summaryToReview) patchFields({ summaryToReview: undefined });
          return;
        }
        editorRef.current?.update(() => {
          $confirmReview(id);
        });
      },
      insertBlockCopy(block: Block, anchorIds: readonly string[]) {
        const editor = editorRef.current;
        if (editor === null) return;
        const copy: Block =
          block.type === 'task'
            ? { ...block, id: newBlockId(), subItems: block.subItems.map((sub) => ({ ...sub, id: newBlockId() })) }
            : { ...block, id: newBlockId() };
        editor.update(() => {
          const node = $blockToNode(copy);
          const anchor = anchorIds.map((id) => $findNodeById(id)).find((found) => found !== null && !$isSubItemNode(found));
          if (anchor) anchor.insertAfter(node);
          else $getRoot().append(node);
          $firstEditable(node).selectStart();
        });
      },
      confirmAllReviews(): number {
        let count = 0;
        editorRef.current?.update(
          () => {
            count = $confirmAllReviews();
          },
          { discrete: true, tag: HISTORY_PUSH_TAG },
        );
        return count;
      },
      getNotice(): EditedNotice {
        const editor = editorRef.current;
        const body = editor === null ? bodyRef.current : editor.getEditorState().read($readBody);
        return { ...fieldsRef.current, body };
      },
      showFindings(marks: readonly FindingMark[]) {
        if (editorRef.current) showFindingMarks(editorRef.current, marks);
      },
      goToFinding(place: FindingPlace): boolean {
        const field = pageFieldOf(place.path);
        if (field) {
          const input = pageRef.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[aria-label="${field.label}"]`);
          if (!input) return false;
          input.scrollIntoView({ block: 'center' });
          input.focus();
          input.setSelectionRange(place.offset, place.offset + place.length);
          return true;
        }
        const editor = editorRef.current;
        if (editor === null) return false;
        return selectBodyFinding(editor, place, (element) => {
          element?.scrollIntoView({ block: 'center' });
          editor.focus();
        });
      },
      fixFinding(place: FindingPlace, expected: string, replacement: string): boolean {
        const field = pageFieldOf(place.path);
        if (field) {
          const text = field.read(fieldsRef.current);
          if (text.normalize('NFC').slice(place.offset, place.offset + place.length) !== expected) return false;
          const fixed = text.normalize('NFC');
          patchFields(field.write(fieldsRef.current, fixed.slice(0, place.offset) + replacement + fixed.slice(place.offset + place.length)));
          return true;
        }
        return editorRef.current !== null && fixBodyFinding(editorRef.current, place, expected, replacement);
      },
      setMeeting(meeting: Meeting) {
        patchFields({ meeting });
      },
    }),
    [patchFields, focusBlock],
  );

  // The underlines belong to this editor's text: gone with it.
  useEffect(() => clearFindingMarks, []);

  return (
    <div className={`nb-editor${readOnly ? ' nb-readonly' : ''}`} lang="vi">
      <style>{counterStyleCss}</style>
      <LexicalComposer initialConfig={initialConfig}>
        {readOnly ? null : <Toolbar sectionTemplates={sectionTemplates} onSaveSection={onSaveSection} />}
        <FindReplace readOnly={readOnly} />
        <div className="nb-message" role="status" aria-live="polite">
          {message}
        </div>
        <div className="nb-scroll">
          {readOnly || !issuerForms?.length ? null : <IssuerFormPicker forms={issuerForms} value={fields} onPatch={patchFields} />}
          <article className="nb-page" aria-label="Trang thông báo" ref={pageRef}>
            <HeaderFields value={fields} readOnly={readOnly} onPatch={patchFields} onMessage={setMessage} summaryRef={summaryRef} />
            <RichTextPlugin
              contentEditable={<ContentEditable className="nb-body" ariaLabel="Nội dung thông báo" spellCheck={false} />}
              ErrorBoundary={LexicalErrorBoundary}
            />
            <FootnoteList readOnly={readOnly} />
            <FooterFields value={fields} readOnly={readOnly} onPatch={patchFields} onMessage={setMessage} presets={recipientPresets} />
          </article>
        </div>
        <HistoryPlugin externalHistoryState={history} />
        <NoticeBehaviour editorRef={editorRef} history={history} onRefused={setMessage} />
        <BodyChanges onBody={onBody} />
        <FieldChanges onFields={onFields} writerRef={writeFieldsRef} />
        <MetaPortals context={metaContext} />
        <EmptyLines />
        <AgencyMentionWarnings agencies={agencies} />
        <ReviewShortcut summaryRef={summaryRef} onGoTo={focusBlock} onMessage={setMessage} />
        <Editable readOnly={readOnly} />
      </LexicalComposer>
    </div>
  );
});
