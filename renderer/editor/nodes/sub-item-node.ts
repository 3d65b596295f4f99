/** A sub-item of a task: a dash item "- …" / "+ …", or a lettered point "a) …", with its own agencies and deadline. */
import { $getEditor, $getState, $setState, ElementNode, type ElementDOMSlot, type LexicalNode } from 'lexical';
import { $ensureBlockId, newBlockId } from './block-id';
import { $createDashNode } from './dash-node';
import { applyLevelledAttributes, createContainerDOM, drawnDOM } from './dom';
import { $paintMetaSummary } from './meta-summary';
import {
  $copyReviewMark,
  BLOCK_STATES,
  blockIdState,
  coordinatingAgenciesState,
  deadlineState,
  leadAgenciesState,
  levelState,
} from './state';
import { $isTaskNode } from './task-node';

export class SubItemNode extends ElementNode {
  override $config() {
    return this.config('notice-subitem', {
      extends: ElementNode,
      stateConfigs: [
        ...BLOCK_STATES,
        { stateConfig: levelState, flat: true },
        { stateConfig: leadAgenciesState, flat: true },
        { stateConfig: coordinatingAgenciesState, flat: true },
        { stateConfig: deadlineState, flat: true },
      ],
      $transform: $normalizeSubItem,
    });
  }

  override createDOM(): HTMLElement {
    // The text in the first child, the sub-item's own agencies/deadline panel in the second.
    return drawnDOM(this, createContainerDOM('nb-subitem', 'nb-subitem-text'));
  }

  override updateDOM(prevNode: SubItemNode | null, dom: HTMLElement): boolean {
    applyLevelledAttributes(dom, this);
    $paintMetaSummary('sub-item', prevNode, this, dom);
    return false;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withElement(element.firstElementChild as HTMLElement);
  }

  getLevel(): 1 | 2 {
    return $getState(this, levelState);
  }

  setLevel(level: 1 | 2): this {
    return $setState(this, levelState, level);
  }
}

export function $createSubItemNode(id: string = newBlockId(), level: 1 | 2 = 1): SubItemNode {
  return $setState($setState(new SubItemNode(), blockIdState, id), levelState, level);
}
export function $isSubItemNode(node: LexicalNode | null | undefined): node is SubItemNode {
  return node instanceof SubItemNode;
}

/** A sub-item outside a task becomes a dash item of the same level. */
function $normalizeSubItem(sub: SubItemNode): void {
  if ($getEditor().isComposing()) return;
  $ensureBlockId(sub);
  const parent = sub.getParent();
  if (parent === null || $isTaskNode(parent)) return;
  const dash = $createDashNode($getState(sub, blockIdState), sub.getLevel());
  $copyReviewMark(sub, dash);
  dash.append(...sub.getChildren());
  sub.replace(dash);
}
