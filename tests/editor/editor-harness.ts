/** A headless Lexical editor with the notice nodes, as the React editor configures it. */
import { createHeadlessEditor } from '@lexical/headless';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { readFileSync } from 'node:fs';
import { NOTICE_NODES } from '../../renderer/editor/nodes';
import { noticeToEditorState } from '../../renderer/editor/mapping';
import { NoticeSchema, type Notice, type NoticeInput } from '../../shared/notice/schema';

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
