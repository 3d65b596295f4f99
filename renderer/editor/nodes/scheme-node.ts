/** A scheme submitted at the meeting: title, conclusion, responsible agency, deadline. */
import { $getEditor, $isElementNode, $setState, ElementNode, type ElementDOMSlot, type LexicalNode } from 'lexical';
import { $ensureBlockId, newBlockId } from './block-id';
import { applyBlockAttributes, createContainerDOM, drawnDOM } from './dom';
import { $createLineNode, $isLineNode, $takeInline, type LineNode } from './line-node';
import { $paintMetaSummary } from './meta-summary';
import { BLOCK_STATES, blockIdState, deadlineState, responsibleAgencyState } from './state';

export class SchemeNode extends ElementNode {
  override $config() {
    return this.config('notice-scheme', {
      extends: ElementNode,
      stateConfigs: [
        ...BLOCK_STATES,
        { stateConfig: responsibleAgencyState, flat: true },
        { stateConfig: deadlineState, flat: true },
      ],
      $transform: $normalizeScheme,
    });
  }

  override createDOM(): HTMLElement {
    return drawnDOM(this, createContainerDOM('nb-block nb-scheme'));
  }

  override updateDOM(prevNode: SchemeNode | null, dom: HTMLElement): boolean {
    applyBlockAttributes(dom, this);
    $paintMetaSummary('scheme', prevNode, this, dom);
    return false;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    return super.getDOMSlot(element).withElement(element.firstElementChild as HTMLElement);
  }

  getTitleLine(): LineNode | null {
    const first = this.getFirstChild();
    return $isLineNode(first, 'scheme-title') ? first : null;
  }

  getConclusionLine(): LineNode | null {
    const second = this.getChildAtIndex(1);
    return $isLineNode(second, 'scheme-conclusion') ? second : null;
  }
}

export function $createSchemeNode(id: string = newBlockId()): SchemeNode {
  const scheme = $setState(new SchemeNode(), blockIdState, id);
  scheme.append($createLineNode('scheme-title'), $createLineNode('scheme-conclusion'));
  return scheme;
}
export function $isSchemeNode(node: LexicalNode | null | undefined): node is SchemeNode {
  return node instanceof SchemeNode;
}

/** Keeps a scheme's children in the shape [title, conclusion]. */
function $normalizeScheme(scheme: SchemeNode): void {
  if ($getEditor().isComposing()) return;
  $ensureBlockId(scheme);
  const children = scheme.getChildren();
  if (children.length === 2 && $isLineNode(children[0], 'scheme-title') && $isLineNode(children[1], 'scheme-conclusion')) {
    return;
  }
  let title: LineNode | null = null;
  let conclusion: LineNode | null = null;
  for (const child of children) {
    if (title === null && $isLineNode(child, 'scheme-title')) title = child;
    else if (conclusion === null && $isLineNode(child, 'scheme-conclusion')) conclusion = child;
    else {
      // Anything else in a scheme joins the conclusion's text.
      conclusion ??= $createLineNode('scheme-conclusion');
      if ($isElementNode(child) && !child.isInline()) {
        $takeInline(child, conclusion);
        child.remove();
      } else conclusion.append(child);
    }
  }
  scheme.append(title ?? $createLineNode('scheme-title'), conclusion ?? $createLineNode('scheme-conclusion'));
}
