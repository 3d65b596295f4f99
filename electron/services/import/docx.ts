/**
 * The paragraphs of a .docx, in reading order, with bold/italic/underline kept, Word's list numbering written out
 * as the labels the parser reads ("1.", "I.", "a)", "-"), and the table cell of each paragraph (the header and
 * signature tables of an exported notice).
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { ImportError } from '../../../shared/import/errors';
import type { SourceParagraph } from '../../../shared/import/rich';
import { textRun, type RunFormat } from '../../../shared/notice/rich-text';
import type { FootnoteRun, TextRun } from '../../../shared/notice/schema';
import { checkNesting, formatListNumber, listLevel, listStart } from './docx-bounds';
import type { ZipReader } from './zip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DC = 'http://purl.org/dc/elements/1.1/';

function children(element: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.namespaceURI === W && (name === undefined || child.localName === name)) out.push(child);
  }
  return out;
}

function child(element: Element | undefined, name: string): Element | undefined {
  return element ? children(element, name)[0] : undefined;
}

function attribute(element: Element | undefined, name: string): string | undefined {
  return element?.getAttributeNS(W, name) ?? undefined;
}

/** A toggle property (<w:b/>, <w:b w:val="0"/>): undefined when absent. */
function toggle(properties: Element | undefined, name: string): boolean | undefined {
  const element = child(properties, name);
  if (!element) return undefined;
  const value = attribute(element, 'val');
  return !(value === '0' || value === 'false' || value === 'off' || value === 'none');
}

function formatOf(properties: Element | undefined): RunFormat {
  const format: RunFormat = {};
  const bold = toggle(properties, 'b');
  const italic = toggle(properties, 'i');
  const underline = toggle(properties, 'u');
  if (bold !== undefined) format.bold = bold;
  if (italic !== undefined) format.italic = italic;
  if (underline !== undefined) format.underline = underline;
  return format;
}

export function parseXml(bytes: Uint8Array, part: string, fileName: string): XmlDocument {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    const text = new TextDecoder(encoding).decode(bytes);
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'application/xml');
  } catch {
    throw new ImportError('corrupt-docx', `Tệp «${fileName}» bị hỏng: phần ${part} không đọc được.`);
  }
}

/** Bold/italic/underline set by paragraph and character styles, following `basedOn`. */
class Styles {
  private readonly byId = new Map<string, { format: RunFormat; basedOn?: string }>();

  constructor(document: XmlDocument | undefined) {
    const root = document?.documentElement;
    if (!root) return;
    for (const style of children(root, 'style')) {
      const id = attribute(style, 'styleId');
      if (!id) continue;
      this.byId.set(id, { format: formatOf(child(style, 'rPr')), basedOn: attribute(child(style, 'basedOn'), 'val') });
    }
  }

  format(id: string | undefined): RunFormat {
    const chain: RunFormat[] = [];
    let current = id;
    for (let depth = 0; current && depth < 20; depth += 1) {
      const style = this.byId.get(current);
      if (!style) break;
      chain.unshift(style.format);
      current = style.basedOn;
    }
    return Object.assign({}, ...chain) as RunFormat;
  }
}

interface Level {
  format: string;
  text: string;
  start: number;
}

/** Word's list numbering: the label each numbered paragraph shows, counted the way Word counts. */
class Numbering {
  private readonly abstractLevels = new Map<string, Map<number, Level>>();
  private readonly numbers = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(document: XmlDocument | undefined, fileName: string) {
    const root = document?.documentElement;
    if (!root) return;
    for (const abstract of children(root, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const level of children(abstract, 'lvl')) {
        levels.set(listLevel(attribute(level, 'ilvl'), fileName), {
          format: attribute(child(level, 'numFmt'), 'val') ?? 'decimal',
          text: attribute(child(level, 'lvlText'), 'val') ?? '',
          start: listStart(attribute(child(level, 'start'), 'val'), fileName),
        });
      }
      this.abstractLevels.set(attribute(abstract, 'abstractNumId') ?? '', levels);
    }
    for (const num of children(root, 'num')) {
      const starts = new Map<number, number>();
      for (const override of children(num, 'lvlOverride')) {
        const start = attribute(child(override, 'startOverride'), 'val');
        if (start !== undefined) starts.set(listLevel(attribute(override, 'ilvl'), fileName), listStart(start, fileName));
      }
      this.numbers.set(attribute(num, 'numId') ?? '', { abstractId: attribute(child(num, 'abstractNumId'), 'val') ?? '', starts });
    }
  }

  label(numId: string, ilvl: number): string {
    const num = this.numbers.get(numId);
    const levels = num ? this.abstractLevels.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.format === 'none') return '';
    const counters = this.counters.get(numId) ?? [];
    const startOf = (at: number) => num.starts.get(at) ?? levels.get(at)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
    counters.length = ilvl + 1; // deeper levels restart
    this.counters.set(numId, counters);
    if (level.format === 'bullet') return ilvl === 0 ? '-' : '+';
    return level.text.replace(/%(\d)/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const value = counters[at] ?? startOf(at);
      return formatListNumber(value, levels.get(at)?.format ?? 'decimal');
    });
  }
}

/** Elements whose runs belong to the paragraph (links, tracked insertions, content controls, simple fields). */
const RUN_CONTAINERS = new Set(['hyperlink', 'ins', 'smartTag', 'fldSimple', 'customXml', 'moveTo', 'sdtContent', 'sdt']);

