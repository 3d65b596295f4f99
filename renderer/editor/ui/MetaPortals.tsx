/**
 * Agencies and deadlines of tasks, schemes and sub-items. Every block shows a plain-DOM summary drawn by its node
 * (nodes/meta-summary.ts); React controls are mounted only for the task or scheme holding the caret and for panels
 * opened with their button, into the non-editable part of the node's DOM (see TaskNode.getDOMSlot). A long notice
 * has hundreds of tasks: a React portal (with its event listeners) per task would make opening it slow.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $getState,
  $isRangeSelection,
  $setSelection,
  $setState,
  COMMAND_PRIORITY_CRITICAL,
  KEY_ENTER_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  type RangeSelection,
  type EditorState,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Agency } from '../../../shared/api';
import type { IsoDate } from '../../../shared/notice/schema';
import { type MetaData, type MetaKind, $readMetaData } from '../nodes/meta-summary';
import { $isSchemeNode, SchemeNode } from '../nodes/scheme-node';
import {
  coordinatingAgenciesState,
  deadlineState,
  leadAgenciesState,
  responsibleAgencyState,
  subItemStyleState,
  toReviewState,
} from '../nodes/state';
import { $isSubItemNode, SubItemNode } from '../nodes/sub-item-node';
import { $isTaskNode, TaskNode } from '../nodes/task-node';
import { $firstEditable, $isBlockNode } from '../nodes/tree-queries';
import { AgencyChips } from './AgencyChips';
import { DeadlineField } from './DeadlineField';

type Kind = MetaKind;

export interface MetaContext {
  agencies: readonly Agency[];
  /** The notice's date, for the agencies that exist on it (see AgencyChips). */
  agencyDate: IsoDate;
  readOnly: boolean;
  onAddAgency?: (name: string) => Promise<Agency | undefined>;
}

function readData(state: EditorState, key: NodeKey): MetaData | null {
  return state.read(() => {
    const node = $getNodeByKey(key);
    return node === null ? null : $readMetaData(node);
  });
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

// ------------------------------------------------------------------------------------------------ React controls

interface ControlsProps {
  editor: LexicalEditor;
  nodeKey: NodeKey;
  kind: Kind;
  version: number;
  /** Opened with its button: a "Xong" button closes it. */
  opened: boolean;
  /** The node whose panel was just opened by the user: its first control takes the focus, once. */
  focusRequest: { current: NodeKey | null };
  context: MetaContext;
  onClose(key: NodeKey): void;
}

const MetaControls = memo(function MetaControls({ editor, nodeKey, kind, opened, focusRequest, context, onClose }: ControlsProps) {
  const row = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Only the user's "open" moves the focus: neither the caret entering a task nor an undo that brings an opened
    // panel back (its controls mount again) may take the keyboard out of the text.
    if (!opened || focusRequest.current !== nodeKey) return;
    focusRequest.current = null;
    row.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [opened, focusRequest, nodeKey]);
  const data = readData(editor.getEditorState(), nodeKey);
  if (data === null) return null;
  const set = (apply: (node: TaskNode | SchemeNode | SubItemNode) => void) => update(editor, nodeKey, apply);
  const common = { agencies: context.agencies, onDate: context.agencyDate, readOnly: context.readOnly, onAddAgency: context.onAddAgency };
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
      {kind === 'sub-item' ? null : (
        <span className="nb-meta-hint">
          <kbd>Alt+Enter</kbd> từ nội dung: vào đây · <kbd>Esc</kbd>: trở lại nội dung
        </span>
      )}
    </div>
  );
});

// ------------------------------------------------------------------------------------------------ the plugin

function kindOf(node: LexicalNode | null): Kind | null {
  return $isTaskNode(node) ? 'task' : $isSchemeNode(node) ? 'scheme' : $isSubItemNode(node) ? 'sub-item' : null;
}

/** Where a node's controls are mounted: the second child of its non-editable part. */
function controlsHost(editor: LexicalEditor, key: NodeKey): HTMLElement | null {
  const edit = editor.getElementByKey(key)?.lastElementChild?.lastElementChild;
  return edit instanceof HTMLElement ? edit : null;
}

