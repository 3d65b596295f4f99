/**
 * Paste from Word or a web page: keep the text, its paragraphs and bold/italic/underline; drop everything else
 * (styles, fonts, colours, links, images, tables' structure). Each pasted paragraph after the first goes where
 * Enter would put it (a new paragraph, a new sub-item, the next task …). A copy from a notice in this app also
 * brings its footnotes, which HTML cannot carry: they come from Lexical's own clipboard data.
 */
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DROP_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import { NOTICE_LIMITS, formatCount } from '../../shared/notice/limits';
import { appendRun, textRun } from '../../shared/notice/rich-text';
import type { RichText, TextRun } from '../../shared/notice/schema';
import { stripControlCharacters } from '../../shared/text/sanitize';
import { $handleEnter } from './commands/keys';
import { $runsToNodes } from './mapping';
import { FootnoteNode } from './nodes/footnote-node';
import { loadedNoticeSchemas, loadNoticeSchemas, requireNoticeSchemas } from './notice-schemas';

/** What Lexical puts on the clipboard when copying from an editor: the selected nodes as JSON. */
const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';
// Lexical's text format bits.
const IS_BOLD = 1;
const IS_ITALIC = 2;
const IS_UNDERLINE = 8;

/** Above this many characters of text a paste is refused rather than freezing the editor. */
export const MAX_PASTE_CHARS = 1_000_000;
/** HTML larger than this (Word's markup can dwarf its text) is not parsed; the plain text is used instead. */
const MAX_PASTE_HTML = 20_000_000;
export const PASTE_TOO_LARGE_MESSAGE = 'Nội dung dán quá lớn (hơn 1 triệu ký tự). Hãy dán từng phần nhỏ hơn.';
/** A pasted paragraph longer than a paragraph's text may be (NOTICE_LIMITS.runText) is refused: it could not be saved. */
export const PASTE_PARAGRAPH_TOO_LONG_MESSAGE = `Đoạn văn bản dán vào dài quá ${formatCount(NOTICE_LIMITS.runText)} ký tự nên không được dán. Hãy chia thành các đoạn ngắn hơn.`;
const PASTE_LOAD_FAILED_MESSAGE = 'Không dán được vì một phần của ứng dụng không tải được. Hãy tải lại trang rồi dán lại; nội dung đã lưu không bị ảnh hưởng.';

interface Format {
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

const SKIPPED = new Set(['script', 'style', 'head', 'title', 'meta', 'link', 'template', 'noscript', 'svg', 'math', 'img', 'iframe', 'object', 'video', 'audio', 'canvas', 'button', 'select', 'textarea', 'input']);
const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table',
  'tr', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'figure', 'figcaption', 'address', 'hr',
]);

function formatOf(element: Element, inherited: Format): Format {
  const tag = element.localName;
  const format = { ...inherited };
  if (tag === 'b' || tag === 'strong') format.bold = true;
  if (tag === 'i' || tag === 'em') format.italic = true;
  if (tag === 'u' || tag === 'ins') format.underline = true;
  const style = element.getAttribute('style')?.toLowerCase() ?? '';
  if (style !== '') {
    const weight = /font-weight\s*:\s*([a-z0-9]+)/u.exec(style)?.[1];
    // Google Docs wraps everything in <b style="font-weight:normal">, so a style can also switch bold off.
    if (weight !== undefined) format.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const fontStyle = /font-style\s*:\s*([a-z]+)/u.exec(style)?.[1];
    if (fontStyle !== undefined) format.italic = fontStyle === 'italic' || fontStyle === 'oblique';
    const decoration = /text-decoration(?:-line)?\s*:\s*([^;]+)/u.exec(style)?.[1];
    if (decoration !== undefined) format.underline = decoration.includes('underline');
  }
  return format;
}