class BodyReader {
  readonly paragraphs: SourceParagraph[] = [];
  private tableCount = 0;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly fileName: string,
    /** The document's footnotes by id (word/footnotes.xml), for the references in the body. */
    private readonly footnotes: ReadonlyMap<string, FootnoteRun[]> = new Map(),
  ) {}

  blocks(container: Element, cell?: { table: number; column: number }, depth = 0): void {
    checkNesting(depth, this.fileName);
    for (const element of children(container)) {
      if (element.localName === 'p') this.paragraph(element, cell);
      else if (element.localName === 'tbl') this.table(element, cell, depth + 1);
      else if (element.localName === 'sdt') {
        const content = child(element, 'sdtContent');
        if (content) this.blocks(content, cell, depth + 1);
      } else if (element.localName === 'customXml') this.blocks(element, cell, depth + 1);
    }
  }

  private table(table: Element, outer: { table: number; column: number } | undefined, depth: number): void {
    const index = outer?.table ?? this.tableCount++;
    for (const row of children(table, 'tr')) {
      children(row, 'tc').forEach((cell, column) => this.blocks(cell, { table: index, column: outer?.column ?? column }, depth));
    }
  }

  private paragraph(paragraph: Element, cell?: { table: number; column: number }): void {
    const properties = child(paragraph, 'pPr');
    const paragraphFormat = this.styles.format(attribute(child(properties, 'pStyle'), 'val'));
    const runs: TextRun[] = [];
    const numPr = child(properties, 'numPr');
    const numId = attribute(child(numPr, 'numId'), 'val');
    if (numId !== undefined && numId !== '0') {
      const label = this.numbering.label(numId, listLevel(attribute(child(numPr, 'ilvl'), 'val'), this.fileName));
      if (label) runs.push({ text: `${label} ` });
    }
    this.runs(paragraph, paragraphFormat, runs);
    const centred = attribute(child(properties, 'jc'), 'val') === 'center';
    this.paragraphs.push({ runs, ...(cell ?? {}), ...(centred ? { centred } : {}) });
  }

  private runs(container: Element, paragraphFormat: RunFormat, out: TextRun[], depth = 0): void {
    checkNesting(depth, this.fileName);
    for (const element of children(container)) {
      if (RUN_CONTAINERS.has(element.localName ?? '')) {
        this.runs(element, paragraphFormat, out, depth + 1);
        continue;
      }
      if (element.localName !== 'r') continue;
      const properties = child(element, 'rPr');
      const format: RunFormat = {
        ...paragraphFormat,
        ...this.styles.format(attribute(child(properties, 'rStyle'), 'val')),
        ...formatOf(properties),
      };
      let text = '';
      const flush = () => {
        if (text !== '') out.push(textRun(text, format));
        text = '';
      };
      for (const part of children(element)) {
        if (part.localName === 't') text += part.textContent ?? '';
        else if (part.localName === 'tab' || part.localName === 'br' || part.localName === 'cr') text += ' ';
        else if (part.localName === 'noBreakHyphen') text += '-';
        else if (part.localName === 'footnoteReference') {
          flush();
          out.push({ text: '', footnote: this.footnotes.get(attribute(part, 'id') ?? '') ?? [] });
        }
      }
      flush();
    }
  }
}

/**
 * The footnotes of word/footnotes.xml by id, each as one rich text (its paragraphs joined by line breaks), without
 * the separators Word keeps there and without the number mark each footnote starts with.
 */
function readFootnotes(document: XmlDocument | undefined, styles: Styles, fileName: string): Map<string, FootnoteRun[]> {
  const footnotes = new Map<string, FootnoteRun[]>();
  const root = document?.documentElement;
  if (!root) return footnotes;
  for (const footnote of children(root, 'footnote')) {
    const type = attribute(footnote, 'type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const reader = new BodyReader(styles, new Numbering(undefined, fileName), fileName);
    reader.blocks(footnote);
    const paragraphs = reader.paragraphs.map((paragraph) => paragraph.runs).filter((runs) => runs.some((run) => run.text.trim() !== ''));
    const runs: FootnoteRun[] = [];
    paragraphs.forEach((paragraph, index) => {
      if (index > 0) runs.push({ text: '\n' });
      for (const run of paragraph) if (!run.footnote) runs.push(textRun(run.text, run));
    });
    footnotes.set(attribute(footnote, 'id') ?? '', runs);
  }
  return footnotes;
}

export interface DocxContent {
  paragraphs: SourceParagraph[];
  /** The author recorded in the document's properties. */
  author?: string;
}

export function readDocxContent(zip: ZipReader, fileName: string): DocxContent {
  const documentBytes = zip.read('word/document.xml');
  if (!documentBytes) {
    throw new ImportError('corrupt-docx', `Tệp «${fileName}» không phải văn bản Word (.docx): thiếu phần nội dung chính.`);
  }
  const optional = (part: string) => {
    const bytes = zip.read(part);
    return bytes ? parseXml(bytes, part, fileName) : undefined;
  };
  const document = parseXml(documentBytes, 'word/document.xml', fileName);
  const body = document.documentElement ? child(document.documentElement, 'body') : undefined;
  if (!body) throw new ImportError('corrupt-docx', `Tệp «${fileName}» bị hỏng: không có phần thân văn bản.`);
  const styles = new Styles(optional('word/styles.xml'));
  const reader = new BodyReader(
    styles,
    new Numbering(optional('word/numbering.xml'), fileName),
    fileName,
    readFootnotes(optional('word/footnotes.xml'), styles, fileName),
  );
  reader.blocks(body);
  const core = optional('docProps/core.xml');
  const creator = core?.getElementsByTagNameNS(DC, 'creator')[0]?.textContent?.trim();
  return { paragraphs: reader.paragraphs, ...(creator ? { author: creator } : {}) };
}
