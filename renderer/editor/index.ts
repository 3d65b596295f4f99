/** The document editor component and its Notice ⇄ Lexical mapping; see README.md beside this file. */
export { NoticeEditor, type EditedNotice, type NoticeEditorHandle, type NoticeEditorProps } from './NoticeEditor';
export { editorStateToNotice, noticeToEditorState, $loadBody, $readBody } from './mapping';
export { NOTICE_NODES } from './nodes/registry';
export type { FindingMark, FindingPlace } from './findings';
