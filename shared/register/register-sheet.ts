/**
 * The register as the outgoing-documents register sheet of Decree 30/2020, Appendix IV ("Sổ đăng ký văn bản đi"):
 * a landscape A4 table with the appendix's ten columns, numbered (1)–(10) under their headings. The app fills
 * what it knows (number and code, date, type and trích yếu, signer, recipients, who keeps the copies); the copies,
 * the day sent and the receipt signature are written by the clerk, so those columns stay blank.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatRegisterNumber, formatShortDate } from '../format/vietnamese';
import { stripControlCharacters } from '../text/sanitize';
import type { RegisterEntry } from './schema';

const FONT = 'Times New Roman';
const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

/** A4 landscape (twips) with 20 mm margins. */
const PAGE = { width: 16838, height: 11906, margin: 1134 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** The appendix's columns, in order, with their share of the width. */
export const REGISTER_SHEET_COLUMNS = [
  { heading: 'Số, ký hiệu văn bản', share: 9 },
  { heading: 'Ngày tháng văn bản', share: 8 },
  { heading: 'Tên loại và trích yếu nội dung văn bản', share: 24 },
  { heading: 'Người ký', share: 11 },
  { heading: 'Nơi nhận văn bản', share: 16 },
  { heading: 'Đơn vị, người nhận bản lưu', share: 8 },
  { heading: 'Số lượng bản', share: 5 },
  { heading: 'Ngày chuyển', share: 6 },
  { heading: 'Ký nhận', share: 6 },
  { heading: 'Ghi chú', share: 7 },
] as const;

const totalShare = REGISTER_SHEET_COLUMNS.reduce((sum, column) => sum + column.share, 0);
const columnWidths = REGISTER_SHEET_COLUMNS.map((column, index) =>
  index < REGISTER_SHEET_COLUMNS.length - 1 ? Math.floor((TEXT_WIDTH * column.share) / totalShare) : 0,
);
columnWidths[columnWidths.length - 1] = TEXT_WIDTH - columnWidths.reduce((sum, width) => sum + width, 0);

export interface RegisterSheet {
  code: string;
  year: number;
  /** The issuing agency as the sheet's heading names it, e.g. "VĂN PHÒNG UBND TỈNH LAI CHÂU". */
  agency: string;
  entries: readonly RegisterEntry[];
}

/** "Thông báo kết luận của …": the type of the document and its trích yếu, as one phrase. */
export function typeAndSummary(summary: string): string {
  const text = oneLine(summary);
  if (text === '') return 'Thông báo';
  // A notice of conclusions is summed up as "Kết luận …" or "Ý kiến kết luận …", which read on after the type in
  // lower case; any other opening may be a name ("Hội đồng …", "UBND …") and keeps its capital.
  const lowered = /^(Kết luận|Ý kiến)\b/u.test(text) ? text[0]!.toLocaleLowerCase('vi') + text.slice(1) : text;
  return `Thông báo ${lowered}`;
}

export function signerText(entry: Pick<RegisterEntry, 'signerTitle' | 'signerName'>): string {
  const name = oneLine(entry.signerName);
  const title = oneLine(entry.signerTitle);
  return name && title ? `${name} (${title})` : name || title;
}

function oneLine(text: string): string {
  return stripControlCharacters(text).replace(/\s+/gu, ' ').trim();
}

/** The ten cells of an entry, as the sheet writes them. */
export function registerSheetRow(entry: RegisterEntry, code: string): string[] {
  return [
    formatRegisterNumber(entry.number, code),
    formatShortDate(entry.issueDate),
    typeAndSummary(entry.summary),
    signerText(entry),
    entry.recipients.map(oneLine).filter(Boolean).join('; '),
    oneLine(entry.archive),
    '',
    '',
    '',
    '',
  ];
}

function paragraph(text: string, options: { bold?: boolean; italic?: boolean; size?: number; centred?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.centred ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 40, after: 40 },
    children: [
      new TextRun({ text, font: FONT_SLOTS, size: (options.size ?? 12) * 2, bold: options.bold || undefined, italics: options.italic || undefined }),
    ],
  });
}

function row(cells: string[], options: { header?: boolean; bold?: boolean; centred?: boolean; italic?: boolean } = {}): TableRow {
  return new TableRow({
    tableHeader: options.header,
    cantSplit: true,
    children: cells.map(
      (text, index) =>
        new TableCell({
          width: { size: columnWidths[index]!, type: WidthType.DXA },
          verticalAlign: options.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
          margins: { left: 57, right: 57 },
          children: [paragraph(text, { bold: options.bold, italic: options.italic, centred: options.centred })],
        }),
    ),
  });
}

export function buildRegisterSheetDocument(sheet: RegisterSheet): Document {
  const numbers = sheet.entries.map((entry) => entry.number);
  const range =
    numbers.length === 0
      ? 'Chưa có văn bản nào được đăng ký'
      : `Từ số ${formatRegisterNumber(Math.min(...numbers), sheet.code)} đến số ${formatRegisterNumber(Math.max(...numbers), sheet.code)}`;
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: [
      row(REGISTER_SHEET_COLUMNS.map((column) => column.heading), { header: true, bold: true, centred: true }),
      row(REGISTER_SHEET_COLUMNS.map((_, index) => `(${index + 1})`), { header: true, centred: true, italic: true }),
      ...sheet.entries.map((entry) => row(registerSheetRow(entry, sheet.code))),
    ],
  });
  return new Document({
    creator: oneLine(sheet.agency),
    title: `Sổ đăng ký văn bản đi ${sheet.code} năm ${sheet.year}`,
    styles: { default: { document: { run: { font: FONT_SLOTS, size: 24, language: { value: 'vi-VN' } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: [
          paragraph(oneLine(sheet.agency).toLocaleUpperCase('vi'), { bold: true, size: 13, centred: true }),
          paragraph('SỔ ĐĂNG KÝ VĂN BẢN ĐI', { bold: true, size: 16, centred: true }),
          paragraph(`Năm ${sheet.year} — Ký hiệu: ${sheet.code}`, { bold: true, size: 14, centred: true }),
          paragraph(range, { italic: true, size: 13, centred: true }),
          table,
        ],
      },
    ],
  });
}

export function buildRegisterSheetDocx(sheet: RegisterSheet): Promise<Uint8Array> {
  return Packer.pack(buildRegisterSheetDocument(sheet), 'uint8array');
}
