/** Reading a produced .docx back: its parts as parsed XML, queried with XPath in the WordprocessingML namespaces. */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import xpath from 'xpath';

const select = xpath.useNamespaces({
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  dc: 'http://purl.org/dc/elements/1.1/',
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
});

export type XmlNode = Node;

export class Docx {
  readonly parts: Map<string, string>;
  private readonly docs = new Map<string, Document>();

  constructor(bytes: Uint8Array) {
    this.parts = new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  }

  /** A part parsed strictly: any XML error or warning fails the test. */
  xml(part: string): Document {
    const cached = this.docs.get(part);
    if (cached) return cached;
    const text = this.parts.get(part);
    if (text === undefined) throw new Error(`No part ${part} in the package`);
    const doc = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${part}: XML ${level}: ${message}`);
      },
    }).parseFromString(text, 'text/xml') as unknown as Document;
    this.docs.set(part, doc);
    return doc;
  }

  /** The part a relationship of word/document.xml points to, e.g. a header. */
  relationshipTarget(id: string): string {
    const rel = one(`/rel:Relationships/rel:Relationship[@Id="${id}"]`, this.xml('word/_rels/document.xml.rels'));
    return `word/${attr(rel, 'Target').replace(/^\/?word\//, '')}`;
  }
}

export function all(expression: string, node: Node): Node[] {
  const result = select(expression, node);
  if (!Array.isArray(result)) throw new Error(`${expression} did not select nodes`);
  return result as Node[];
}

export function one(expression: string, node: Node): Node {
  const nodes = all(expression, node);
  if (nodes.length !== 1) throw new Error(`${expression}: expected 1 node, found ${nodes.length}`);
  return nodes[0] as Node;
}

export function attr(node: Node, name: string): string {
  const value = (node as Element).getAttribute(name);
  if (value === null || value === '') throw new Error(`No attribute ${name} on ${(node as Element).nodeName}`);
  return value;
}

export function numberAttr(node: Node, name: string): number {
  return Number(attr(node, name));
}

/** The text of a paragraph (or any element): its w:t contents joined. */
export function text(node: Node): string {
  return all('.//w:t', node)
    .map((t) => t.textContent ?? '')
    .join('');
}

/** The body's top-level paragraphs and tables in order. */
export function bodyChildren(docx: Docx): Node[] {
  return all('/w:document/w:body/*[self::w:p or self::w:tbl]', docx.xml('word/document.xml'));
}

/** The first paragraph anywhere in the document whose text starts with `start`. */
export function paragraphStartingWith(docx: Docx, start: string): Node {
  const found = all('//w:p', docx.xml('word/document.xml')).find((p) => text(p).startsWith(start));
  if (!found) throw new Error(`No paragraph starting with ${JSON.stringify(start)}`);
  return found;
}

/** The run whose text is exactly `content`. */
export function runWithText(docx: Docx, content: string): Node {
  const found = all('//w:r', docx.xml('word/document.xml')).find((r) => text(r) === content);
  if (!found) throw new Error(`No run with text ${JSON.stringify(content)}`);
  return found;
}

/** Whether an on/off property (w:b, w:i …) is on in a run's own properties. */
export function isOn(run: Node, property: string): boolean {
  const nodes = all(`w:rPr/w:${property}`, run);
  if (nodes.length === 0) return false;
  const value = (nodes[0] as Element).getAttribute('w:val');
  return value === null || value === '' || value === 'true' || value === '1' || value === 'on';
}

/** A run's size in points (w:sz is in half-points). */
export function runSizePt(run: Node): number {
  return numberAttr(one('w:rPr/w:sz', run), 'w:val') / 2;
}
