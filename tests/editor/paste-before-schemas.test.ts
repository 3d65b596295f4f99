// @vitest-environment happy-dom
/**
 * A paste that comes before the notice schemas have loaded (the app loads them once its first frame is drawn): the
 * editor keeps the clipboard's data and inserts it, footnotes checked, as soon as they have. Its own file, so that
 * nothing has loaded the schemas before (tests/editor/editor-harness.ts does).
 */
import { createHeadlessEditor } from '@lexical/headless';
import { PASTE_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $readBody, noticeToEditorState } from '../../renderer/editor/mapping';
import { loadedNoticeSchemas, loadNoticeSchemas } from '../../renderer/editor/notice-schemas';
import { $findNodeById } from '../../renderer/editor/nodes/tree-queries';
import { $isTaskNode } from '../../renderer/editor/nodes/task-node';
import { NOTICE_NODES } from '../../renderer/editor/nodes/registry';
import { registerNoticePaste } from '../../renderer/editor/paste';
import type { TaskBlock } from '../../shared/notice/schema';

const COPY_WITH_FOOTNOTE = JSON.stringify({
  namespace: 'notice',
  nodes: [
    {
      type: 'notice-line',
      children: [
        { type: 'text', text: 'Rà soát', format: 0 },
        { type: 'notice-footnote', footnote: [{ text: 'Văn bản số 5/UBND.', italic: true }] },
      ],
    },
  ],
});

describe('a paste before the notice schemas have loaded', () => {
  it('is inserted with its footnote once they have, the clipboard data kept from the event', async () => {
    expect(loadedNoticeSchemas()).toBeUndefined();
    const editor = createHeadlessEditor({ namespace: 'notice-test', nodes: [...NOTICE_NODES], onError: (error) => { throw error; } });
    noticeToEditorState(editor, {
      summary: '',
      body: [{ id: 't1', type: 'task', numbered: true, title: [], content: [{ text: 'Nhiệm vụ một. ' }], leadAgencies: [], coordinatingAgencies: [], subItemStyle: 'dash', subItems: [] }],
    } as never);
    const refused: string[] = [];
    registerNoticePaste(editor, (message) => refused.push(message));
    // A DataTransfer gives nothing once its event is over: so does this one after the dispatch.
    let eventOver = false;
    const data: Record<string, string> = { 'application/x-lexical-editor': COPY_WITH_FOOTNOTE, 'text/plain': 'Rà soát' };
    const event = { clipboardData: { getData: (type: string) => (eventOver ? '' : (data[type] ?? '')) }, preventDefault: () => undefined };
    editor.update(
      () => {
        const task = $findNodeById('t1');
        if ($isTaskNode(task)) task.getContentLine()!.selectEnd();
        editor.dispatchCommand(PASTE_COMMAND, event as unknown as ClipboardEvent);
      },
      { discrete: true },
    );
    eventOver = true;
    const content = () => (editor.getEditorState().read($readBody)[0] as TaskBlock).content;
    expect(content()).toEqual([{ text: 'Nhiệm vụ một. ' }]);

    await loadNoticeSchemas();
    await expect.poll(content).toEqual([
      { text: 'Nhiệm vụ một. Rà soát' },
      { text: '', footnote: [{ text: 'Văn bản số 5/UBND.', italic: true }] },
    ]);
    expect(refused).toEqual([]);
  });
});
