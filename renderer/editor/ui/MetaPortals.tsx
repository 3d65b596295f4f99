/**
 * Agencies and deadlines of tasks, schemes and sub-items, drawn into the non-editable part of their DOM (see
 * TaskNode.getDOMSlot). Every block shows a plain-DOM summary (chips, deadline, an open button); React controls are
 * mounted only for the task or scheme holding the caret and for panels opened with their button. A long notice has
 * hundreds of tasks: a React portal (with its event listeners) per task would make opening it slow.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $getState,
  $isRangeSelection,
  $setState,
  SKIP_DOM_SELECTION_TAG,
  type EditorState,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Agency } from '../../../shared/api';
import { formatDeadline } from '../../../shared/format/deadline';
import type { AgencyRef, Deadline } from '../../../shared/notice/schema';
import {
  SchemeNode,
  SubItemNode,
  TaskNode,
  $isSchemeNode,
  $isSubItemNode,
  $isTaskNode,
  coordinatingAgenciesState,
  deadlineState,
  leadAgenciesState,
  responsibleAgencyState,
  subItemStyleState,
  toReviewState,
} from '../nodes';
import { AgencyChips } from './AgencyChips';
import { DeadlineField } from './DeadlineField';

type Kind = 'task' | 'scheme' | 'sub-item';

interface Host {
  kind: Kind;
  /** The plain-DOM summary. */
  view: HTMLElement;
  /** Where React mounts the controls. */
  edit: HTMLElement;
  /** Bumped on every update of the node, so its summary and controls read the node again. */
  version: number;
}

export interface MetaContext {
  agencies: readonly Agency[];
  readOnly: boolean;
  onAddAgency?: (name: string) => Promise<Agency | undefined>;
}

interface MetaData {
  lead: readonly AgencyRef[];
  coordinating: readonly AgencyRef[];
  responsible: AgencyRef | null;
  deadline: Deadline | null;
  style: 'dash' | 'letter';
}

function readData(state: EditorState, key: NodeKey): MetaData | null {
  return state.read(() => {
    const node = $getNodeByKey(key);
    if (node === null) return null;
    return {
      lead: $getState(node, leadAgenciesState),
      coordinating: $getState(node, coordinatingAgenciesState),
      responsible: $getState(node, responsibleAgencyState),
      deadline: $getState(node, deadlineState),
      style: $getState(node, subItemStyleState),
    };
  });
}

function isEmpty(kind: Kind, data: MetaData): boolean {
  const agencies = kind === 'scheme' ? (data.responsible ? 1 : 0) : data.lead.length + data.coordinating.length;
  return agencies === 0 && data.deadline === null;
}

/**
 * Changing who does a task or by when is editing it: the review mark goes too. The focus stays in the panel: Lexical
 * only leaves the page selection alone for a focused input or textarea, so without the tag a change made from a
 * select or a button put the caret back in the text and the next keystrokes landed there.
 */
function update(editor: LexicalEditor, key: NodeKey, apply: (node: TaskNode | SchemeNode | SubItemNode) => void): void {
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      if (!(node instanceof TaskNode) && !(node instanceof SchemeNode) && !(node instanceof SubItemNode)) return;
      apply(node);
      if ($getState(node, toReviewState)) $setState(node, toReviewState, false);
    },
    { tag: SKIP_DOM_SELECTION_TAG },
  );
}

// ------------------------------------------------------------------------------------------------ plain-DOM summary

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

