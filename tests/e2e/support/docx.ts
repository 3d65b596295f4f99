/** Reads an exported .docx back (with the .docx tests' reader): the text of each paragraph, in order. */
import { all, Docx, text } from '../../docx/ooxml';

export function docxParagraphs(bytes: Uint8Array): string[] {
  return all('//w:body//w:p', new Docx(bytes).xml('word/document.xml')).map(text);
}
