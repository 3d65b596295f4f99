/**
 * The editor's toolbar: every insert, format, history and move action, with Vietnamese labels and shortcuts. Each
 * button dispatches a named Lexical command, the same one its keyboard shortcut dispatches.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $getState,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalCommand,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { $getSelectedHeading } from '../commands/selection';
import {
  INSERT_BLOCK_COMMAND,
  MOVE_BLOCK_COMMAND,
  TOGGLE_HEADING_NUMBERED_COMMAND,
  type InsertKind,
} from '../commands/structure';
import { INSERT_FOOTNOTE_COMMAND, INSERT_FOOTNOTE_SHORTCUT } from '../commands/footnotes';
import { INSERT_SECTION_COMMAND } from '../commands/sections';
import { blockIdState, numberedState } from '../nodes/state';
import { $readBody } from '../mapping';
import { useNoticeSchemas } from '../notice-schemas';
import { sectionToSave } from '../../../shared/notice/section-blocks';
import type { SectionTemplate } from '../../../shared/notice/section-templates';
import type { Block } from '../../../shared/notice/schema';

const INSERTS: { kind: InsertKind; label: string; title: string }[] = [
  { kind: 'heading', label: 'Thêm mục', title: 'Thêm mục (I., II. …) sau khối đang chọn' },
  { kind: 'paragraph', label: 'Thêm đoạn', title: 'Thêm đoạn sau khối đang chọn' },
  { kind: 'dash', label: 'Thêm gạch đầu dòng', title: 'Thêm gạch đầu dòng sau khối đang chọn' },
  { kind: 'task', label: 'Thêm nhiệm vụ', title: 'Thêm nhiệm vụ sau khối đang chọn (Enter ở cuối nhiệm vụ)' },
  { kind: 'sub-item', label: 'Thêm ý con', title: 'Thêm ý con vào nhiệm vụ đang chọn (Tab: nhiệm vụ thành ý con)' },
  { kind: 'scheme', label: 'Thêm đề án', title: 'Thêm đề án sau khối đang chọn' },
];

const FORMATS: { format: TextFormatType; label: string; shortcut: string }[] = [
  { format: 'bold', label: 'Đậm', shortcut: 'Ctrl+B' },
  { format: 'italic', label: 'Nghiêng', shortcut: 'Ctrl+I' },
  { format: 'underline', label: 'Gạch chân', shortcut: 'Ctrl+U' },
];

function ToolButton(props: { label: string; title: string; onClick(): void; disabled?: boolean; pressed?: boolean; className?: string; children?: ReactNode }) {
  return (
    <button
      type="button"
      className={props.className ?? 'nb-tool'}
      aria-label={props.title}
      title={props.title}
      aria-pressed={props.pressed}
      disabled={props.disabled}
      // Keep the caret in the document while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onClick}
    >
      {props.children ?? props.label}
    </button>
  );
}

/**
 * "Chèn phần mẫu": the built-in section templates, then the user's own; choosing one inserts it at the caret. The
 * built-in ones are listed once their schemas have loaded, just after the first frame.
 */
function SectionPicker({ own, onInsert }: { own: readonly SectionTemplate[]; onInsert(template: SectionTemplate): void }) {
  const builtIn = useNoticeSchemas()?.sectionTemplates.builtInSectionTemplates() ?? [];
  const all = [...builtIn, ...own];
  return (
    <select
      className="nb-tool nb-section-picker"
      aria-label="Chèn phần mẫu tại vị trí con trỏ"
      title="Chèn phần mẫu (đánh giá tình hình, nhiệm vụ, đề án …) sau khối đang chọn"
      value=""
      onChange={(event) => {
        const template = all.find((entry) => entry.id === event.target.value);
        if (template) onInsert(template);
      }}
    >
      <option value="">Chèn phần mẫu…</option>
      <optgroup label="Mẫu có sẵn">
        {builtIn.map((template) => (
          <option key={template.id} value={template.id} title={template.description}>
            {template.name}
          </option>
        ))}
      </optgroup>
      {own.length > 0 ? (
        <optgroup label="Mẫu của tôi">
          {own.map((template) => (
            <option key={template.id} value={template.id} title={template.description}>
              {template.name}
            </option>
          ))}
        </optgroup>
      ) : null}
    </select>
  );
}

interface ToolbarProps {
  sectionTemplates?: readonly SectionTemplate[];
  /** "Lưu phần này làm mẫu": receives the section holding the caret (or the selected blocks) to save. */
  onSaveSection?(blocks: Block[]): void;
}

