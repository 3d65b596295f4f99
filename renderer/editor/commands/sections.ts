/**
 * Inserting a section template at the caret: its blocks go after the block holding the caret (at the end when
 * there is none) in one update, so one undo removes the whole section. Numbers follow from position (CSS counters
 * and the export's one numbering function), so the inserted tasks and headings are numbered in place.
 */
import { $getRoot, COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand, type LexicalEditor } from 'lexical';
import { instantiateSection } from '../../../shared/notice/section-blocks';
import type { Block } from '../../../shared/notice/schema';
import { $blockToNode } from '../mapping';
import { newBlockId } from '../nodes/block-id';
import { $firstEditable } from '../nodes/tree-queries';
import { $readNoticeFields } from '../notice-history';
import { $getSelectedBlock } from './selection';

/** Insert these blocks (a section template's) after the block holding the caret. */
export const INSERT_SECTION_COMMAND: LexicalCommand<readonly Block[]> = createCommand('INSERT_SECTION_COMMAND');

export function $insertSection(template: readonly Block[]): boolean {
  const meeting = $readNoticeFields()?.meeting ?? { timeOfDay: '', place: '', chairName: '', chairTitle: '', attendees: '' };
  const nodes = instantiateSection(template, meeting, newBlockId).map($blockToNode);
  const first = nodes[0];
  if (first === undefined) return false;
  let after = $getSelectedBlock();
  for (const node of nodes) {
    if (after === null) $getRoot().append(node);
    else after.insertAfter(node);
    after = node;
  }
  $firstEditable(first).selectStart();
  return true;
}

export function registerSectionInsert(editor: LexicalEditor): () => void {
  return editor.registerCommand(INSERT_SECTION_COMMAND, (blocks) => $insertSection(blocks), COMMAND_PRIORITY_EDITOR);
}
