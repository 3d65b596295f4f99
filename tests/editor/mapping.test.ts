import { describe, expect, it } from 'vitest';
import { $getRoot } from 'lexical';
import { editorStateToNotice, IncrementalBodyReader } from '../../renderer/editor/mapping';
import { $isTaskNode } from '../../renderer/editor/nodes/task-node';
import { editorWith, loadSample } from './editor-harness';

describe('Notice ⇄ Lexical mapping', () => {
  it('round-trips the full sample notice unchanged', () => {
    const sample = loadSample();
    const { editor } = editorWith(sample);
    const back = editorStateToNotice(editor.getEditorState(), sample);
    expect(back).toEqual(sample);
    expect(back.body.filter((b) => b.type === 'task')).toHaveLength(16);
  });

  it('builds one TaskNode per task', () => {
    const sample = loadSample();
    const { editor } = editorWith(sample);
    const count = editor.getEditorState().read(() => $getRoot().getChildren().filter($isTaskNode).length);
    expect(count).toBe(16);
    expect(new IncrementalBodyReader().read(editor.getEditorState(), null)).toEqual(sample.body);
  });

  it('keeps footnote references, with their formatted text, at their place in every kind of line', () => {
    const sample = loadSample();
    const note = (text: string) => ({ text: '', footnote: [{ text, italic: true }, { text: ' (trích)' }] });
    const withNotes = structuredClone(sample);
    let placed = 0;
    for (const block of withNotes.body) {
      if (block.type === 'task') {
        block.content = [...block.content, note(`Thông báo số ${++placed}`), { text: ' tiếp theo.', bold: true }];
        block.subItems.forEach((sub) => sub.text.unshift({ text: 'Ý' }, note(`Ý con ${++placed}`)));
      } else if (block.type === 'heading' || block.type === 'paragraph') {
        block.text = [...block.text, note(`Đoạn ${++placed}`)];
      }
    }
    expect(placed).toBeGreaterThan(20);
    const { editor } = editorWith(withNotes);
    const back = editorStateToNotice(editor.getEditorState(), withNotes);
    expect(back).toEqual(withNotes);
    // Two references side by side stay two footnotes.
    const twice = structuredClone(sample);
    const first = twice.body.find((b) => b.type === 'paragraph');
    if (first?.type !== 'paragraph') throw new Error('sample has a paragraph');
    first.text = [{ text: 'A' }, note('một'), note('hai')];
    expect(editorStateToNotice(editorWith(twice).editor.getEditorState(), twice)).toEqual(twice);
  });
});
