/** Reads an exported .docx back: the text of each paragraph of word/document.xml, in order. */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import xpath from 'xpath';

const select = xpath.useNamespaces({ w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main' });

export function docxParagraphs(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('word/document.xml missing from the .docx');
  const document = new DOMParser().parseFromString(strFromU8(xml), 'text/xml');
  const paragraphs = select('//w:body//w:p', document as unknown as Node) as Node[];
  return paragraphs.map((paragraph) =>
    (select('.//w:t | .//w:tab', paragraph) as Element[])
      .map((node) => (node.localName === 'tab' ? '\t' : (node.textContent ?? '')))
      .join(''),
  );
}
