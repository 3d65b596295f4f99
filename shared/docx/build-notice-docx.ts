/**
 * Notice → official Decree 30/2020 .docx bytes (see reference/decree30-spec.md in the shared folder beside the
 * repository; a Thông báo follows the decree's Mẫu 1.4). Pure: runs in Node and in the browser alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { formatNumberLine, formatPlaceDate } from '../format/vietnamese';
import type { FootnoteRun, Notice } from '../notice/schema';
import { stripControlCharacters } from '../text/sanitize';
import {
  noticeAuthor,
  noticeBodyLines,
  oneLine,
  recipientLines,
  reviewCopyMarkText,
  reviewCopyNotice,
  richLines,
  signatureLines,
  type Line,
  type Run,
} from './notice-lines';
import { longestLineTwips, textWidthTwips } from './text-width';

/** All measures in twips (1/20 pt; 1 mm ≈ 56.7 twips) unless named otherwise. */
const LAYOUT = {
  page: { width: 11906, height: 16838 },
  /** Decree 30 I.3: top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
  margin: { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 },
  /** The decree's own forms: header table 3936 + 5846, "Nơi nhận" + signature table 3276 + 6072. */
  headerColumns: [3936, 5846] as const,
  signatureColumns: [3276, 6072] as const,
  cellMargin: 85,
  /** First-line indent of body paragraphs: 1.27 cm. */
  firstLine: 720,
  /** 6 pt after every body paragraph, line spacing 1.15 (240 = single). */
  bodyAfter: 120,
  bodyLine: 276,
} as const;

const FONT = 'Times New Roman';
/** Every slot, or Word falls back to a theme font for Vietnamese (cs/eastAsia). */
const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

/** Sizes in points. */
const SIZE = {
  body: 14,
  agency: 13,
  nationalTitle: 13,
  motto: 14,
  numberLine: 13,
  placeDate: 14,
  title: 14,
  recipientsHeading: 12,
  recipients: 11,
  signature: 14,
  pageNumber: 14,
  footnote: 12,
  reviewMark: 13,
} as const;

/** Share of the text's length taken by the lines under the agency and the trích yếu (decree: 1/3 to 1/2). */
const SHORT_LINE_RATIO = 0.4;
/** Blank 14 pt lines left for the handwritten signature and the seal. */
const SIGNATURE_SPACE_LINES = 4;

const textAreaWidth = LAYOUT.page.width - LAYOUT.margin.left - LAYOUT.margin.right;

function textRun(run: Run, size: number, force: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return new TextRun({
    text: run.text,
    font: FONT_SLOTS,
    size: size * 2,
    bold: force.bold || run.bold || undefined,
    italics: force.italic || run.italic || undefined,
    underline: run.underline ? { type: UnderlineType.SINGLE } : undefined,
  });
}

/**
 * A footnote as Word writes it (Decree 30 allows notes at the foot of the page): its own paragraphs, in the body's
 * font at the size of the recipients' list; Word numbers the references.
 */
function footnoteParagraphs(footnote: FootnoteRun[]): Paragraph[] {
  return richLines(footnote).map(
    (runs, index) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 0, after: 0, line: 240 },
        // Word puts the note's number first; a space keeps it off the text, as Word itself does.
        children: (index === 0 ? [{ text: ' ' }, ...runs] : runs).map((run) => textRun(run, SIZE.footnote)),
      }),
  );
}

function bodyRun(run: Run, bold: boolean | undefined): TextRun | FootnoteReferenceRun {
  return run.footnote ? new FootnoteReferenceRun({ children: footnoteParagraphs(run.footnote) }) : textRun(run, SIZE.body, { bold });
}

function bodyParagraph(line: Line, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    style: 'NoticeBody',
    keepNext: line.keepNext || undefined,
    ...options,
    children: line.runs.map((run) => bodyRun(run, line.bold)),
  });
}

/** A paragraph of `size` points, centred, single-spaced, no space around it (inside the header and the signature). */
function centred(text: string, size: number, style: { bold?: boolean; italic?: boolean } = {}, before = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after: 0, line: 240 },
    children: [textRun({ text }, size, style)],
  });
}

/**
 * A real line (not underscores, not underline): the bottom border of an empty paragraph indented so that the
 * border is `length` long and centred in a space `available` wide.
 */
