/**
 * The DOM the notice nodes draw: block attributes (id, review mark, level), and the container of tasks, schemes and
 * sub-items, whose managed lines sit beside an unmanaged metadata part.
 */
import { $getState, setDOMUnmanaged, type LexicalNode } from 'lexical';
import { blockIdState, levelState, reviewReasonState, toReviewState } from './state';

/** data-block-id, the review class and label (with the mark's reason, if any) on a block's DOM element. */
export function applyBlockAttributes(dom: HTMLElement, node: LexicalNode): void {
  dom.dataset.blockId = $getState(node, blockIdState, 'direct');
  const review = $getState(node, toReviewState, 'direct');
  dom.classList.toggle('nb-review', review);
  if (review) {
    dom.dataset.toReview = 'true';
    const reason = $getState(node, reviewReasonState, 'direct');
    dom.title = reason ? `Cần rà soát: ${reason}` : 'Cần rà soát';
  } else {
    delete dom.dataset.toReview;
    dom.removeAttribute('title');
  }
}

/** The block attributes and the level-2 class of a dash item or a sub-item. */
export function applyLevelledAttributes(dom: HTMLElement, node: LexicalNode): void {
  applyBlockAttributes(dom, node);
  dom.classList.toggle('nb-level-2', $getState(node, levelState, 'direct') === 2);
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const dom = document.createElement(tag);
  dom.className = className;
  return dom;
}

/** A block's new DOM element, drawn by the node's updateDOM (which redraws it on later changes too). */
export function drawnDOM(node: { updateDOM(prevNode: null, dom: HTMLElement): boolean }, dom: HTMLElement): HTMLElement {
  node.updateDOM(null, dom);
  return dom;
}

/**
 * Container DOM: the managed lines go in the first child; the second holds the (non-editable) metadata UI: a task's
 * warning about agencies its text does not name (filled by ui/AgencyMentionWarnings.tsx), the plain-DOM summary
 * (see meta-summary.ts) and, last, the place where React mounts the controls when open.
 */
export function createContainerDOM(className: string, contentClass = 'nb-lines', withAgencyWarning = false): HTMLElement {
  const dom = el('div', className);
  const lines = el('div', contentClass);
  const meta = el('div', 'nb-meta');
  meta.contentEditable = 'false';
  if (withAgencyWarning) {
    const warning = el('div', 'nb-agency-warning');
    warning.setAttribute('role', 'note');
    warning.hidden = true;
    meta.append(warning);
  }
  meta.append(el('div', 'nb-meta-view'), el('div', 'nb-meta-edit'));
  // Everything in it is drawn outside Lexical's document model: Lexical must neither revert those DOM changes nor
  // map selections in it.
  setDOMUnmanaged(meta, { captureSelection: true });
  dom.append(lines, meta);
  return dom;
}