/** Merges neighbouring runs of the same format, trims the line (HTML only: its edge spaces are markup), drops empty runs. */
function tidyLine(runs: TextRun[], trim: boolean): RichText {
  const merged: TextRun[] = [];
  for (const run of runs) {
    if (run.footnote) {
      const footnote = run.footnote.map((part) => ({ ...part, text: stripControlCharacters(part.text) }));
      merged.push({ text: '', footnote });
    } else appendRun(merged, textRun(stripControlCharacters(run.text), run));
  }
  const first = merged[0];
  const lastRun = merged[merged.length - 1];
  if (trim && first) first.text = first.text.replace(/^\s+/u, '');
  if (trim && lastRun) lastRun.text = lastRun.text.replace(/\s+$/u, '');
  const kept = merged.filter((run) => run.text !== '' || run.footnote);
  return kept.every((run) => run.text.trim() === '' && !run.footnote) ? [] : kept;
}

/** Tidy lines; blank ones are dropped (paragraph spacing, not content). */
function tidy(lines: TextRun[][], trim: boolean): RichText[] {
  return lines.map((line) => tidyLine(line, trim)).filter((line) => line.length > 0);
}

/** The paragraphs of an HTML fragment as formatted runs. */
export function htmlToLines(html: string): RichText[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines: TextRun[][] = [[]];
  const newLine = (): void => {
    if ((lines[lines.length - 1] ?? []).length > 0) lines.push([]);
  };
  const walk = (node: Node, format: Format): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.nodeValue ?? '').replace(/[\s\u00A0]+/gu, ' ');
      if (text !== '') lines[lines.length - 1]?.push(textRun(text, format));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      lines.push([]);
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) newLine();
    const inner = formatOf(element, format);
    for (const child of Array.from(element.childNodes)) walk(child, inner);
    if (tag === 'td' || tag === 'th') lines[lines.length - 1]?.push(textRun(' ', format));
    if (block) newLine();
  };
  walk(doc.body, { bold: false, italic: false, underline: false });
  return tidy(lines, true);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The paragraphs of a copy from this app's editor (Lexical's clipboard JSON), footnotes included (checked by the notice
 * schema, which must be loaded); null when the data is not that. Every element whose children are text is a line;
 * tasks and schemes are walked through.
 */
export function lexicalClipboardToLines(json: string): RichText[] | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(data) || !Array.isArray(data.nodes)) return null;
  const lines: TextRun[][] = [[]];
  const newLine = (): void => {
    if ((lines[lines.length - 1] ?? []).length > 0) lines.push([]);
  };
  const walk = (node: unknown): void => {
    if (!isRecord(node)) return;
    const current = lines[lines.length - 1];
    if (node.type === FootnoteNode.getType()) {
      const footnote = requireNoticeSchemas().schema.FootnoteRunSchema.array().min(1).safeParse(node.footnote);
      if (footnote.success) current?.push({ text: '', footnote: footnote.data });
    } else if (node.type === 'linebreak') {
      lines.push([]);
    } else if (typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0;
      current?.push(textRun(node.text, { bold: (format & IS_BOLD) !== 0, italic: (format & IS_ITALIC) !== 0, underline: (format & IS_UNDERLINE) !== 0 }));
    } else if (Array.isArray(node.children)) {
      newLine();
      for (const child of node.children) walk(child);
      newLine();
    }
  };
  for (const node of data.nodes) walk(node);
  return tidy(lines, false);
}

/** The paragraphs of plain text. */
export function textToLines(text: string): RichText[] {
  return tidy(text.split(/\r\n|\r|\n/u).map((line) => [{ text: line.replace(/\t/gu, ' ') }]), false);
}

function lengthOf(lines: RichText[]): number {
  return lines.reduce((sum, line) => sum + line.reduce((n, run) => n + run.text.length, 0), 0);
}

/** Inserts the lines at the selection: the first into the current line, each next one as Enter would. */
export function $insertLines(lines: RichText[]): void {
  lines.forEach((runs, index) => {
    let selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (index === 0 && !selection.isCollapsed()) selection.removeText();
    if (index > 0 && !$handleEnter()) selection.insertParagraph();
    selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertNodes($runsToNodes(runs));
  });
}