/** The ids of the blocks holding the selection's anchor and focus, or null without a selection in the body. */
function $selectedBlockIds(): { anchorId: string; focusId: string } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode().getTopLevelElement();
  const focus = selection.focus.getNode().getTopLevelElement();
  if (anchor === null || focus === null) return null;
  return { anchorId: $getState(anchor, blockIdState), focusId: $getState(focus, blockIdState) };
}

export function Toolbar({ sectionTemplates = [], onSaveSection }: ToolbarProps) {
  const [editor] = useLexicalComposerContext();
  /** Where the caret last was in the body: a toolbar button reached by Tab has taken the focus from it. */
  const lastSelection = useRef<{ anchorId: string; focusId: string } | null>(null);
  const [formats, setFormats] = useState<ReadonlySet<TextFormatType>>(new Set());
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  /** The heading holding the caret: null outside headings, else whether it is unnumbered. */
  const [headingUnnumbered, setHeadingUnnumbered] = useState<boolean | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const active = editorState.read(() => {
            const selection = $getSelection();
            return $isRangeSelection(selection) ? FORMATS.filter((f) => selection.hasFormat(f.format)).map((f) => f.format) : [];
          });
          setFormats((previous) =>
            previous.size === active.length && active.every((f) => previous.has(f)) ? previous : new Set(active),
          );
          lastSelection.current = editorState.read($selectedBlockIds) ?? lastSelection.current;
          setHeadingUnnumbered(
            editorState.read(() => {
              const heading = $getSelectedHeading();
              return heading === null ? null : !$getState(heading, numberedState);
            }),
          );
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  /** Runs a structure command (the same the keyboard dispatches) and returns the caret to the document. */
  const run = <P,>(command: LexicalCommand<P>, payload: P) => () => {
    editor.dispatchCommand(command, payload);
    editor.focus();
  };

  return (
    <div className="nb-toolbar" role="toolbar" aria-label="Công cụ soạn thảo">
      <div className="nb-tool-group" role="group" aria-label="Chèn">
        {INSERTS.map(({ kind, label, title }) => (
          <ToolButton key={kind} label={label} title={title} onClick={run(INSERT_BLOCK_COMMAND, kind)} />
        ))}
        <ToolButton
          label="Chú thích"
          title={`Chèn chú thích cuối trang tại con trỏ (${INSERT_FOOTNOTE_SHORTCUT})`}
          className="nb-tool nb-tool-footnote"
          onClick={() => editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined)}
        />
        <SectionPicker own={sectionTemplates} onInsert={(template) => run(INSERT_SECTION_COMMAND, template.blocks)()} />
        {onSaveSection && (
          <ToolButton
            label="Lưu phần này làm mẫu"
            title="Lưu phần này làm mẫu: đề mục chứa con trỏ và các khối đến đề mục kế tiếp (hoặc các khối đang bôi đen)"
            className="nb-tool nb-tool-save-section"
            onClick={() => {
              const selected = editor.getEditorState().read($selectedBlockIds) ?? lastSelection.current;
              const blocks = selected ? sectionToSave(editor.getEditorState().read($readBody), selected.anchorId, selected.focusId) : [];
              onSaveSection(blocks);
            }}
          />
        )}
      </div>
      <div className="nb-tool-group" role="group" aria-label="Định dạng">
        {FORMATS.map(({ format, label, shortcut }) => (
          <ToolButton
            key={format}
            label={label}
            title={`${label} (${shortcut})`}
            className={`nb-tool nb-tool-${format}`}
            pressed={formats.has(format)}
            onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
          />
        ))}
        <ToolButton
          label="Không đánh số"
          title="Đề mục không đánh số: bỏ số La Mã (I., II. …) của đề mục đang chọn"
          className="nb-tool nb-tool-unnumbered"
          disabled={headingUnnumbered === null}
          pressed={headingUnnumbered === true}
          onClick={run(TOGGLE_HEADING_NUMBERED_COMMAND, undefined)}
        />
      </div>
      <div className="nb-tool-group" role="group" aria-label="Lịch sử">
        <ToolButton label="Hoàn tác" title="Hoàn tác (Ctrl+Z)" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} />
        <ToolButton label="Làm lại" title="Làm lại (Ctrl+Y)" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} />
      </div>
      <div className="nb-tool-group" role="group" aria-label="Di chuyển">
        <ToolButton label="Lên" title="Lên: chuyển khối lên (Alt+↑)" onClick={run(MOVE_BLOCK_COMMAND, -1)}>
          ↑ Lên
        </ToolButton>
        <ToolButton label="Xuống" title="Xuống: chuyển khối xuống (Alt+↓)" onClick={run(MOVE_BLOCK_COMMAND, 1)}>
          ↓ Xuống
        </ToolButton>
      </div>
    </div>
  );
}
