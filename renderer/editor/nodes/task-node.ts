/** A numbered task: title line, content line, sub-items; agencies and deadline as node state. */
import {
  $getEditor,
  $isElementNode,
  $isRootNode,
  $setState,
  $getState,
  ElementNode,
  type ElementDOMSlot,
  type LexicalNode,
} from 'lexical';
import { $ensureBlockId, newBlockId } from './block-id';
import { $isDashNode } from './dash-node';
import { applyBlockAttributes, createContainerDOM, drawnDOM } from './dom';
import { $createLineNode, $isLineNode, $takeInline, type LineNode } from './line-node';
import { $paintMetaSummary } from './meta-summary';
import { BLOCK_STATES, blockIdState, coordinatingAgenciesState, deadlineState, leadAgenciesState, subItemStyleState } from './state';
import { $createSubItemNode, $isSubItemNode, type SubItemNode } from './sub-item-node';

export class TaskNode extends ElementNode {
  override $config() {
    return this.config('notice-task', {
      extends: ElementNode,
      stateConfigs: [
        ...BLOCK_STATES,
        { stateConfig: leadAgenciesState, flat: true },
        { stateConfig: coordinatingAgenciesState, flat: true },
        { stateConfig: deadlineState, flat: true },
        { stateConfig: subItemStyleState, flat: true },
      ],
      $transform: $normalizeTask,
    });
  }

  override createDOM(): HTMLElement {
    return drawnDOM(this, createContainerDOM('nb-block nb-task', 'nb-lines', true));
  }

  override updateDOM(prevNode: TaskNode | null, dom: HTMLElement): boolean {
    applyBlockAttributes(dom, this);
    dom.classList.toggle('nb-letter', $getState(this, subItemStyleState, 'direct') === 'letter');
    $paintMetaSummary('task', prevNode, this, dom);
    return false;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withElement(element.firstElementChild as HTMLElement);
  }

  getTitleLine(): LineNode | null {
    const first = this.getFirstChild();
    return $isLineNode(first, 'task-title') ? first : null;
  }

  getContentLine(): LineNode | null {
    const second = this.getChildAtIndex(1);
    return $isLineNode(second, 'task-content') ? second : null;
  }

  getSubItems(): SubItemNode[] {
    return this.getChildren().filter($isSubItemNode);
  }
}

export function $createTaskNode(id: string = newBlockId()): TaskNode {
  const task = $setState(new TaskNode(), blockIdState, id);
  task.append($createLineNode('task-title'), $createLineNode('task-content'));
  return task;
}
export function $isTaskNode(node: LexicalNode | null | undefined): node is TaskNode {
  return node instanceof TaskNode;
}

/** Keeps a task's children in the shape [title, content, sub-items…] whatever an edit did to them. */
function $normalizeTask(task: TaskNode): void {
  if ($getEditor().isComposing()) return;
  $ensureBlockId(task);
  const children = task.getChildren();
  const ok =
    $isLineNode(children[0], 'task-title') &&
    $isLineNode(children[1], 'task-content') &&
    children.slice(2).every($isSubItemNode);
  if (!ok) {
    let title: LineNode | null = null;
    let content: LineNode | null = null;
    const subs: SubItemNode[] = [];
    const stray: LexicalNode[] = [];
    for (const child of children) {
      if (title === null && $isLineNode(child, 'task-title')) title = child;
      else if (content === null && $isLineNode(child, 'task-content')) content = child;
      else if ($isSubItemNode(child)) subs.push(child);
      else if ($isElementNode(child) && !child.isInline()) {
        // Any other block that landed in the task becomes a sub-item with its text.
        const sub = $createSubItemNode(newBlockId(), $isDashNode(child) ? child.getLevel() : 1);
        $takeInline(child, sub);
        child.remove();
        subs.push(sub);
      } else stray.push(child);
    }
    content ??= $createLineNode('task-content');
    if (stray.length > 0) content.append(...stray);
    task.append(title ?? $createLineNode('task-title'), content, ...subs);
  }
  const parent = task.getParent();
  if (parent !== null && !$isRootNode(parent)) {
    // Tasks live at the top level only.
    const top = task.getTopLevelElement();
    if (top !== null && top !== task) top.insertAfter(task);
  }
}
