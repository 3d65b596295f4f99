/**
 * Draws each task's and scheme's chips and deadline into the non-editable part of its DOM (see TaskNode.getDOMSlot).
 * Only nodes that Lexical reports as created, updated or destroyed re-render; typing in a line touches none.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getSelection, $getState, $isRangeSelection, $setState, type LexicalEditor, type NodeKey } from 'lexical';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
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

interface Host {
  element: HTMLElement;
  kind: 'task' | 'scheme' | 'sub-item';
  /** Bumped on every update of the node, so its panel reads the node again. */
  version: number;
}

export interface MetaContext {
  agencies: readonly Agency[];
  readOnly: boolean;
  onAddAgency?: (name: string) => Promise<Agency | undefined>;
}

/** Changing who does a task or by when is editing it: the review mark goes too. */
function update(editor: LexicalEditor, key: NodeKey, apply: (node: TaskNode | SchemeNode | SubItemNode) => void): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if (!(node instanceof TaskNode) && !(node instanceof SchemeNode) && !(node instanceof SubItemNode)) return;
    apply(node);
    if ($getState(node, toReviewState)) $setState(node, toReviewState, false);
  });
}

function ChipList({ label, agencies }: { label: string; agencies: readonly AgencyRef[] }) {
  if (agencies.length === 0) return null;
  return (
    <span className="nb-meta-item">
      <span className="nb-meta-label">{label}:</span>
      {agencies.map((agency, index) => (
        <span className={`nb-chip${agency.id ? '' : ' nb-chip-new'}`} key={`${agency.id ?? ''}:${agency.name}:${index}`}>
          {agency.name}
        </span>
      ))}
    </span>
  );
}

/**
 * The controls of the task or scheme holding the caret (or opened with its button); elsewhere a one-line summary of
 * who and by when. Long notices have hundreds of tasks: keeping their inputs out of the page keeps opening and
 * typing fast.
 */
function MetaPanel(props: {
  summary: ReactNode;
  empty: boolean;
  readOnly: boolean;
  /** Controls shown without asking (the block holding the caret). */
  active: boolean;
  /** Nothing at all while there is nothing to show (a sub-item without agencies or deadline, away from the caret). */
  hideIfEmpty?: boolean;
  emptyText?: string;
  openLabel?: string;
  children: ReactNode;
}) {
  const { summary, empty, readOnly, active, hideIfEmpty, children } = props;
  const emptyText = props.emptyText ?? 'Chưa giao cơ quan, chưa có thời hạn';
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Only an explicit "open" moves the focus: the caret entering the task must stay in the text.
    if (open) panel.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [open]);
  if ((open || active) && !readOnly) {
    return (
      <div className="nb-meta-row" ref={panel}>
        {children}
        {open && !active ? (
          <button type="button" className="nb-meta-toggle" aria-expanded="true" onClick={() => setOpen(false)}>
            Xong
          </button>
        ) : null}
      </div>
    );
  }
  if (empty && (hideIfEmpty || readOnly)) return null;
  return (
    <div className="nb-meta-row nb-meta-summary">
      {empty ? emptyText === '' ? null : <span className="nb-meta-empty">{emptyText}</span> : summary}
      {readOnly ? null : (
        <button type="button" className="nb-meta-toggle" aria-expanded="false" onClick={() => setOpen(true)}>
          {props.openLabel ?? 'Sửa cơ quan, thời hạn'}
        </button>
      )}
    </div>
  );
}

function DeadlineSummary({ deadline }: { deadline: Deadline | null }) {
  if (deadline === null) return null;
  return (
    <span className="nb-meta-item">
      <span className="nb-meta-label">Thời hạn:</span> {formatDeadline(deadline)}
    </span>
  );
}

interface MetaProps {
  editor: LexicalEditor;
  nodeKey: NodeKey;
  version: number;
  active: boolean;
  context: MetaContext;
}

const TaskMeta = memo(function TaskMeta({ editor, nodeKey, active, context }: MetaProps) {
  const data = editor.getEditorState().read(() => {
    const node = $getNodeByKey(nodeKey);
    return node === null
      ? null
      : {
          lead: $getState(node, leadAgenciesState),
          coordinating: $getState(node, coordinatingAgenciesState),
          deadline: $getState(node, deadlineState),
          style: $getState(node, subItemStyleState),
        };
  });
  if (data === null) return null;
  return (
    <MetaPanel
      active={active}
      readOnly={context.readOnly}
      empty={data.lead.length === 0 && data.coordinating.length === 0 && data.deadline === null}
      summary={
        <>
          <ChipList label="Chủ trì" agencies={data.lead} />
          <ChipList label="Phối hợp" agencies={data.coordinating} />
          <DeadlineSummary deadline={data.deadline} />
        </>
      }
    >
      <AgencyChips
        label="Chủ trì"
        groupLabel="Cơ quan chủ trì"
        value={data.lead}
        agencies={context.agencies}
        readOnly={context.readOnly}
        onAddAgency={context.onAddAgency}
        onChange={(next: AgencyRef[]) => update(editor, nodeKey, (node) => $setState(node, leadAgenciesState, next))}
      />
      <AgencyChips
        label="Phối hợp"
        groupLabel="Cơ quan phối hợp"
        value={data.coordinating}
        agencies={context.agencies}
        readOnly={context.readOnly}
        onAddAgency={context.onAddAgency}
        onChange={(next: AgencyRef[]) => update(editor, nodeKey, (node) => $setState(node, coordinatingAgenciesState, next))}
      />
      <DeadlineField
        value={data.deadline}
        readOnly={context.readOnly}
        onChange={(next: Deadline | null) => update(editor, nodeKey, (node) => $setState(node, deadlineState, next))}
      />
      <label className="nb-meta-item">
        <span className="nb-meta-label">Ý con:</span>
        <select
          value={data.style}
          onChange={(event) => {
            const style = event.target.value === 'letter' ? 'letter' : 'dash';
            update(editor, nodeKey, (node) => $setState(node, subItemStyleState, style));
          }}
        >
          <option value="dash">gạch đầu dòng (-)</option>
          <option value="letter">điểm a), b), c)</option>
        </select>
      </label>
    </MetaPanel>
  );
});

