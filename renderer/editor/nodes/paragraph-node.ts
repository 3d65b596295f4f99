/** A body paragraph. Replaces Lexical's ParagraphNode, so every paragraph Lexical creates is a notice paragraph. */
import { $applyNodeReplacement, $setState, ParagraphNode, type LexicalNode } from 'lexical';
import { $ensureBlockId, newBlockId } from './block-id';
import { applyBlockAttributes } from './dom';
import { BLOCK_STATES, blockIdState } from './state';

export class NoticeParagraphNode extends ParagraphNode {
  override $config() {
    return this.config('notice-paragraph', {
      extends: ParagraphNode,
      stateConfigs: BLOCK_STATES,
      $transform: $ensureBlockId,
    });
  }

  override createDOM(config: Parameters<ParagraphNode['createDOM']>[0]): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('nb-block', 'nb-paragraph');
    applyBlockAttributes(dom, this);
    return dom;
  }

  override updateDOM(prevNode: ParagraphNode, dom: HTMLElement, config: Parameters<ParagraphNode['updateDOM']>[2]): boolean {
    const recreate = super.updateDOM(prevNode, dom, config);
    applyBlockAttributes(dom, this);
    return recreate;
  }
}

export function $createNoticeParagraphNode(id: string = newBlockId()): NoticeParagraphNode {
  return $setState($applyNodeReplacement(new NoticeParagraphNode()), blockIdState, id);
}
export function $isNoticeParagraphNode(node: LexicalNode | null | undefined): node is NoticeParagraphNode {
  return node instanceof NoticeParagraphNode;
}
