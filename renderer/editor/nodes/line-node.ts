/** One editable line of a task or a scheme: its title, its content or its conclusion. */
import { $getEditor, $getState, $isElementNode, $setState, ElementNode, type LexicalNode } from 'lexical';
import { el } from './dom';
import { $createNoticeParagraphNode } from './paragraph-node';
import { $isSchemeNode } from './scheme-node';
import { lineRoleState, type LineRole } from './state';
import { $isTaskNode } from './task-node';

export class LineNode extends ElementNode {
  override $config() {
    return this.config('notice-line', {
      extends: ElementNode,
      stateConfigs: [{ stateConfig: lineRoleState, flat: true }],
      $transform: $normalizeLine,
    });
  }

  override createDOM(): HTMLElement {
    // An element made again (by undo, or a move) starts with its emptiness: an empty title line without nb-empty
    // showed its number alone on a line ("2.") until a reload. Later changes are kept by the editor's EmptyLines.
    const dom = el('div', `nb-line nb-${$getState(this, lineRoleState, 'direct')}`);
    dom.classList.toggle('nb-empty', this.getTextContentSize() === 0);
    return dom;
  }

  override updateDOM(prevNode: LineNode): boolean {
    return $getState(prevNode, lineRoleState, 'direct') !== $getState(this, lineRoleState, 'direct');
  }

  getRole(): LineRole {
    return $getState(this, lineRoleState);
  }
}

export function $createLineNode(role: LineRole): LineNode {
  return $setState(new LineNode(), lineRoleState, role);
}
export function $isLineNode(node: LexicalNode | null | undefined, role?: LineRole): node is LineNode {
  return node instanceof LineNode && (role === undefined || node.getRole() === role);
}

/** A line that ended up outside its task or scheme (e.g. after an odd paste) becomes a plain paragraph. */
function $normalizeLine(line: LineNode): void {
  if ($getEditor().isComposing()) return;
  const parent = line.getParent();
  const role = line.getRole();
  const home = role.startsWith('task') ? $isTaskNode(parent) : $isSchemeNode(parent);
  if (home || parent === null) return;
  const paragraph = $createNoticeParagraphNode();
  paragraph.append(...line.getChildren());
  line.replace(paragraph);
}

/** Moves the text (inline) children of an element into a fresh line/sub-item. */
export function $takeInline(from: ElementNode, into: ElementNode): void {
  into.append(...from.getChildren().filter((c) => !$isElementNode(c) || c.isInline()));
}
