/**
 * The one registry of Lexical nodes of the notice body, used by the React editor and by headless conversion.
 *
 * Root children are blocks: NoticeParagraphNode (replaces Lexical's ParagraphNode), DashNode, SectionHeadingNode,
 * TaskNode and SchemeNode. A task holds [LineNode(task-title), LineNode(task-content), SubItemNode*]; a scheme holds
 * [LineNode(scheme-title), LineNode(scheme-conclusion)]. Text lives in ordinary TextNodes (and BlankFieldNodes, a
 * template's blanks bound to meeting details) inside those elements, so typing, selection, IME and undo stay native;
 * a footnote reference is an inline FootnoteNode among them. Numbers are never stored: CSS counters draw them from
 * position.
 * Agencies and deadlines are NodeState on the task/scheme node; the editor draws their chips into an unmanaged
 * part of the task's DOM (see getDOMSlot and dom.ts).
 */
import { ParagraphNode, type Klass, type LexicalNode, type LexicalNodeReplacement } from 'lexical';
import { BlankFieldNode } from './blank-field-node';
import { DashNode } from './dash-node';
import { FootnoteNode } from './footnote-node';
import { SectionHeadingNode } from './heading-node';
import { LineNode } from './line-node';
import { $createNoticeParagraphNode, NoticeParagraphNode } from './paragraph-node';
import { SchemeNode } from './scheme-node';
import { SubItemNode } from './sub-item-node';
import { TaskNode } from './task-node';

/** Every node class of the notice body, and the replacement of Lexical's paragraph by the notice paragraph. */
export const NOTICE_NODES: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [
  NoticeParagraphNode,
  {
    replace: ParagraphNode,
    with: () => $createNoticeParagraphNode(),
    withKlass: NoticeParagraphNode,
  },
  DashNode,
  SectionHeadingNode,
  LineNode,
  SubItemNode,
  TaskNode,
  SchemeNode,
  FootnoteNode,
  BlankFieldNode,
];