interface Shown {
  data: MetaData | null;
  host: HTMLElement | null;
}

const sameData = (a: MetaData | null, b: MetaData | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.lead === b.lead &&
    a.coordinating === b.coordinating &&
    a.responsible === b.responsible &&
    a.deadline === b.deadline &&
    a.style === b.style);

export function MetaPortals({ context }: { context: MetaContext }) {
  const [editor] = useLexicalComposerContext();
  const [opened, setOpened] = useState<ReadonlySet<NodeKey>>(new Set());
  const [activeKey, setActiveKey] = useState<NodeKey | null>(null);
  /** Bumped when a node whose controls are shown changes (its data or its element), so they read it again. */
  const [version, setVersion] = useState(0);
  const expandedRef = useRef<ReadonlySet<NodeKey>>(new Set());
  const shownRef = useRef(new Map<NodeKey, Shown>());

  const focusRequest = useRef<NodeKey | null>(null);
  const open = useCallback((key: NodeKey) => {
    focusRequest.current = key;
    setOpened((previous) => new Set(previous).add(key));
  }, []);
  const close = useCallback(
    (key: NodeKey) =>
      setOpened((previous) => {
        const next = new Set(previous);
        next.delete(key);
        return next;
      }),
    [],
  );

  // The task or scheme holding the caret: class nb-active (its summary gives way to its controls, its empty title
  // line shows). The sub-item holding it: class nb-caret-in (its "assign" button shows).
  useEffect(() => {
    let active: NodeKey | null = null;
    let activeSub: NodeKey | null = null;
    const mark = (key: NodeKey | null, className: string, on: boolean) => {
      if (key !== null) editor.getElementByKey(key)?.classList.toggle(className, on);
    };
    /**
     * While the keyboard is in the active block's controls, the block stays active whatever the editor's selection
     * says: a focused select or button holds no text selection, the browser leaves the page's selection in the panel,
     * Lexical reads it as a point outside the block, and the panel unmounted under the user (Tab from the date field
     * to "Ý con" lost the focus and the date's message).
     */
    const keyboardInPanelOf = (key: NodeKey | null) => {
      const focused = document.activeElement;
      if (key === null || !(focused instanceof HTMLElement) || focused.closest('.nb-meta') === null) return false;
      return editor.getElementByKey(key)?.contains(focused) ?? false;
    };
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
        mark(activeSub, 'nb-caret-in', false);
        activeSub = sub;
      }
      // Again on every update: a sub-item's element can be new (moved with its task, recreated by undo).
      mark(sub, 'nb-caret-in', true);
      if (next === active || keyboardInPanelOf(active)) return;
      mark(active, 'nb-active', false);
      mark(next, 'nb-active', true);
      active = next;
      setActiveKey(next);
    });
  }, [editor]);

  // The keyboard to the panel and back: Alt+Enter in the text of a task or scheme goes to its first control (every
  // task, not only the first, which a plain Tab reaches); Esc or Alt+Enter in the panel returns to the text where
  // it left.
  useEffect(() => {
    let left: { block: NodeKey; selection: RangeSelection } | null = null;
    const toPanel = (event: KeyboardEvent | null) => {
      if (!event?.altKey || event.ctrlKey || event.metaKey || event.shiftKey || editor.isComposing()) return false;
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      const top = selection.anchor.getNode().getTopLevelElement();
      if (!$isTaskNode(top) && !$isSchemeNode(top)) return false;
      event.preventDefault();
      left = { block: top.getKey(), selection: selection.clone() };
      const key = top.getKey();
      // The controls of the block holding the caret are mounted (nb-active); focus them once this key is done.
      queueMicrotask(() => controlsHost(editor, key)?.querySelector<HTMLElement>('input, select')?.focus());
      return true;
    };
    /** Back to where the caret was; for a panel reached otherwise (its button, Tab), to the end of its block's text. */
    const backToText = (panel: HTMLElement) => {
      const from = left;
      left = null;
      // Lexical leaves the page's selection alone while an input has the focus: take it back first.
      editor.getRootElement()?.focus({ preventScroll: true });
      editor.update(() => {
        const selection = from?.selection;
        if (selection && $getNodeByKey(selection.anchor.key) && $getNodeByKey(selection.focus.key)) {
          $setSelection(selection.clone());
          return;
        }
        const block = from ? $getNodeByKey(from.block) : $getNearestNodeFromDOMNode(panel)?.getTopLevelElement();
        if ($isBlockNode(block)) $firstEditable(block).selectEnd();
      });
    };
    const onPanelKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target.closest('.nb-meta') === null) return;
      // Esc in an open suggestion list closes the list only.
      const back = (event.key === 'Escape' && target.getAttribute('aria-expanded') !== 'true') || (event.key === 'Enter' && event.altKey);
      if (!back) return;
      event.preventDefault();
      event.stopPropagation();
      backToText(target);
    };
    return mergeRegister(
      editor.registerCommand(KEY_ENTER_COMMAND, toPanel, COMMAND_PRIORITY_CRITICAL),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('keydown', onPanelKey);
        root?.addEventListener('keydown', onPanelKey);
      }),
    );
  }, [editor]);

  // The "edit" buttons of the summaries (plain DOM, drawn by the nodes) open the controls.
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (root === null) return;
        const onClick = (event: MouseEvent) => {
          const button = event.target instanceof Element ? event.target.closest('.nb-meta-view .nb-meta-toggle') : null;
          if (button === null) return;
          const key = editor.read(() => $getNearestNodeFromDOMNode(button)?.getKey());
          if (key !== undefined) open(key);
        };
        root.addEventListener('click', onClick);
        return () => root.removeEventListener('click', onClick);
      }),
    [editor, open],
  );

  // Controls read their node again when it changes; panels of removed nodes close.
  useEffect(() => {
    const listen = (mutations: Map<NodeKey, 'created' | 'updated' | 'destroyed'>) => {
      let changed = false;
      const gone: NodeKey[] = [];
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') gone.push(key);
        if (!expandedRef.current.has(key)) continue;
        const shown = shownRef.current.get(key);
        const now: Shown = { data: mutation === 'destroyed' ? null : readData(editor.getEditorState(), key), host: controlsHost(editor, key) };
        if (!shown || !sameData(shown.data, now.data) || shown.host !== now.host) changed = true;
      }
      if (gone.length > 0) {
        setOpened((previous) => (gone.some((key) => previous.has(key)) ? new Set([...previous].filter((key) => !gone.includes(key))) : previous));
      }
      if (changed) setVersion((v) => v + 1);
    };
    return mergeRegister(
      editor.registerMutationListener(TaskNode, listen, { skipInitialization: true }),
      editor.registerMutationListener(SchemeNode, listen, { skipInitialization: true }),
      editor.registerMutationListener(SubItemNode, listen, { skipInitialization: true }),
    );
  }, [editor]);

  const expanded = context.readOnly ? [] : [...new Set([...(activeKey === null ? [] : [activeKey]), ...opened])];

  // Opened panels hide their summary (the active task's summary is hidden by CSS on nb-active).
  useLayoutEffect(() => {
    for (const key of opened) editor.getElementByKey(key)?.classList.add('nb-meta-open');
    return () => {
      for (const key of opened) editor.getElementByKey(key)?.classList.remove('nb-meta-open');
    };
  }, [editor, opened, version]);

  const state = editor.getEditorState();
  const portals = expanded.flatMap((key) => {
    const kind = state.read(() => kindOf($getNodeByKey(key)));
    const host = controlsHost(editor, key);
    return kind === null || host === null ? [] : [{ key, kind, host }];
  });
  expandedRef.current = new Set(portals.map((p) => p.key));
  shownRef.current = new Map(portals.map((p) => [p.key, { data: readData(state, p.key), host: p.host }]));

  return (
    <>
      {portals.map(({ key, kind, host }) =>
        createPortal(
          <MetaControls
            editor={editor}
            nodeKey={key}
            kind={kind}
            version={version}
            opened={opened.has(key) && key !== activeKey}
            focusRequest={focusRequest}
            context={context}
            onClose={close}
          />,
          host,
          key,
        ),
      )}
    </>
  );
}