/** What a paste holds, as lines, or why it is refused. */
export function clipboardToLines(data: Pick<DataTransfer, 'getData'>): RichText[] | 'too-large' | 'paragraph-too-long' {
  const plain = data.getData('text/plain');
  if (plain.length > MAX_PASTE_CHARS) return 'too-large';
  const copied = data.getData(LEXICAL_CLIPBOARD_TYPE);
  let lines = copied !== '' && copied.length <= MAX_PASTE_HTML ? (lexicalClipboardToLines(copied) ?? []) : [];
  const html = lines.length === 0 ? data.getData('text/html') : '';
  if (lines.length === 0 && html !== '' && html.length <= MAX_PASTE_HTML) lines = htmlToLines(html);
  if (lines.length === 0) lines = textToLines(plain);
  if (lengthOf(lines) > MAX_PASTE_CHARS) return 'too-large';
  return lines.some((line) => lengthOf([line]) > NOTICE_LIMITS.runText) ? 'paragraph-too-long' : lines;
}

/** Puts the caret where a drop happened; false when the point is not in the document's text. */
function $selectDropPoint(event: DragEvent): boolean {
  const range = document.caretRangeFromPoint?.(event.clientX, event.clientY);
  if (!range) return false;
  const node = $getNearestNodeFromDOMNode(range.startContainer);
  if (node === null) return false;
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    selection.anchor.set(node.getKey(), range.startOffset, 'text');
    selection.focus.set(node.getKey(), range.startOffset, 'text');
  } else {
    selection.anchor.set(node.getKey(), 0, 'element');
    selection.focus.set(node.getKey(), 0, 'element');
  }
  $setSelection(selection);
  return true;
}

function refusalMessage(reason: 'too-large' | 'paragraph-too-long'): string {
  return reason === 'too-large' ? PASTE_TOO_LARGE_MESSAGE : PASTE_PARAGRAPH_TOO_LONG_MESSAGE;
}

/** A clipboard's data as it was during its event: a DataTransfer is emptied once its event has been handled. */
function keptData(data: Pick<DataTransfer, 'getData'>): Pick<DataTransfer, 'getData'> {
  const kept = new Map([LEXICAL_CLIPBOARD_TYPE, 'text/html', 'text/plain'].map((type) => [type, data.getData(type)]));
  return { getData: (type) => kept.get(type) ?? '' };
}

/**
 * Inserts what `data` holds at the selection, or reports why not. The footnotes of a copy from the editor are checked
 * by the notice schemas: when a paste comes before they have loaded (they load once the first frame is drawn), the
 * lines go in, in an update of their own, as soon as they have.
 */
function $paste(editor: LexicalEditor, data: Pick<DataTransfer, 'getData'>, onRefused: (message: string) => void): void {
  const insert = (from: Pick<DataTransfer, 'getData'>) => {
    const lines = clipboardToLines(from);
    if (typeof lines === 'string') onRefused(refusalMessage(lines));
    else if (lines.length > 0) {
      $addUpdateTag(PASTE_TAG);
      $insertLines(lines);
    }
  };
  if (loadedNoticeSchemas() !== undefined) {
    insert(data);
    return;
  }
  const kept = keptData(data);
  loadNoticeSchemas().then(
    () => editor.update(() => insert(kept)),
    () => onRefused(PASTE_LOAD_FAILED_MESSAGE),
  );
}

/**
 * Takes over paste, and drops from other programs, in the editor; `onRefused` gets the Vietnamese message when a
 * paste is too large or holds a paragraph too long to save. Files and images are not part of a notice: dropping them does nothing.
 */
export function registerNoticePaste(editor: LexicalEditor, onRefused: (message: string) => void): () => void {
  return mergeRegister(
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        const data = event.dataTransfer;
        // A drag inside the editor is Lexical's own move of its text.
        if (data === null || data.types.includes(LEXICAL_CLIPBOARD_TYPE)) return false;
        event.preventDefault();
        if (data.files.length > 0 || !$selectDropPoint(event)) return true;
        $paste(editor, data, onRefused);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const data = 'clipboardData' in event ? event.clipboardData : null;
        if (data === null) return false;
        event.preventDefault();
        $paste(editor, data, onRefused);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}
