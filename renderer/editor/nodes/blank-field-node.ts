/**
 * A template's blank bound to a meeting detail (a rich-text run with `field`): text the meeting panel fills. It is a
 * TextNode, so the caret, selection and IME work in it as in any text; Lexical never merges it with its neighbours
 * (it is not "simple text") and text typed right before or after it goes into a node of its own. Once its text is
 * edited by hand it is unbound: the same node stays (the caret stays where it is) but no longer follows the meeting,
 * and it is read back as plain text.
 */
import {
  $applyNodeReplacement,
  $getRoot,
  $getState,
  $isElementNode,
  $setState,
  createState,
  TextNode,
  type EditorConfig,
  type LexicalNode,
} from 'lexical';
import { BLANK_FIELDS, blankFieldText } from '../../../shared/notice/blank-fields';
import type { BlankField, Meeting } from '../../../shared/notice/schema';

const isBlankField = (value: unknown): value is BlankField => (BLANK_FIELDS as readonly unknown[]).includes(value);

/** The meeting detail it shows; null once edited by hand. */
const blankFieldState = createState('blankField', { parse: (v): BlankField | null => (isBlankField(v) ? v : null) });
/** The text it was last filled with: any other text was typed by hand. */
const filledState = createState('blankFilled', { parse: (v): string => (typeof v === 'string' ? v : '') });

function $unbindWhenEdited(node: BlankFieldNode): void {
  if ($getState(node, blankFieldState) !== null && node.getTextContent() !== $getState(node, filledState)) {
    $setState(node, blankFieldState, null);
  }
}

export class BlankFieldNode extends TextNode {
  override $config() {
    return this.config('blank-field', {
      extends: TextNode,
      stateConfigs: [{ flat: true, stateConfig: blankFieldState }, { flat: true, stateConfig: filledState }],
      $transform: $unbindWhenEdited,
    });
  }

  getBlankField(): BlankField | null {
    return $getState(this, blankFieldState);
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    this.decorate(dom);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const recreate = super.updateDOM(prevNode, dom, config);
    this.decorate(dom);
    return recreate;
  }

  private decorate(dom: HTMLElement): void {
    const field = this.getBlankField();
    dom.classList.toggle('nb-blank-field', field !== null);
    if (field === null) {
      dom.removeAttribute('data-field');
      dom.removeAttribute('title');
    } else {
      dom.setAttribute('data-field', field);
      dom.setAttribute('title', 'Điền từ thông tin cuộc họp (bảng “Cuộc họp”); sửa trực tiếp thì thành chữ thường');
    }
  }

  // Typing next to a bound blank does not grow it: the new text is the secretary's, the blank stays the meeting's.
  override canInsertTextBefore(): boolean {
    return this.getBlankField() === null;
  }

  override canInsertTextAfter(): boolean {
    return this.getBlankField() === null;
  }
}

export function $createBlankFieldNode(field: BlankField, text: string): BlankFieldNode {
  const node = $applyNodeReplacement(new BlankFieldNode(text));
  $setState(node, blankFieldState, field);
  return $setState(node, filledState, text);
}

export function $isBlankFieldNode(node: LexicalNode | null | undefined): node is BlankFieldNode {
  return node instanceof BlankFieldNode;
}

/** Sets every bound blank of the body to the meeting's details (inside an update). */
export function $fillBlankFields(meeting: Meeting): void {
  const visit = (node: LexicalNode) => {
    if ($isElementNode(node)) node.getChildren().forEach(visit);
    else if ($isBlankFieldNode(node)) {
      const field = node.getBlankField();
      if (field === null) return;
      const text = blankFieldText(field, meeting);
      if (text === node.getTextContent()) return;
      $setState(node.setTextContent(text), filledState, text);
    }
  };
  visit($getRoot());
}
