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
});