function paintSummary(host: Host, data: MetaData | null, options: { readOnly: boolean; caretInside: boolean; onOpen(): void }): void {
  host.view.replaceChildren();
  if (data === null) return;
  const empty = isEmpty(host.kind, data);
  const sub = host.kind === 'sub-item';
  // A sub-item without agencies or deadline shows nothing unless the caret is in it.
  if (empty && (options.readOnly || (sub && !options.caretInside))) return;
  const row = document.createElement('div');
  row.className = 'nb-meta-row nb-meta-summary';
  if (empty) {
    if (!sub) row.append(span('nb-meta-empty', 'Chưa giao cơ quan, chưa có thời hạn'));
  } else {
    const parts =
      host.kind === 'scheme'
        ? [chipList('Cơ quan chịu trách nhiệm', data.responsible ? [data.responsible] : [])]
        : [chipList('Chủ trì', data.lead), chipList('Phối hợp', data.coordinating)];
    for (const part of parts) if (part) row.append(part);
    if (data.deadline) {
      const item = span('nb-meta-item');
      item.append(span('nb-meta-label', 'Thời hạn:'), formatDeadline(data.deadline));
      row.append(item);
    }
  }
  if (!options.readOnly) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'nb-meta-toggle';
    button.setAttribute('aria-expanded', 'false');
    button.textContent = sub ? (empty ? 'Giao cơ quan, thời hạn cho ý này' : 'Sửa ý này: cơ quan, thời hạn') : 'Sửa cơ quan, thời hạn';
    button.addEventListener('click', options.onOpen);
    row.append(button);
  }
  host.view.append(row);
}

// ------------------------------------------------------------------------------------------------ React controls

interface ControlsProps {
  editor: LexicalEditor;
  nodeKey: NodeKey;
  kind: Kind;
  version: number;
  /** Opened with its button: focus goes to the first control, and a "Xong" button closes it. */
  opened: boolean;
  context: MetaContext;
  onClose(key: NodeKey): void;
}

const MetaControls = memo(function MetaControls({ editor, nodeKey, kind, opened, context, onClose }: ControlsProps) {
  const row = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Only an explicit "open" moves the focus: the caret entering a task must stay in the text.
    if (opened) row.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [opened]);
  const data = readData(editor.getEditorState(), nodeKey);
  if (data === null) return null;
  const set = (apply: (node: TaskNode | SchemeNode | SubItemNode) => void) => update(editor, nodeKey, apply);
  const common = { agencies: context.agencies, readOnly: context.readOnly, onAddAgency: context.onAddAgency };
  const suffix = kind === 'sub-item' ? ' ý con' : '';
  return (
    <div className="nb-meta-row" ref={row}>
      {kind === 'scheme' ? (
        <AgencyChips
          {...common}
          label="Cơ quan chịu trách nhiệm"
          groupLabel="Cơ quan chịu trách nhiệm"
          single
          value={data.responsible ? [data.responsible] : []}
          onChange={(next) => set((node) => $setState(node, responsibleAgencyState, next[0] ?? null))}
        />
      ) : (
        <>
          <AgencyChips
            {...common}
            label="Chủ trì"
            groupLabel={`Cơ quan chủ trì${suffix}`}
            value={data.lead}
            onChange={(next) => set((node) => $setState(node, leadAgenciesState, next))}
          />
          <AgencyChips
            {...common}
            label="Phối hợp"
            groupLabel={`Cơ quan phối hợp${suffix}`}
            value={data.coordinating}
            onChange={(next) => set((node) => $setState(node, coordinatingAgenciesState, next))}
          />
        </>
      )}
      <DeadlineField value={data.deadline} readOnly={context.readOnly} onChange={(next) => set((node) => $setState(node, deadlineState, next))} />
      {kind === 'task' ? (
        <label className="nb-meta-item">
          <span className="nb-meta-label">Ý con:</span>
          <select
            value={data.style}
            onChange={(event) => {
              const style = event.target.value === 'letter' ? 'letter' : 'dash';
              set((node) => $setState(node, subItemStyleState, style));
            }}
          >
            <option value="dash">gạch đầu dòng (-)</option>
            <option value="letter">điểm a), b), c)</option>
          </select>
        </label>
      ) : null}
      {opened ? (
        <button type="button" className="nb-meta-toggle" aria-expanded="true" onClick={() => onClose(nodeKey)}>
          Xong
        </button>
      ) : null}
    </div>
  );
});

// ------------------------------------------------------------------------------------------------ the plugin

