// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PASTE_COMMAND, type LexicalEditor } from 'lexical';
import type { Block, TaskBlock } from '../../shared/notice/schema';
import { NOTICE_LIMITS } from '../../shared/notice/limits';
import { $findNodeById } from '../../renderer/editor/nodes/tree-queries';
import { $readBody } from '../../renderer/editor/mapping';
import { $isTaskNode } from '../../renderer/editor/nodes/task-node';
import {
  $insertLines,
  clipboardToLines,
  htmlToLines,
  lexicalClipboardToLines,
  MAX_PASTE_CHARS,
  PASTE_TOO_LARGE_MESSAGE,
  registerNoticePaste,
  PASTE_PARAGRAPH_TOO_LONG_MESSAGE,
  textToLines,
} from '../../renderer/editor/paste';
import { SMALL_NOTICE, editorWith, update } from './editor-harness';

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:"Times New Roman"}</style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head>
<body lang=VI><!--StartFragment-->
<p class=MsoNormal style='text-align:justify;text-indent:1.0cm'><span lang=VI style='font-size:14.0pt;color:red'>Giao <b>Sở Tài chính</b> chủ trì,&nbsp;phối hợp
với <i>các sở</i> và <u>UBND các huyện</u>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span style='font-weight:bold'>Báo cáo</span> trước ngày 15/10/2020.</p>
<script>alert(1)</script><img src="x.png"><a href="http://example.com">Liên kết</a>
<!--EndFragment--></body></html>`;

describe('paste sanitising', () => {
  it('keeps paragraphs, text and bold/italic/underline from Word, nothing else', () => {
    expect(htmlToLines(WORD_HTML)).toEqual([
      [
        { text: 'Giao ' },
        { text: 'Sở Tài chính', bold: true },
        { text: ' chủ trì, phối hợp với ' },
        { text: 'các sở', italic: true },
        { text: ' và ' },
        { text: 'UBND các huyện', underline: true },
        { text: '.' },
      ],
      [{ text: '- ' }, { text: 'Báo cáo', bold: true }, { text: ' trước ngày 15/10/2020.' }],
      [{ text: 'Liên kết' }],
    ]);
  });

  it('honours styles that switch a format off (Google Docs wraps everything in <b style="font-weight:normal">)', () => {
    const html = '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Đậm</span><span style="font-weight:400"> thường</span></p></b>';
    expect(htmlToLines(html)).toEqual([[{ text: 'Đậm', bold: true }, { text: ' thường' }]]);
  });

  it('normalises to NFC and strips control characters', () => {
    const decomposed = 'Tie\u0302\u0301n đo\u0323\u0302 \u0007xong';
    expect(textToLines(`${decomposed}\r\n\r\nhai`)).toEqual([[{ text: 'Tiến độ xong' }], [{ text: 'hai' }]]);
  });

  it('strips bidirectional overrides and isolates', () => {
    expect(textToLines('Sở \u202ETài chính\u202C và \u2066TB-VP\u2069')).toEqual([[{ text: 'Sở Tài chính và TB-VP' }]]);
  });

  it('refuses more than a million characters', () => {
    const huge = 'a'.repeat(MAX_PASTE_CHARS + 1);
    expect(clipboardToLines({ getData: (type: string) => (type === 'text/plain' ? huge : '') })).toBe('too-large');
    expect(clipboardToLines({ getData: (type: string) => (type === 'text/plain' ? 'ngắn' : '') })).toEqual([[{ text: 'ngắn' }]]);
  });
});

describe('inserting pasted lines', () => {
  const body = (editor: LexicalEditor): Block[] => editor.getEditorState().read($readBody);

  it('into a paragraph: the first line joins it, the others become paragraphs after it', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    update(editor, () => {
      $findNodeById('p1')!.selectEnd();
      $insertLines(htmlToLines('<p> <i>nghiêng</i></p><p>Đoạn hai</p><p>Đoạn <b>ba</b></p>'));
    });
    const blocks = body(editor);
    expect(blocks[1]).toMatchObject({ id: 'p1', text: [{ text: 'Mở đầu ' }, { text: 'đậm', bold: true }, { text: 'nghiêng', italic: true }] });
    expect(blocks.slice(2, 4).map((b) => b.type === 'paragraph' && b.text)).toEqual([
      [{ text: 'Đoạn hai' }],
      [{ text: 'Đoạn ' }, { text: 'ba', bold: true }],
    ]);
  });

  it('into a sub-item: the next lines become sub-items', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    update(editor, () => {
      const task = $findNodeById('t2');
      if (!$isTaskNode(task)) throw new Error();
      task.getSubItems()[0]!.selectEnd();
      $insertLines(textToLines(' (bổ sung)\nÝ mới A\nÝ mới B'));
    });
    const t2 = body(editor).find((b) => b.id === 't2') as TaskBlock;
    expect(t2.subItems.map((s) => s.text.map((r) => r.text).join(''))).toEqual(['Ý một (bổ sung)', 'Ý mới A', 'Ý mới B', 'Ý hai']);
  });
});

describe('the paste command', () => {
  const clipboard = (data: Record<string, string>) =>
    ({ clipboardData: { getData: (type: string) => data[type] ?? '' }, preventDefault: () => undefined }) as unknown as ClipboardEvent;

  it('pastes sanitised lines at the caret, and refuses a huge paste with a Vietnamese message', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    const messages: string[] = [];
    registerNoticePaste(editor, (message) => messages.push(message));
    update(editor, () => {
      const task = $findNodeById('t1');
      if ($isTaskNode(task)) task.getContentLine()!.selectEnd();
      editor.dispatchCommand(PASTE_COMMAND, clipboard({ 'text/html': '<span style="font-size:40px"> <u>gạch</u></span>', 'text/plain': ' gạch' }));
    });
    const t1 = editor.getEditorState().read($readBody).find((b) => b.id === 't1') as TaskBlock;
    expect(t1.content).toEqual([{ text: 'Nhiệm vụ một.' }, { text: 'gạch', underline: true }]);
    update(editor, () => {
      editor.dispatchCommand(PASTE_COMMAND, clipboard({ 'text/plain': 'x'.repeat(MAX_PASTE_CHARS + 1) }));
    });
    expect(messages).toEqual([PASTE_TOO_LARGE_MESSAGE]);
    expect(editor.getEditorState().read($readBody).find((b) => b.id === 't1')).toEqual(t1);
  });

  it('refuses a pasted paragraph longer than a paragraph may be saved with, naming the limit', () => {
    const { editor } = editorWith(SMALL_NOTICE);
    const messages: string[] = [];
    registerNoticePaste(editor, (message) => messages.push(message));
    const before = editor.getEditorState().read($readBody);
    update(editor, () => {
      const task = $findNodeById('t1');
      if ($isTaskNode(task)) task.getContentLine()!.selectEnd();
      editor.dispatchCommand(PASTE_COMMAND, clipboard({ 'text/plain': `Ngắn\n${'dài '.repeat(NOTICE_LIMITS.runText / 4 + 1)}` }));
    });
    expect(messages).toEqual([PASTE_PARAGRAPH_TOO_LONG_MESSAGE]);
    expect(messages[0]).toMatch(/dài quá 20\.000 ký tự/u);
    expect(editor.getEditorState().read($readBody)).toEqual(before);
  });
});

describe("a copy from this app's editor", () => {
  it('gives a line per element with text, walking through tasks, and keeps footnotes and formats', () => {
    const json = JSON.stringify({
      namespace: 'notice',
      nodes: [
        {
          type: 'notice-task',
          children: [
            { type: 'notice-line', children: [{ type: 'text', text: 'Giao Sở Tài chính:', format: 1 }] },
            {
              type: 'notice-line',
              children: [
                { type: 'text', text: 'Rà soát', format: 0 },
                { type: 'notice-footnote', footnote: [{ text: 'Văn bản số 5/UBND.', italic: true }] },
                { type: 'text', text: ' trước ngày 10.', format: 2 },
              ],
            },
          ],
        },
        { type: 'notice-footnote', footnote: 'not runs' },
      ],
    });
    expect(lexicalClipboardToLines(json)).toEqual([
      [{ text: 'Giao Sở Tài chính:', bold: true }],
      [{ text: 'Rà soát' }, { text: '', footnote: [{ text: 'Văn bản số 5/UBND.', italic: true }] }, { text: ' trước ngày 10.', italic: true }],
    ]);
  });

  it('is not taken for a copy when it is not Lexical JSON', () => {
    expect(lexicalClipboardToLines('{"nodes": 3}')).toBeNull();
    expect(lexicalClipboardToLines('không phải JSON')).toBeNull();
  });
});