function lineParagraph(length: number, available: number, before = 0): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before, after: 0, line: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    // The empty paragraph's height comes from its mark: keep it small so the line sits just under the text.
    run: { size: 8, font: FONT_SLOTS },
    children: [],
  });
}

function shortLineLength(text: string, size: number, available: number): number {
  return Math.round(longestLineTwips(text, size, true, available) * SHORT_LINE_RATIO);
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

/** A borderless table with a fixed layout and explicit widths, which every word processor keeps as given. */
function fixedTable(columns: readonly [number, number], rows: TableRow[], indent = 0): Table {
  return new Table({
    width: { size: columns[0] + columns[1], type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    indent: indent === 0 ? undefined : { size: indent, type: WidthType.DXA },
    margins: {
      left: LAYOUT.cellMargin,
      right: LAYOUT.cellMargin,
      top: 0,
      bottom: 0,
      marginUnitType: WidthType.DXA,
    },
    rows,
  });
}

function headerTable(notice: Notice): Table {
  const [leftWidth, rightWidth] = LAYOUT.headerColumns;
  const leftText = leftWidth - 2 * LAYOUT.cellMargin;
  const rightText = rightWidth - 2 * LAYOUT.cellMargin;
  // A line break the user typed in an agency name (e.g. "ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU") is kept.
  const agencyLines = (name: string) =>
    stripControlCharacters(name)
      .split(/\r\n|\r|\n/)
      .map((line) => oneLine(line).toLocaleUpperCase('vi'))
      .filter((line) => line !== '');
  const parent = agencyLines(notice.issuer.parentAgency);
  const agency = agencyLines(notice.issuer.agency);
  const agencyLength = Math.max(0, ...agency.map((line) => shortLineLength(line, SIZE.agency, leftText)));
  const nationalTitle = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  const motto = 'Độc lập - Tự do - Hạnh phúc';

  const left = [
    ...parent.map((line) => centred(line, SIZE.agency)),
    ...agency.map((line) => centred(line, SIZE.agency, { bold: true })),
    lineParagraph(agencyLength, leftText),
  ];
  const right = [
    centred(nationalTitle, SIZE.nationalTitle, { bold: true }),
    centred(motto, SIZE.motto, { bold: true }),
    lineParagraph(Math.round(textWidthTwips(motto, SIZE.motto, true)), rightText),
  ];
  // Not collapsed to one space: a draft's blanks are left for the pen.
  const numberLine = stripControlCharacters(formatNumberLine(notice.number, oneLine(notice.code)));
  const placeDate = stripControlCharacters(formatPlaceDate(oneLine(notice.place), notice.date));
  return fixedTable(
    LAYOUT.headerColumns,
    [
      new TableRow({ cantSplit: true, children: [cell(leftWidth, left), cell(rightWidth, right)] }),
      new TableRow({
        cantSplit: true,
        children: [
          cell(leftWidth, [centred(numberLine, SIZE.numberLine, {}, 120)]),
          cell(rightWidth, [centred(placeDate, SIZE.placeDate, { italic: true }, 120)]),
        ],
      }),
    ],
    headerTableIndent(),
  );
}

/** The decree's header table is wider than the text area: it reaches equally into both margins. */
function headerTableIndent(): number {
  const [leftWidth, rightWidth] = LAYOUT.headerColumns;
  return -Math.round((leftWidth + rightWidth - textAreaWidth) / 2);
}

/**
 * The review-copy mark where Decree 30 puts the marks that limit a document's use: box 11 of Appendix I, IV (top
 * right of page 1, above the Quốc hiệu), in a single-line frame, upper case, 13 pt bold (Appendix I, III.2.c). A
 * paragraph border drawn round a paragraph indented to the text's width, centred over the header's right column.
 */
function reviewCopyMark(copyNumber: number): Paragraph {
  const text = reviewCopyMarkText(copyNumber);
  const [leftWidth, rightWidth] = LAYOUT.headerColumns;
  const padding = 230;
  const boxWidth = Math.round(textWidthTwips(text, SIZE.reviewMark, true)) + 2 * padding;
  const centre = headerTableIndent() + leftWidth + rightWidth / 2;
  const side = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: Math.round(centre - boxWidth / 2), right: Math.round(textAreaWidth - centre - boxWidth / 2) },
    spacing: { before: 0, after: 120 },
    border: { top: side, bottom: side, left: side, right: side },
    children: [textRun({ text }, SIZE.reviewMark, { bold: true })],
  });
}

