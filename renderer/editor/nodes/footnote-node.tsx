/**
 * A footnote reference, as Word shows it: a superscript number at its place in the text (a CSS counter, so it follows
 * document order), one unit for the caret and Backspace. The footnote's own text is NodeState of the node; the
 * editor lists and edits it under the body (ui/FootnoteList.tsx).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getState, $setState, createCommand, createState, DecoratorNode, type LexicalNode, type NodeKey } from 'lexical';
import type { ReactNode } from 'react';
import { plainText } from '../../../shared/notice/rich-text';
import type { FootnoteRun } from '../../../shared/notice/schema';
import { requireNoticeSchemas } from '../notice-schemas';
import { el } from './dom';

const NO_RUNS: readonly FootnoteRun[] = Object.freeze([]);

/** The footnote's text as runs (bold/italic/underline kept). */
export const footnoteState = createState('footnote', {
  parse: (v): readonly FootnoteRun[] => {
    if (v === undefined) return NO_RUNS;
    const parsed = requireNoticeSchemas().schema.FootnoteRunSchema.array().safeParse(v);
    return parsed.success && parsed.data.length > 0 ? parsed.data : NO_RUNS;
  },
});

/** Asks the footnote list to put the caret in the text of this footnote. */
export const FOCUS_FOOTNOTE_COMMAND = createCommand<NodeKey>('FOCUS_FOOTNOTE_COMMAND');

function FootnoteMark({ nodeKey, text }: { nodeKey: NodeKey; text: string }) {
  const [editor] = useLexicalComposerContext();
  return (
    <span
      className="nb-footnote-mark"
      title={text === '' ? 'Chú thích (chưa có nội dung)' : text}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => editor.dispatchCommand(FOCUS_FOOTNOTE_COMMAND, nodeKey)}
    />
  );
}

export class FootnoteNode extends DecoratorNode<ReactNode> {
  override $config() {
    return this.config('notice-footnote', {
      extends: DecoratorNode,
      stateConfigs: [{ stateConfig: footnoteState, flat: true }],
    });
  }

  override createDOM(): HTMLElement {
    const dom = el('sup', 'nb-footnote-ref');
    dom.setAttribute('aria-label', 'Chú thích');
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  getFootnote(): readonly FootnoteRun[] {
    return $getState(this, footnoteState);
  }

  setFootnote(runs: readonly FootnoteRun[]): this {
    return $setState(this, footnoteState, runs);
  }

  override decorate(): ReactNode {
    return <FootnoteMark nodeKey={this.getKey()} text={plainText([...this.getFootnote()])} />;
  }
}

export function $createFootnoteNode(runs: readonly FootnoteRun[] = NO_RUNS): FootnoteNode {
  return new FootnoteNode().setFootnote(runs);
}
export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
