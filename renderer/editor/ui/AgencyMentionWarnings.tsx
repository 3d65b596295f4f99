/**
 * A warning on every task whose agency chips name an agency its text does not: the printed notice shows only the
 * prose, so such a task does not say who must do it. The warning is a small plain-DOM note at the top of the task's
 * non-editable part (made with the task's DOM, see createContainerDOM; class nb-agency-unnamed on the task). Only the
 * tasks an update touched are checked again, so typing in one task costs one task's check.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, HISTORIC_TAG, type EditorState, type NodeKey } from 'lexical';
import { useEffect, useMemo } from 'react';
import type { Agency } from '../../../shared/api';
import { createAgencyMentionChecker, type AgencyMentionChecker, type UnnamedAgency } from '../../../shared/checks/agency-mentions';
import { whenIdle } from '../idle';
import { $nodeToBlock } from '../mapping';
import { $isTaskNode, TaskNode } from '../nodes/task-node';

export const UNNAMED_AGENCY_TITLE = 'Chưa nêu tên cơ quan này trong nội dung nhiệm vụ';

const ROLE_LABELS: Record<UnnamedAgency['role'], string> = { lead: 'chủ trì', coordinating: 'phối hợp' };

function signature(unnamed: readonly UnnamedAgency[]): string {
  return unnamed.map((u) => `${u.role}:${u.subItemId ?? ''}:${u.agency.name}`).join('\n');
}

/** Shows (or hides) the warning of one task's DOM element; the DOM is touched only when the result changed. */
function paint(task: HTMLElement, unnamed: readonly UnnamedAgency[]): void {
  const warning = task.querySelector<HTMLElement>(':scope > .nb-meta > .nb-agency-warning');
  const key = signature(unnamed);
  if (warning === null || (warning.dataset.signature ?? '') === key) return;
  task.classList.toggle('nb-agency-unnamed', unnamed.length > 0);
  warning.dataset.signature = key;
  warning.hidden = unnamed.length === 0;
  const chips = unnamed.map((u) => {
    const chip = document.createElement('span');
    chip.className = 'nb-chip nb-chip-unnamed';
    chip.title = UNNAMED_AGENCY_TITLE;
    chip.textContent = `${u.agency.name} (${u.subItemId === undefined ? '' : 'ý con, '}${ROLE_LABELS[u.role]})`;
    return chip;
  });
  const label = document.createElement('span');
  label.className = 'nb-agency-warning-label';
  label.textContent = unnamed.length === 1 ? `${UNNAMED_AGENCY_TITLE}:` : 'Chưa nêu tên các cơ quan này trong nội dung nhiệm vụ:';
  warning.replaceChildren(label, ...chips);
}

function refresh(editor: { getElementByKey(key: NodeKey): HTMLElement | null }, state: EditorState, checker: AgencyMentionChecker, keys: Iterable<NodeKey> | null): void {
  state.read(() => {
    const nodes = keys === null ? $getRoot().getChildren() : [...keys].map((key) => $getNodeByKey(key));
    for (const node of nodes) {
      if (!$isTaskNode(node)) continue;
      const dom = editor.getElementByKey(node.getKey());
      const block = $nodeToBlock(node);
      if (dom !== null && block.type === 'task') paint(dom, checker.unnamedInTask(block));
    }
  });
}

export function AgencyMentionWarnings({ agencies }: { agencies: readonly Agency[] }) {
  const [editor] = useLexicalComposerContext();
  const checker = useMemo(() => createAgencyMentionChecker(agencies), [agencies]);

  useEffect(() => {
    // A new directory can change every result: check all tasks (once the notice is shown and the browser idle: it
    // reads every task), then follow the edits.
    const cancelFirst = whenIdle(() => refresh(editor, editor.getEditorState(), checker, null));
    let pending = new Set<NodeKey>();
    let full = false;
    return mergeRegister(
      cancelFirst,
      // A task's DOM drawn anew (a new task, a task loaded again) gets its warning at once.
      editor.registerMutationListener(
        TaskNode,
        (mutations) => {
          const created = [...mutations].filter(([, mutation]) => mutation === 'created').map(([key]) => key);
          if (created.length > 0) refresh(editor, editor.getEditorState(), checker, created);
        },
        { skipInitialization: true },
      ),
      editor.registerUpdateListener(({ editorState, dirtyElements, tags }) => {
        // Undo/redo swaps the whole state without listing what changed.
        if (tags.has(HISTORIC_TAG)) full = true;
        // An edit inside a task marks the task dirty too.
        for (const key of dirtyElements.keys()) pending.add(key);
        if (editor.isComposing() || (!full && pending.size === 0)) return;
        refresh(editor, editorState, checker, full ? null : pending);
        pending = new Set();
        full = false;
      }),
    );
  }, [editor, checker]);

  return null;
}
