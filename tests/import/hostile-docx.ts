/**
 * Small hostile .docx files, built here (no committed binaries): absurd list numbering and deep nesting. Each is a
 * few kilobytes; before the bounds, the first made the reader build a 77-million-letter string and the nested
 * ones overflowed the call stack.
 */
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docx(body: string, numbering?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  };
  if (numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">${numbering}</w:numbering>`);
  return zipSync(files, { level: 9 });
}

const paragraph = (text: string, ilvl = '0') =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

function list(format: string, start: string, ilvl = '0'): string {
  return (
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>` +
    `<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
  );
}

const TASKS = ['Sở Tài chính chủ trì, báo cáo UBND tỉnh.', 'Sở Xây dựng hoàn thành thủ tục.'];

export interface HostileDocx {
  name: string;
  bytes: Uint8Array;
}

/** Files whose numbering is beyond what Word allows: bad input. */
export function absurdNumberingFiles(): HostileDocx[] {
  return [
    { name: 'bat-dau-2-ty.docx', bytes: docx(TASKS.map((t) => paragraph(t)).join(''), list('lowerLetter', '2000000000')) },
    { name: 'bat-dau-300-trieu.docx', bytes: docx(TASKS.map((t) => paragraph(t)).join(''), list('upperRoman', '300000000')) },
    { name: 'bat-dau-am.docx', bytes: docx(TASKS.map((t) => paragraph(t)).join(''), list('decimal', '-5')) },
    { name: 'cap-1-ty.docx', bytes: docx(TASKS.map((t) => paragraph(t, '1000000000')).join(''), list('decimal', '1')) },
  ];
}

/** A list Word allows whose roman numbers pass 3999 and letters run long: read, with digits where roman stops. */
export function largeButValidNumberingFile(): HostileDocx {
  return { name: 'la-ma-4000.docx', bytes: docx(TASKS.map((t) => paragraph(t)).join(''), list('upperRoman', '3999')) };
}

/** Tables inside tables, content controls inside content controls, hyperlinks inside hyperlinks: `levels` deep. */
export function deeplyNestedFiles(levels = 4000): HostileDocx[] {
  const text = '<w:p><w:r><w:t>Kết luận</w:t></w:r></w:p>';
  const tables = '<w:tbl><w:tr><w:tc>'.repeat(levels) + text + '</w:tc></w:tr></w:tbl>'.repeat(levels);
  const controls = '<w:sdt><w:sdtContent>'.repeat(levels) + text + '</w:sdtContent></w:sdt>'.repeat(levels);
  const links = `<w:p>${'<w:hyperlink>'.repeat(levels)}<w:r><w:t>Kết luận</w:t></w:r>${'</w:hyperlink>'.repeat(levels)}</w:p>`;
  return [
    { name: 'bang-long-nhau.docx', bytes: docx(tables) },
    { name: 'khung-long-nhau.docx', bytes: docx(controls) },
    { name: 'lien-ket-long-nhau.docx', bytes: docx(links) },
  ];
}