function titleParagraphs(notice: Notice): Paragraph[] {
  const summary = oneLine(notice.summary);
  const title = [centred(oneLine(notice.documentType).toLocaleUpperCase('vi'), SIZE.title, { bold: true }, 480)];
  if (!summary) return title;
  return [
    ...title,
    centred(summary, SIZE.title, { bold: true }),
    lineParagraph(shortLineLength(summary, SIZE.title, textAreaWidth), textAreaWidth, 40),
  ];
}

function signatureTable(notice: Notice): Table {
  const [leftWidth, rightWidth] = LAYOUT.signatureColumns;
  const left: Paragraph[] = [
    new Paragraph({
      spacing: { before: 240, after: 0, line: 240 },
      children: [textRun({ text: 'Nơi nhận:' }, SIZE.recipientsHeading, { bold: true, italic: true })],
    }),
  ];
  const recipientLine = (text: string): Paragraph =>
    new Paragraph({ spacing: { after: 0, line: 240 }, children: [textRun({ text }, SIZE.recipients)] });
  for (const line of recipientLines(notice)) left.push(recipientLine(line));

  const { upper, signerName } = signatureLines(notice);
  const right: Paragraph[] = upper.map((text, index) => centred(text, SIZE.signature, { bold: true }, index === 0 ? 240 : 0));
  for (let index = 0; index < SIGNATURE_SPACE_LINES; index += 1) right.push(centred('', SIZE.signature));
  right.push(centred(signerName, SIZE.signature, { bold: true }));

  return fixedTable(LAYOUT.signatureColumns, [
    new TableRow({ cantSplit: true, children: [cell(leftWidth, left), cell(rightWidth, right)] }),
  ]);
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_SLOTS, size: SIZE.pageNumber * 2 })],
      }),
    ],
  });
}

export interface NoticeDocxOptions {
  /**
   * A copy sent for review: the n-th copy of this draft, marked "DỰ THẢO LẦN n", with the number and date left
   * blank whatever the notice holds (a draft copy never carries a number).
   */
  reviewCopy?: number;
}

function buildNoticeDocument(source: Notice, options: NoticeDocxOptions): Document {
  const { reviewCopy } = options;
  const notice: Notice = reviewCopy === undefined ? source : reviewCopyNotice(source);
  const lines = noticeBodyLines(notice);
  const body = lines.map((line, index) =>
    bodyParagraph(line, {
      // The first body paragraph keeps its distance from the title; the last one stays with the signature.
      ...(index === 0 ? { spacing: { before: 240 } } : {}),
      ...(index === lines.length - 1 ? { keepNext: true } : {}),
    }),
  );
  const emptyFirstPageHeader = new Header({ children: [new Paragraph({ children: [] })] });

  return new Document({
    title: oneLine(notice.summary) || oneLine(notice.documentType),
    creator: noticeAuthor(notice),
    lastModifiedBy: noticeAuthor(notice),
    theme: {
      fonts: {
        headings: { latin: FONT, eastAsia: FONT, complexScript: FONT },
        body: { latin: FONT, eastAsia: FONT, complexScript: FONT },
      },
    },
    styles: {
      default: {
        document: {
          run: { font: FONT_SLOTS, size: SIZE.body * 2, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
      paragraphStyles: [
        {
          id: 'NoticeBody',
          name: 'Notice Body',
          basedOn: 'Normal',
          quickFormat: true,
          run: { font: FONT_SLOTS, size: SIZE.body * 2 },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: LAYOUT.firstLine },
            spacing: { before: 0, after: LAYOUT.bodyAfter, line: LAYOUT.bodyLine },
          },
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { ...LAYOUT.page, orientation: PageOrientation.PORTRAIT },
            margin: LAYOUT.margin,
          },
        },
        headers: { first: emptyFirstPageHeader, default: pageNumberHeader() },
        children: [
          ...(reviewCopy !== undefined ? [reviewCopyMark(reviewCopy)] : []),
          headerTable(notice),
          ...titleParagraphs(notice),
          ...body,
          signatureTable(notice),
        ],
      },
    ],
  });
}

/** The notice as .docx bytes. */
export async function buildNoticeDocx(notice: Notice, options: NoticeDocxOptions = {}): Promise<Uint8Array> {
  // "uint8array" needs neither Node's Buffer nor the browser's Blob.
  return Packer.pack(buildNoticeDocument(notice, options), 'uint8array');
}
