/**
 * The summary of who does a task (scheme, sub-item) and by when: chips, the deadline and an "edit" button, drawn as
 * plain DOM into the non-editable part of the node's element by the node's own createDOM/updateDOM. Drawing it
 * while Lexical reconciles keeps it out of Lexical's DOM mutation observer (a change made afterwards makes Lexical
 * re-read the selection, which forces a layout of the whole page). Which summaries show, and when the controls
 * replace them, is CSS on classes the editor sets (see editor.css: nb-readonly, nb-active, nb-meta-open, nb-caret-in).
 */
import { $getState, type LexicalNode } from 'lexical';
import { formatDeadline } from '../../../shared/format/deadline';
import type { AgencyRef, Deadline } from '../../../shared/notice/schema';
import { coordinatingAgenciesState, deadlineState, leadAgenciesState, responsibleAgencyState, subItemStyleState } from './state';

export type MetaKind = 'task' | 'scheme' | 'sub-item';

/** Who does a task (scheme, sub-item) and by when, as node state. */
export interface MetaData {
  lead: readonly AgencyRef[];
  coordinating: readonly AgencyRef[];
  responsible: AgencyRef | null;
  deadline: Deadline | null;
  style: 'dash' | 'letter';
}

/** The node's own values (NodeState values are immutable: an unchanged value is the same object). */
export function $readMetaData(node: LexicalNode): MetaData {
  return {
    lead: $getState(node, leadAgenciesState, 'direct'),
    coordinating: $getState(node, coordinatingAgenciesState, 'direct'),
    responsible: $getState(node, responsibleAgencyState, 'direct'),
    deadline: $getState(node, deadlineState, 'direct'),
    style: $getState(node, subItemStyleState, 'direct'),
  };
}

/** What the summary of a node shows. */
const shownValues = (kind: MetaKind, data: MetaData): unknown[] =>
  kind === 'scheme' ? [data.responsible, data.deadline] : [data.lead, data.coordinating, data.deadline];

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function chipList(label: string, agencies: readonly AgencyRef[]): HTMLElement | null {
  if (agencies.length === 0) return null;
  const item = span('nb-meta-item');
  item.append(span('nb-meta-label', `${label}:`));
  for (const agency of agencies) item.append(span(`nb-chip${agency.id ? '' : ' nb-chip-new'}`, agency.name));
  return item;
}

function summaryRow(kind: MetaKind, { lead, coordinating, responsible, deadline }: MetaData): HTMLElement {
  const agencies = kind === 'scheme' ? (responsible ? 1 : 0) : lead.length + coordinating.length;
  const empty = agencies === 0 && deadline === null;
  const sub = kind === 'sub-item';

  const row = document.createElement('div');
  row.className = `nb-meta-row nb-meta-summary${empty ? ' nb-meta-none' : ''}`;
  if (empty) {
    if (!sub) row.append(span('nb-meta-empty', 'Chưa giao cơ quan, chưa có thời hạn'));
  } else {
    const parts =
      kind === 'scheme'
        ? [chipList('Cơ quan chịu trách nhiệm', responsible ? [responsible] : [])]
        : [chipList('Chủ trì', lead), chipList('Phối hợp', coordinating)];
    for (const part of parts) if (part) row.append(part);
    if (deadline) {
      const item = span('nb-meta-item');
      item.append(span('nb-meta-label', 'Thời hạn:'), formatDeadline(deadline));
      row.append(item);
    }
  }
  // Opens the controls; the editor listens for these clicks on its root (MetaPortals).
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'nb-meta-toggle';
  button.setAttribute('aria-expanded', 'false');
  button.textContent = sub ? (empty ? 'Giao cơ quan, thời hạn cho ý này' : 'Sửa ý này: cơ quan, thời hạn') : 'Sửa cơ quan, thời hạn';
  row.append(button);
  return row;
}

/**
 * Draws the summary of `node` into its element `dom` (made by createContainerDOM) when it is new or what the
 * summary shows has changed since `prevNode` (typing in a task marks the task changed too: nothing to redraw then).
 */
export function $paintMetaSummary(kind: MetaKind, prevNode: LexicalNode | null, node: LexicalNode, dom: HTMLElement): void {
  const data = $readMetaData(node);
  if (prevNode !== null) {
    const now = shownValues(kind, data);
    if (shownValues(kind, $readMetaData(prevNode)).every((value, i) => value === now[i])) return;
  }
  const view = dom.lastElementChild?.querySelector(':scope > .nb-meta-view');
  if (view instanceof HTMLElement) view.replaceChildren(summaryRow(kind, data));
}
