/**
 * The footnotes of the notice, listed under the body in document order as Word lists them at the foot of the page:
 * the number (the same the superscript shows) and the footnote's text, edited here. Editing is an undoable edit of
 * the reference node; Esc returns the caret to the text just after the reference.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $nodesOfType, COMMAND_PRIORITY_EDITOR, type EditorState, type NodeKey } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { plainText } from '../../../shared/notice/rich-text';
import type { FootnoteRun } from '../../../shared/notice/schema';
import { $isFootnoteNode, FOCUS_FOOTNOTE_COMMAND, FootnoteNode } from '../nodes/footnote-node';
import { createMergingEditor } from '../notice-history';

/**
 * On a block holding a footnote reference. Such a block is never skipped by content-visibility (editor.css): the style
 * containment that comes with it would keep its references out of the notice's footnote count, and each block's
 * first reference would show 1.
 */
const FOOTNOTE_BLOCK_CLASS = 'nb-has-footnote';

interface Entry {
  key: NodeKey;
  runs: readonly FootnoteRun[];
}

function sameEntries(a: readonly Entry[], b: readonly Entry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.key === b[i]?.key && entry.runs === b[i]?.runs);
}

/**
 * The runs of an edited text: a footnote in one format (all italic, say) keeps it; one of mixed formats becomes
 * plain text, since a text box shows no formatting.
 */
export function footnoteRunsFromText(text: string, previous: readonly FootnoteRun[]): FootnoteRun[] {
  if (text === '') return [];
  const first = previous[0];
  const uniform =
    first !== undefined && previous.every((run) => !!run.bold === !!first.bold && !!run.italic === !!first.italic && !!run.underline === !!first.underline);
  const format: Omit<FootnoteRun, 'text'> = uniform ? first : {};
  return [{ text, ...(format.bold ? { bold: true } : {}), ...(format.italic ? { italic: true } : {}), ...(format.underline ? { underline: true } : {}) }];
}

export function FootnoteList({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const [focusKey, setFocusKey] = useState<NodeKey | null>(null);
  const inputs = useRef(new Map<NodeKey, HTMLTextAreaElement>());
  const mergingRef = useRef<ReturnType<typeof createMergingEditor> | null>(null);

  useEffect(() => {
    const live = new Set<NodeKey>();
    /** The blocks' elements marked as holding a footnote reference (see FOOTNOTE_BLOCK_CLASS). */
    let marked: HTMLElement[] = [];
    const refresh = (state: EditorState) => {
      const { next, blockKeys } =
        live.size === 0
          ? { next: [], blockKeys: [] }
          : state.read(() => {
              const nodes = [...live]
                .map((key) => $getNodeByKey(key))
                .filter($isFootnoteNode)
                .filter((node) => node.isAttached())
                .sort((a, b) => (a.isBefore(b) ? -1 : 1));
              return {
                next: nodes.map((node) => ({ key: node.getKey(), runs: node.getFootnote() })),
                blockKeys: nodes.map((node) => node.getTopLevelElement()?.getKey()).filter((key) => key !== undefined),
              };
            });
      setEntries((previous) => (sameEntries(previous, next) ? previous : next));
      // After every update: the reconciler may have drawn a block's element anew.
      const elements = blockKeys.map((key) => editor.getElementByKey(key)).filter((element) => element !== null);
      for (const element of marked) if (!elements.includes(element)) element.classList.remove(FOOTNOTE_BLOCK_CLASS);
      for (const element of elements) element.classList.add(FOOTNOTE_BLOCK_CLASS);
      marked = elements;
    };
    const merging = createMergingEditor(editor);
    mergingRef.current = merging;
    const stop = mergeRegister(
      editor.registerMutationListener(FootnoteNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') live.delete(key);
          else live.add(key);
        }
      }, { skipInitialization: true }),
      editor.registerUpdateListener(({ editorState }) => refresh(editorState)),
      editor.registerCommand(
        FOCUS_FOOTNOTE_COMMAND,
        (key) => {
          setFocusKey(key);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
    // Lexical's index of nodes by type, not a walk over every node of a 200-task notice.
    editor.getEditorState().read(() => {
      for (const node of $nodesOfType(FootnoteNode)) live.add(node.getKey());
    });
    refresh(editor.getEditorState());
    return () => {
      stop();
      merging.dispose();
      mergingRef.current = null;
    };
  }, [editor]);

  // The list renders after the editor's update: focus the entry asked for once it exists.
  useEffect(() => {
    if (focusKey === null) return;
    const input = inputs.current.get(focusKey);
    if (input === undefined) return;
    input.focus();
    input.scrollIntoView({ block: 'nearest' });
    setFocusKey(null);
  }, [focusKey, entries]);

  if (entries.length === 0) return null;

  const write = (key: NodeKey, text: string, input: HTMLTextAreaElement) => {
    mergingRef.current?.edit(input, () => {
      const node = $getNodeByKey(key);
      if ($isFootnoteNode(node)) node.setFootnote(footnoteRunsFromText(text, node.getFootnote()));
    });
  };
  const backToText = (key: NodeKey) => {
    editor.update(() => $getNodeByKey(key)?.selectNext(0, 0));
    editor.focus();
  };

  return (
    <section className="nb-footnotes" aria-label="Chú thích">
      <ol className="nb-footnote-list">
        {entries.map((entry, index) => (
          <li key={entry.key} className="nb-footnote-item">
            <sup className="nb-footnote-number">{index + 1}</sup>
            <textarea
              ref={(input) => {
                if (input) inputs.current.set(entry.key, input);
                else inputs.current.delete(entry.key);
              }}
              className="nb-footnote-text"
              aria-label={`Chú thích ${index + 1}`}
              placeholder="Nội dung chú thích"
              rows={1}
              readOnly={readOnly}
              value={plainText([...entry.runs])}
              onChange={(event) => write(entry.key, event.target.value, event.target)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  backToText(entry.key);
                }
              }}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
