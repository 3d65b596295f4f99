/** A headless Lexical editor with the notice nodes, as the React editor configures it. */
import { createHeadlessEditor } from '@lexical/headless';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { readFileSync } from 'node:fs';
import { NOTICE_NODES } from '../../renderer/editor/nodes/registry';
import { noticeToEditorState } from '../../renderer/editor/mapping';
import { loadNoticeSchemas } from '../../renderer/editor/notice-schemas';
import { NoticeSchema, type Notice, type NoticeInput } from '../../shared/notice/schema';

// Node state read back from JSON, and a paste's footnotes, are checked by the notice schemas, which the app loads
// once its first frame is drawn (renderer/editor/notice-schemas.ts); tests/editor/paste-before-schemas.test.ts
// covers the time before.
await loadNoticeSchemas();

export function createTestEditor(options: { richText?: boolean } = {}): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'notice-test',
    nodes: [...NOTICE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  if (options.richText) mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 0));
  return editor;
}

export function loadSample(): Notice {
  const json = JSON.parse(readFileSync(new URL('../../resources/samples/lai-chau-2020-09.notice.json', import.meta.url), 'utf8'));
  return NoticeSchema.parse(json);
}

export function editorWith(notice: NoticeInput, options: { richText?: boolean } = {}): { editor: LexicalEditor; notice: Notice } {
  const parsed = NoticeSchema.parse(notice);
  const editor = createTestEditor(options);
  noticeToEditorState(editor, parsed);
  return { editor, notice: parsed };
}

/** Runs an update synchronously. */
export function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

/** The minimum of a KeyboardEvent the command handlers read. */
export function key(mods: { shiftKey?: boolean; altKey?: boolean } = {}): KeyboardEvent {
  let prevented = false;
  return {
    shiftKey: mods.shiftKey ?? false,
    altKey: mods.altKey ?? false,
    ctrlKey: false,
    metaKey: false,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  } as unknown as KeyboardEvent;
}

/** A small notice: a heading, a paragraph, three tasks (the second with sub-items), a scheme. */
export const SMALL_NOTICE: NoticeInput = {
  schemaVersion: 3,
  issuer: { parentAgency: 'UBND TỈNH LAI CHÂU', agency: 'VĂN PHÒNG' },
  code: 'TB-VP',
  place: 'Lai Châu',
  summary: 'Kết luận tại phiên họp UBND tỉnh tháng 9 năm 2020',
  body: [
    { id: 'h1', type: 'heading', text: [{ text: 'Nhiệm vụ' }] },
    { id: 'p1', type: 'paragraph', text: [{ text: 'Mở đầu ' }, { text: 'đậm', bold: true }] },
    { id: 't1', type: 'task', content: [{ text: 'Nhiệm vụ một.' }], leadAgencies: [{ id: 'so-tc', name: 'Sở Tài chính' }] },
    {
      id: 't2',
      type: 'task',
      title: [{ text: 'Giao Sở Y tế:', bold: true }],
      subItems: [
        { id: 't2-1', text: [{ text: 'Ý một' }] },
        { id: 't2-2', text: [{ text: 'Ý hai' }], level: 2 },
      ],
      deadline: { kind: 'within-month', year: 2020, month: 10 },
    },
    { id: 't3', type: 'task', content: [{ text: 'Nhiệm vụ ba.' }], toReview: true },
    { id: 's1', type: 'scheme', title: [{ text: 'Đề án A' }], conclusion: [{ text: 'Kết luận A.' }] },
  ],
};