const SchemeMeta = memo(function SchemeMeta({ editor, nodeKey, active, context }: MetaProps) {
  const data = editor.getEditorState().read(() => {
    const node = $getNodeByKey(nodeKey);
    return node === null ? null : { responsible: $getState(node, responsibleAgencyState), deadline: $getState(node, deadlineState) };
  });
  if (data === null) return null;
  return (
    <MetaPanel
      active={active}
      readOnly={context.readOnly}
      empty={data.responsible === null && data.deadline === null}
      summary={
        <>
          <ChipList label="Cơ quan chịu trách nhiệm" agencies={data.responsible ? [data.responsible] : []} />
          <DeadlineSummary deadline={data.deadline} />
        </>
      }
    >
      <AgencyChips
        label="Cơ quan chịu trách nhiệm"
        groupLabel="Cơ quan chịu trách nhiệm"
        single
        value={data.responsible ? [data.responsible] : []}
        agencies={context.agencies}
        readOnly={context.readOnly}
        onAddAgency={context.onAddAgency}
        onChange={(next: AgencyRef[]) => update(editor, nodeKey, (node) => $setState(node, responsibleAgencyState, next[0] ?? null))}
      />
      <DeadlineField
        value={data.deadline}
        readOnly={context.readOnly}
        onChange={(next: Deadline | null) => update(editor, nodeKey, (node) => $setState(node, deadlineState, next))}
      />
    </MetaPanel>
  );
});

/** A sub-item's own agencies and deadline: shown when it has some, offered when the caret is in it. */
const SubItemMeta = memo(function SubItemMeta({ editor, nodeKey, active, context }: MetaProps) {
  const data = editor.getEditorState().read(() => {
    const node = $getNodeByKey(nodeKey);
    return node === null
      ? null
      : {
          lead: $getState(node, leadAgenciesState),
          coordinating: $getState(node, coordinatingAgenciesState),
          deadline: $getState(node, deadlineState),
        };
  });
  if (data === null) return null;
  const empty = data.lead.length === 0 && data.coordinating.length === 0 && data.deadline === null;
  return (
    <MetaPanel
      active={false}
      hideIfEmpty={!active}
      emptyText=""
      openLabel={empty ? 'Giao cơ quan, thời hạn cho ý này' : 'Sửa ý này: cơ quan, thời hạn'}
      readOnly={context.readOnly}
      empty={empty}
      summary={
        <>
          <ChipList label="Chủ trì" agencies={data.lead} />
          <ChipList label="Phối hợp" agencies={data.coordinating} />
          <DeadlineSummary deadline={data.deadline} />
        </>
      }
    >
      <AgencyChips
        label="Chủ trì"
        groupLabel="Cơ quan chủ trì ý con"
        value={data.lead}
        agencies={context.agencies}
        readOnly={context.readOnly}
        onAddAgency={context.onAddAgency}
        onChange={(next: AgencyRef[]) => update(editor, nodeKey, (node) => $setState(node, leadAgenciesState, next))}
      />
      <AgencyChips
        label="Phối hợp"
        groupLabel="Cơ quan phối hợp ý con"
        value={data.coordinating}
        agencies={context.agencies}
        readOnly={context.readOnly}
        onAddAgency={context.onAddAgency}
        onChange={(next: AgencyRef[]) => update(editor, nodeKey, (node) => $setState(node, coordinatingAgenciesState, next))}
      />
      <DeadlineField
        value={data.deadline}
        readOnly={context.readOnly}
        onChange={(next: Deadline | null) => update(editor, nodeKey, (node) => $setState(node, deadlineState, next))}
      />
    </MetaPanel>
  );
});

export function MetaPortals({ context }: { context: MetaContext }) {
  const [editor] = useLexicalComposerContext();
  const [hosts, setHosts] = useState<ReadonlyMap<NodeKey, Host>>(new Map());
  const [activeKey, setActiveKey] = useState<NodeKey | null>(null);
  const [activeSubKey, setActiveSubKey] = useState<NodeKey | null>(null);

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
    const listen = (kind: Host['kind']) => (mutations: Map<NodeKey, 'created' | 'updated' | 'destroyed'>) => {
      const found = new Map<NodeKey, HTMLElement | null>();
      for (const [key, mutation] of mutations) {
        const element = mutation === 'destroyed' ? null : editor.getElementByKey(key)?.lastElementChild;
        found.set(key, element instanceof HTMLElement ? element : null);
      }
      setHosts((previous) => {
        const next = new Map(previous);
        for (const [key, element] of found) {
          if (element === null) next.delete(key);
          else next.set(key, { element, kind, version: (previous.get(key)?.version ?? 0) + 1 });
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

  return (
    <>
      {[...hosts].map(([key, host]) =>
        createPortal(
          host.kind === 'task' ? (
            <TaskMeta editor={editor} nodeKey={key} version={host.version} active={key === activeKey} context={context} />
          ) : host.kind === 'scheme' ? (
            <SchemeMeta editor={editor} nodeKey={key} version={host.version} active={key === activeKey} context={context} />
          ) : (
            <SubItemMeta editor={editor} nodeKey={key} version={host.version} active={key === activeSubKey} context={context} />
          ),
          host.element,
          key,
        ),
      )}
    </>
  );
}
