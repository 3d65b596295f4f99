/** A dash item "- …" (level 1) or "+ …" (level 2) of the body. */
import { $getState, $setState, ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import { $ensureBlockId, newBlockId } from './block-id';
import { applyLevelledAttributes, drawnDOM, el } from './dom';
import { BLOCK_STATES, blockIdState, levelState } from './state';

export class DashNode extends ElementNode {
  override $config() {
    return this.config('notice-dash', {
      extends: ElementNode,
      stateConfigs: [...BLOCK_STATES, { stateConfig: levelState, flat: true }],
      $transform: $ensureBlockId,
    });
  }

  override createDOM(): HTMLElement {
    return drawnDOM(this, el('p', 'nb-block nb-dash'));
  }

  override updateDOM(_prevNode: unknown, dom: HTMLElement): boolean {
    applyLevelledAttributes(dom, this);
    return false;
  }

  getLevel(): 1 | 2 {
    return $getState(this, levelState);
  }

  setLevel(level: 1 | 2): this {
    return $setState(this, levelState, level);
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): DashNode {
    const next = $createDashNode(newBlockId(), this.getLevel());
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createDashNode(id: string = newBlockId(), level: 1 | 2 = 1): DashNode {
  return $setState($setState(new DashNode(), blockIdState, id), levelState, level);
}
export function $isDashNode(node: LexicalNode | null | undefined): node is DashNode {
  return node instanceof DashNode;
}