export function MetaPortals({ context }: { context: MetaContext }) {
  const [editor] = useLexicalComposerContext();
  const [hosts, setHosts] = useState<ReadonlyMap<NodeKey, Host>>(new Map());
  const [opened, setOpened] = useState<ReadonlySet<NodeKey>>(new Set());
  const [activeKey, setActiveKey] = useState<NodeKey | null>(null);
  const [activeSubKey, setActiveSubKey] = useState<NodeKey | null>(null);
  /** What each summary was last painted from, so only changed ones are painted again. */
  const painted = useRef(new Map<NodeKey, string>());

  const open = useCallback((key: NodeKey) => setOpened((previous) => new Set(previous).add(key)), []);
  const close = useCallback(
    (key: NodeKey) =>
      setOpened((previous) => {
        const next = new Set(previous);
        next.delete(key);
        return next;
      }),
    [],
  );

  // The task or scheme holding the caret: class nb-active (its empty title line shows) and its controls open.
  useEffect(() => {
    let active: NodeKey | null = null;
    let activeSub: NodeKey | null = null;
    return editor.registerUpdateListener(({ editorState }) => {
      const [next, sub] = editorState.read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return [null, null];
        const anchor = selection.anchor.getNode();
        const top = anchor.getTopLevelElement();
        const subItem = $isSubItemNode(anchor) ? anchor : anchor.getParents().find($isSubItemNode);
        return [$isTaskNode(top) || $isSchemeNode(top) ? top.getKey() : null, subItem ? subItem.getKey() : null];
      });
      if (sub !== activeSub) {
        activeSub = sub;
        setActiveSubKey(sub);
      }
      if (next === active) return;
      if (active !== null) editor.getElementByKey(active)?.classList.remove('nb-active');
      if (next !== null) editor.getElementByKey(next)?.classList.add('nb-active');
      active = next;
      setActiveKey(next);
    });
  }, [editor]);

  useEffect(() => {
    const listen = (kind: Kind) => (mutations: Map<NodeKey, 'created' | 'updated' | 'destroyed'>) => {
      const found = new Map<NodeKey, HTMLElement | null>();
      for (const [key, mutation] of mutations) {
        const meta = mutation === 'destroyed' ? null : editor.getElementByKey(key)?.lastElementChild;
        found.set(key, meta instanceof HTMLElement ? meta : null);
      }
      setHosts((previous) => {
        const next = new Map(previous);
        for (const [key, meta] of found) {
          const view = meta?.firstElementChild;
          const edit = meta?.lastElementChild;
          if (view instanceof HTMLElement && edit instanceof HTMLElement) {
            next.set(key, { kind, view, edit, version: (previous.get(key)?.version ?? 0) + 1 });
          } else next.delete(key);
        }
        return next;
      });
    };
    return mergeRegister(
      editor.registerMutationListener(TaskNode, listen('task'), { skipInitialization: false }),
      editor.registerMutationListener(SchemeNode, listen('scheme'), { skipInitialization: false }),
      editor.registerMutationListener(SubItemNode, listen('sub-item'), { skipInitialization: false }),
    );
  }, [editor]);

  const isExpanded = (key: NodeKey, host: Host): boolean =>
    !context.readOnly && (opened.has(key) || (host.kind !== 'sub-item' && key === activeKey));

  // Paint the summaries that changed; clear those whose controls are open.
  useLayoutEffect(() => {
    const state = editor.getEditorState();
    for (const key of painted.current.keys()) if (!hosts.has(key)) painted.current.delete(key);
    for (const [key, host] of hosts) {
      if (isExpanded(key, host)) {
        if (painted.current.get(key) !== 'open') host.view.replaceChildren();
        painted.current.set(key, 'open');
        continue;
      }
      const caretInside = key === activeSubKey;
      const signature = `${host.version}:${context.readOnly}:${caretInside}`;
      if (painted.current.get(key) === signature) continue;
      paintSummary(host, readData(state, key), { readOnly: context.readOnly, caretInside, onOpen: () => open(key) });
      painted.current.set(key, signature);
    }
  });

  return (
    <>
      {[...hosts]
        .filter(([key, host]) => isExpanded(key, host))
        .map(([key, host]) =>
          createPortal(
            <MetaControls
              editor={editor}
              nodeKey={key}
              kind={host.kind}
              version={host.version}
              opened={opened.has(key) && key !== activeKey}
              context={context}
              onClose={close}
            />,
            host.edit,
            key,
          ),
        )}
    </>
  );
}
