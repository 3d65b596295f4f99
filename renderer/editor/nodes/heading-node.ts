/** A section heading "I. …" (numbered) or an unnumbered heading. */
import { $getState, $setState, ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import { $ensureBlockId, newBlockId } from './block-id';
import { applyBlockAttributes, drawnDOM, el } from './dom';
import { $createNoticeParagraphNode, type NoticeParagraphNode } from './paragraph-node';
import { BLOCK_STATES, blockIdState, numberedState } from './state';

export class SectionHeadingNode extends ElementNode {
  override $config() {
    return this.config('notice-heading', {
      extends: ElementNode,
      stateConfigs: [...BLOCK_STATES, { stateConfig: numberedState, flat: true }],
      $transform: $ensureBlockId,
    });
  }

  override createDOM(): HTMLElement {
    return drawnDOM(this, el('h2', 'nb-block nb-heading'));
  }

  override updateDOM(_prevNode: unknown, dom: HTMLElement): boolean {
    applyBlockAttributes(dom, this);
    dom.classList.toggle('nb-numbered', $getState(this, numberedState, 'direct'));
    return false;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): NoticeParagraphNode {
    const next = $createNoticeParagraphNode();
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createSectionHeadingNode(id: string = newBlockId(), numbered = true): SectionHeadingNode {
  return $setState($setState(new SectionHeadingNode(), blockIdState, id), numberedState, numbered);
}
export function $isSectionHeadingNode(node: LexicalNode | null | undefined): node is SectionHeadingNode {
  return node instanceof SectionHeadingNode;
}
