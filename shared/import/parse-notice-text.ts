/**
 * The text of a published notice (pasted from a website or a Word file, or read from a .docx) → a structured Notice
 * draft and a report of what was recognised. Pure: no Node, no DOM.
 *
 * Order of work: drop the website's chrome, read the header (issuer, "Số:", place and date, "THÔNG BÁO", trích yếu),
 * read the tail ("Nơi nhận", signature) and the closing sentence, then classify the body line by line. Text is kept
 * as written: only white space is normalised, and labels ("1.", "-", "a)") become structure. Anything not classified
 * stays a paragraph.
 */
import type { Agency } from '../agencies/schema';
import { findDeadline } from '../format/deadline';
import { isoDateFromParts } from '../format/dates';
import {
  MeetingSchema,
  NOTICE_SCHEMA_VERSION,
  type AgencyRef,
  type Block,
  type Notice,
  type RichText,
  type SchemeBlock,
  type SubItem,
  type TaskBlock,
} from '../notice/schema';
import { TaskAgencyReader, foldSameLength, sameMatch, uniqueMatches } from './agencies';
import { ImportError } from './errors';
import { LimitedNoticeSchema, limitMessages } from '../notice/limited-schema';
import { plainText } from '../notice/rich-text';
import { isAllBold, normaliseRuns, sliceRuns, withoutBold, type SourceParagraph } from './rich';
import type { AgencyMatch, HeaderField, ImportReport, ImportResult, ImportedTask } from './result';

export interface ParseOptions {
  directory: readonly Agency[];
  /** Block and sub-item ids; by default "b1", "b2" … */
  newId?: () => string;
  /** Header values the text does not state (issuer, code, place, signature …), usually from the settings. */
  defaults?: Partial<Notice>;
  /** Told how far the parse is (0 to 1) now and then, for a progress bar on long documents. */
  onProgress?: (fraction: number) => void;
}

/** Lines (or blocks) between two progress reports. */
const PROGRESS_STEP = 2000;

interface Line {
  runs: RichText;
  /** A blank line stood before it in the source (text files): the end of a block such as the trích yếu. */
  afterBlank?: boolean;
  text: string;
  folded: string;
  table?: number;
  column?: number;
  centred?: boolean;
}

/** Splits pasted or file text into paragraphs, one per line. */
export function textToParagraphs(text: string): SourceParagraph[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => ({ runs: [{ text: line }] }));
}

export function parseNoticeText(text: string, options: ParseOptions): ImportResult {
  return parseNoticeParagraphs(textToParagraphs(text), options);
}

// ---------------------------------------------------------------------------------------------------------------
// Recognisers (on folded text: lower case, no diacritics, same offsets as the original)

/** Lines made only of a news site's buttons and credits. */
const CHROME_WORDS = [
  'ban bien tap', 'bbt', 'print', 'send mail', 'send email', 'in bai', 'ban in', 'in trang', 'gui email', 'gui mail',
  'gui bai', 'chia se', 'share', 'facebook', 'zalo', 'twitter', 'tweet', 'quay lai', 've dau trang', 'tro ve', 'email',
  'in', 'like', 'luu',
];
const CHROME_LINE = new RegExp(`^(?:(?:${CHROME_WORDS.join('|')})[\\s|/:,.-]*)+$`, 'u');
/** The heading of a news site's list of other articles. */
const OTHER_ARTICLES = /^(?:cac )?(?:tin|bai viet|bai|thong bao) (?:da dang|khac|lien quan|cung chuyen muc|moi)\b.*$/u;
const LIST_ENTRY = /^[•·*●○▪◦-]|\(\d{1,2}\/\d{1,2}\/\d{2,4}\)\s*$/u;
/** "Chủ nhật 22/5/2022", "Thứ hai, 05/10/2020 08:30", "22/5/2022". */
const PUBLICATION_DATE =
  /^(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|cn|t[2-7])[\s,-]*)?(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:[\s,-]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|gmt\+?\d*))?)?$/u;

const MEETING_DATE =
  /^(?:vao )?(?:(?:sang|chieu|toi) )?ngay (\d{1,2})(?:[/.-]| thang )(\d{1,2})(?:[/.-]| nam )(\d{4})(?![\p{N}])/u;
/** "đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chủ trì": name and title. */
const CHAIR =
  /(?:đồng chí|đ\/c)\s+((?:\p{Lu}\p{L}*\s+){1,4}\p{Lu}\p{L}*)\s*[-–,]\s*(.{3,160}?)\s+(?:đã\s+)?(?:chủ trì|họp|kiểm tra|làm việc|dự|đi kiểm tra)(?![\p{L}])/u;
/** "tại Hội trường UBND tỉnh", "tại Phòng họp số 2": where the meeting was held. */
const MEETING_PLACE = /(?<![\p{L}])tại\s+((?:[Hh]ội trường|[Pp]hòng họp|[Tt]rụ sở)[^,.;]{0,100})/u;
/** How the body of a notice starts after its trích yếu. */
const BODY_OPENING = /^(?:sau khi|can cu|thuc hien|ngay|sang|chieu|vao|hom nay|trong (?:ngay|thoi gian))(?![\p{L}])/u;
const NATIONAL_TITLE = /^cong hoa xa hoi chu nghia viet nam$/u;
const MOTTO = /^doc lap\s*[-–]\s*tu do\s*[-–]\s*hanh phuc$/u;
const NUMBER_LINE = /^Số\s*:\s*(\d*)\s*\/\s*(\S.*?)\s*$/u;
const PLACE_DATE = /^([^,]{2,60}),\s*ngày\b\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})?\s*$/iu;
const SUMMARY_START = /^(?:thong bao )?(?:y kien )?(?:ket luan|v\/v|ve viec)\b/u;
/** "Nơi nhận:" alone, or followed by the first recipient on the same line. */
const RECIPIENTS_HEAD = /^noi nhan\s*(?::|$)/u;
/** "(Đã ký)", "(Ký tên, đóng dấu)": the mark a copy carries where the signature was. */
const SIGNED_MARK = /^\(?\s*(?:da ky|ky ten|ky so|da ky so|(?:da )?ky(?: ten)?,? (?:va )?dong dau)\s*\)?\.?$/u;
/** The second line of an agency name wrapped in two ("ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU"). */
const PLACE_CONTINUATION = /^(?:tinh|huyen|thanh pho|thi xa|xa|phuong|thi tran)\s/u;
const ARCHIVE = /^[-–+•]?\s*Lưu\s*:\s*(.*?)\s*\.?\s*$/u;
const AUTHORITY = /^(?:TM|KT|TL|Q|TUQ)\.\s*\S/u;
const CLOSING = /\b(?:thong bao (?:de|den|cho)|tran trong thong bao)\b.*\b(?:biet|thuc hien)\b/u;

/** The digital-signature stamp a signed PDF carries above the header ("Ký bởi: …", "Thời gian ký: …"). */
const SIGNATURE_STAMP = /^(?:ky boi|co quan|thoi gian ky|email|ngay ky)\s*:/u;
/** A footnote reference in plain text: a number glued to the lower-case word before it ("quan trọng1. Do vậy"). */
const FOOTNOTE_REFERENCE = /(?<=[\p{Ll}])(\d{1,2})(?=[.,;:]?(?:\s|$))/u;
/** A footnote's text after the signature: "1 Thông báo số …", "[1] …", "1. …". */
const FOOTNOTE_TEXT = /^\[?(\d{1,2})[\].)]?\s+(\S.*)$/u;
/** A page number on its own line (a transcribed scan). */
const PAGE_NUMBER = /^\d{1,3}$/u;
/** Numbered items that are section headings, not tasks ("1. Đánh giá chung", "2. Nhiệm vụ trọng tâm …"). */
const SECTION_HEADING =
  /^(?:danh gia chung|ket qua|tinh hinh|nhiem vu|giai phap|to chuc thuc hien|mot so (?:nhiem vu|noi dung|giai phap)|y kien ket luan|ket luan chung|kien nghi|de xuat chung)(?![\p{L}])/u;
/** A paragraph that assigns work without a number: "Giao Sở X chủ trì …", "Yêu cầu …", "Đề nghị …". */
const DIRECTIVE = /^(?:giao|yeu cau|de nghi)\s/u;
/** The Vietnamese alphabet of lettered points. */
const LETTERS = 'abcdđeghiklmnopqrstuvxy';
const ROMAN_LABEL = /^([IVXLC]{1,7})[.)]\s+(?=\S)/u;
const NUMBER_LABEL = /^(\d{1,3})[.)]\s+(?=\S)/u;
const DASH_LABEL = /^([-–—•+*·●○▪◦])\s*(?=\S)/u;
const LETTER_LABEL = /^([a-zđ])\)\s+(?=\S)/u;
/** Unnumbered section headings in notices ("Các đề án trình tại phiên họp", "Tình hình kinh tế - xã hội …"). */
const HEADING_WORDS =
  /^(?:tinh hinh kinh te|cac de an|cac bao cao|cac to trinh|cac noi dung|noi dung trinh|mot so nhiem vu|nhiem vu trong tam|nhiem vu,? giai phap|nhung nhiem vu|ve tinh hinh|danh gia chung|y kien ket luan|ket luan chung)\b/u;
/** A section whose items are schemes submitted at the meeting. */
const SCHEME_SECTION = /\b(?:de an|to trinh|bao cao trinh|noi dung trinh|du thao)\b/u;
const TAKES_IN = /(?<![\p{L}])tiep thu(?![\p{L}])/u;
const MAX_HEADING_LENGTH = 250;
const MAX_TITLE_LENGTH = 160;

/** A recipient line without its dash and final punctuation ("- Sở Y tế;" → "Sở Y tế"). */
function recipientText(text: string): string {
  return text.replace(DASH_LABEL, '').replace(/[;.,]+$/u, '').trim();
}

function isUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

function toLine(paragraph: SourceParagraph): Line {
  // Some words arrive decomposed (a letter and its combining marks): compose them first so every pattern sees NFC.
  const runs = normaliseRuns(paragraph.runs.map((run) => ({ ...run, text: run.text.normalize('NFC') })));
  const text = plainText(runs);
  return { runs, text, folded: foldSameLength(text), table: paragraph.table, column: paragraph.column, centred: paragraph.centred };
}

// ---------------------------------------------------------------------------------------------------------------

class NoticeParser {
  private readonly agencies: TaskAgencyReader;
  private readonly directoryById: Map<string, Agency>;
  private readonly newId: () => string;
  private readonly report: ImportReport = {
    droppedLines: [],
    unrecognised: [],
    tasks: [],
    schemes: [],
    headerFields: [],
    warnings: [],
  };
  /** The report's entries by block id: looked up once per block, so a long notice is read in linear time. */
  private readonly schemeEntries = new Map<string, ImportReport['schemes'][number]>();
  private readonly found: Partial<Notice> = {};
  /** Each task's report entry and how the source labelled it, by block id. */
  private readonly taskEntries = new Map<string, { entry: ImportedTask; label: 'number' | 'letter' | 'none' }>();
  /** The notice's year (from its date line, else the meeting's): the year of deadlines that leave it out. */
  private referenceYear: number | undefined;
  /** Whether the source carries formatting (a .docx): then bold marks titles and plain lines continue them. */
  private formatted = false;

  constructor(private readonly options: ParseOptions) {
    this.agencies = new TaskAgencyReader(options.directory);
    this.directoryById = new Map(options.directory.map((agency) => [agency.id, agency]));
    let counter = 0;
    this.newId = options.newId ?? (() => `b${(counter += 1)}`);
  }

  parse(paragraphs: SourceParagraph[]): ImportResult {
    let lines: Line[] = [];
    let blank = false;
    for (const paragraph of paragraphs) {
      const line = toLine(paragraph);
      if (line.text === '') blank = true;
      else {
        lines.push(blank ? { ...line, afterBlank: true } : line);
        blank = false;
      }
    }
    this.options.onProgress?.(0.1);
    this.formatted = lines.some((line) => line.runs.some((run) => run.bold || run.italic || run.underline));
    lines = this.dropChrome(lines);
    const afterHeader = this.readHeader(lines);
    const { body: tailless, leftovers: afterSignature } = this.readTail(afterHeader);
    let body = tailless;
    let leftovers = afterSignature;
    if (!this.formatted) ({ body, leftovers } = this.readTextFootnotes(tailless, afterSignature));
    const blocks = this.readBody(this.joinPageBreaks(body));
    this.readMeeting(blocks);
    this.fillTasks(blocks);
    this.checkNumbering(blocks);
    for (const line of leftovers) blocks.push(this.unrecognisedParagraph(line.runs));
    if (blocks.length === 0 && !this.found.summary) {
      this.report.warnings.push('Không nhận ra nội dung thông báo nào trong văn bản.');
    }
    const notice = this.buildNotice(blocks);
    this.options.onProgress?.(1);
    return { notice, report: this.report };
  }

  // --- web chrome -----------------------------------------------------------------------------------------------

  private dropChrome(lines: Line[]): Line[] {
    const kept: Line[] = [];
    let inArticleList = false;
    for (const [index, line] of lines.entries()) {
      if (index < 6 && SIGNATURE_STAMP.test(line.folded)) {
        this.report.droppedLines.push(line.text);
        continue;
      }
      if (inArticleList && LIST_ENTRY.test(line.text)) {
        this.report.droppedLines.push(line.text);
        continue;
      }
      inArticleList = false;
      if (line.text.length <= 80 && OTHER_ARTICLES.test(line.folded) && line.folded.split(' ').length <= 6) {
        inArticleList = true;
        this.report.droppedLines.push(line.text);
        continue;
      }
      if (line.text.length <= 60 && CHROME_LINE.test(line.folded)) {
        this.report.droppedLines.push(line.text);
        continue;
      }
      kept.push(line);
    }
    return kept;
  }

  // --- header ---------------------------------------------------------------------------------------------------

  /** Reads the header lines at the top and returns the lines after the trích yếu. */
  private readHeader(lines: Line[]): Line[] {
    const window = Math.min(lines.length, 16);
    const national = lines.slice(0, window).findIndex((line) => NATIONAL_TITLE.test(line.folded));
    const numberIndex = lines.slice(0, window).findIndex((line) => NUMBER_LINE.test(line.text));
    const typeIndex = lines
      .slice(0, window)
      .findIndex((line) => isUpperCase(line.text) && line.folded === 'thong bao');
    const consumed = new Set<number>();

    const issuerEnd = national >= 0 ? national : numberIndex >= 0 ? numberIndex : -1;
    if (issuerEnd > 0) this.readIssuer(lines.slice(0, issuerEnd), consumed);
    if (national >= 0) consumed.add(national);
    lines.slice(0, window).forEach((line, index) => {
      if (MOTTO.test(line.folded)) consumed.add(index);
    });
    if (numberIndex >= 0) {
      const [, digits = '', code = ''] = NUMBER_LINE.exec(lines[numberIndex]?.text ?? '') ?? [];
      if (digits !== '' && Number(digits) >= 1) this.setFound('number', Number(digits));
      if (code !== '') this.setFound('code', code);
      consumed.add(numberIndex);
    }
    const placeIndex = lines.slice(0, window).findIndex((line) => PLACE_DATE.test(line.text));
    if (placeIndex >= 0) {
      const [, place = '', day, month, year] = PLACE_DATE.exec(lines[placeIndex]?.text ?? '') ?? [];
      this.setFound('place', place.trim());
      if (year) this.referenceYear = Number(year);
      if (day && month && year) {
        const date = isoDateFromParts(Number(year), Number(month), Number(day));
        if (date) this.setFound('date', date);
        else this.report.warnings.push(`Ngày ban hành «${lines[placeIndex]?.text ?? ''}» không phải một ngày có thật.`);
      }
      consumed.add(placeIndex);
    }

    let summaryIndex = -1;
    if (typeIndex >= 0) {
      this.setFound('documentType', lines[typeIndex]?.text ?? '');
      consumed.add(typeIndex);
      const next = lines[typeIndex + 1];
      if (next && !NUMBER_LABEL.test(next.text) && next.text.length <= 400) summaryIndex = typeIndex + 1;
    } else {
      summaryIndex = lines
        .slice(0, Math.min(lines.length, 8))
        .findIndex((line) => line.text.length <= 300 && SUMMARY_START.test(line.folded));
    }
    if (summaryIndex >= 0) {
      // A trích yếu typed over several centred lines in Word continues on the following centred lines.
      const parts = [lines[summaryIndex]?.text ?? ''];
      consumed.add(summaryIndex);
      // In plain text it continues on the lines before the blank line that ends it.
      while (parts.length < 4 && (this.formatted ? lines[summaryIndex]?.centred && lines[summaryIndex + 1]?.centred : this.continuesSummary(lines[summaryIndex], lines[summaryIndex + 1]))) {
        summaryIndex += 1;
        parts.push(lines[summaryIndex]?.text ?? '');
        consumed.add(summaryIndex);
      }
      this.setFound('summary', parts.join(' '));
    }
    const headerEnd = Math.max(summaryIndex, ...consumed);
    const hasOfficialHeader = national >= 0 || numberIndex >= 0 || typeIndex >= 0;
    const rest: Line[] = [];
    lines.forEach((line, index) => {
      if (consumed.has(index)) return;
      if (index < headerEnd && !hasOfficialHeader && this.isTopChrome(line)) {
        this.report.droppedLines.push(line.text);
        return;
      }
      rest.push(line);
    });
    return rest;
  }

  /** A plain-text line that goes on with the trích yếu: no blank line before it, no opening of the body. */
  private continuesSummary(current: Line | undefined, next: Line | undefined): boolean {
    if (!current || !next || next.afterBlank || /[.:;]$/u.test(current.text)) return false;
    if (next.text.length > 300 || this.isLabelled(next.text) || ROMAN_LABEL.test(next.text)) return false;
    return !MEETING_DATE.test(next.folded) && !BODY_OPENING.test(next.folded);
  }

  /** Before the trích yếu of a web page: the site's category line and the publication date. */
  private isTopChrome(line: Line): boolean {
    if (PUBLICATION_DATE.test(line.folded)) return true;
    return line.text.length <= 120 && !/[.:;!?]$/u.test(line.text) && !NUMBER_LABEL.test(line.text);
  }

  private readIssuer(lines: Line[], consumed: Set<number>): void {
    const upper = lines.map((line, index) => ({ line, index })).filter(({ line }) => isUpperCase(line.text));
    if (upper.length === 0) return;
    const boldOnes = upper.filter(({ line }) => isAllBold(line.runs));
    // The issuing agency is printed bold under the (regular) parent agency; plain text keeps only the order.
    const last = upper[upper.length - 1];
    // "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG": one agency wrapped over two lines (both bold in a .docx).
    const wrapped =
      upper.length === 2 && last !== undefined && PLACE_CONTINUATION.test(last.line.folded) && (!this.formatted || boldOnes.length !== 1);
    const agencyLines =
      boldOnes.length > 0 && boldOnes.length < upper.length ? boldOnes : wrapped ? upper : upper.slice(-1);
    const parentLines = upper.filter((entry) => !agencyLines.includes(entry));
    for (const { index } of upper) consumed.add(index);
    this.setFound('issuer', {
      parentAgency: parentLines.map(({ line }) => line.text).join(' '),
      // A wrapped name keeps its break, as the Committee's issuer form and the .docx header write it.
      agency: agencyLines.map(({ line }) => line.text).join(wrapped ? '\n' : ' '),
    });
  }

  private setFound<K extends keyof Notice & HeaderField>(field: K, value: Notice[K]): void {
    this.found[field] = value;
    if (!this.report.headerFields.includes(field)) this.report.headerFields.push(field);
  }

  // --- tail: closing, recipients, signature ----------------------------------------------------------------------

  private readTail(lines: Line[]): { body: Line[]; leftovers: Line[] } {
    let end = lines.length;
    const leftovers: Line[] = [];
    const recipientsIndex = lines.findIndex((line) => RECIPIENTS_HEAD.test(line.folded));
    let signatureLines: Line[] = [];
    if (recipientsIndex >= 0) {
      const head = lines[recipientsIndex] as Line;
      const recipients: string[] = [];
      const sameLine = head.text.slice(head.text.indexOf(':') + 1).trim();
      if (head.text.includes(':') && sameLine !== '') recipients.push(recipientText(sameLine));
      let index = recipientsIndex + 1;
      for (; index < lines.length; index += 1) {
        const line = lines[index] as Line;
        const sameCell = head.table !== undefined && line.table === head.table && line.column === head.column;
        const archive = ARCHIVE.exec(line.text);
        if (archive) {
          this.setFound('archive', archive[1] ?? '');
          index += 1;
          break;
        }
        if (!DASH_LABEL.test(line.text) && !sameCell) break;
        recipients.push(recipientText(line.text));
      }
      if (recipients.length > 0) this.setFound('recipients', recipients);
      signatureLines = lines.slice(index);
      end = recipientsIndex;
    }
    // A signature printed before "Nơi nhận" (or without it): upper-case lines starting with an authority prefix.
    const authorityIndex = lines.slice(0, end).findIndex((line, index) => index >= end - 8 && AUTHORITY.test(line.text));
    if (authorityIndex >= 0) {
      signatureLines = [...lines.slice(authorityIndex, end), ...signatureLines];
      end = authorityIndex;
    }
    leftovers.push(...this.readSignature(signatureLines));

    const last = lines[end - 1];
    if (last && CLOSING.test(last.folded) && last.text.length <= 300 && !this.isLabelled(last.text)) {
      this.setFound('closing', last.text);
      end -= 1;
    }
    return { body: lines.slice(0, end), leftovers };
  }

  /** Authority and title lines (upper case), then the signer's name; returns the lines it could not place. */
  private readSignature(lines: Line[]): Line[] {
    if (lines.length === 0) return [];
    const upper: string[] = [];
    let index = 0;
    while (index < lines.length && isUpperCase(lines[index]?.text ?? '')) {
      upper.push(lines[index]?.text ?? '');
      index += 1;
    }
    while (index < lines.length && SIGNED_MARK.test(lines[index]?.folded ?? '')) {
      this.report.droppedLines.push(lines[index]?.text ?? '');
      index += 1;
    }
    const nameLine = lines[index];
    const signerName = nameLine && nameLine.text.split(' ').length <= 6 ? nameLine.text : '';
    if (signerName) index += 1;
    if (upper.length > 0 || signerName) {
      const authorityLines = upper.filter((text) => AUTHORITY.test(text));
      const titles = upper.filter((text) => !AUTHORITY.test(text));
      this.setFound('signature', { authorityLines, title: titles.join(' '), signerName });
    }
    return lines.slice(index);
  }

  private isLabelled(text: string): boolean {
    return [ROMAN_LABEL, NUMBER_LABEL, DASH_LABEL, LETTER_LABEL].some((label) => label.test(text));
  }

  // --- body -----------------------------------------------------------------------------------------------------

  /**
   * Footnotes of a plain text: the reference is a number glued to the word before it ("quan trọng1. Do vậy"), the
   * notes follow the signature as "1 Text" or "[1] Text". Numbers count up from 1 in the order they appear, so a
   * code such as "m2" elsewhere is not taken for a reference. A reference whose text the file lacks (Word's "Save as
   * text" drops footnotes) keeps its place with an empty note, and a warning says so.
   */
  private readTextFootnotes(body: Line[], leftovers: Line[]): { body: Line[]; leftovers: Line[] } {
    const texts = new Map<number, string>();
    const rest: Line[] = [];
    for (const line of leftovers) {
      const note = FOOTNOTE_TEXT.exec(line.text);
      if (note && !texts.has(Number(note[1]))) texts.set(Number(note[1]), note[2] ?? '');
      else rest.push(line);
    }
    let next = 1;
    const used = new Set<number>();
    const withReferences = body.map((line) => {
      if (!FOOTNOTE_REFERENCE.test(line.text)) return line;
      const runs: RichText = [];
      for (const run of line.runs) {
        if (run.footnote) {
          runs.push(run);
          continue;
        }
        let from = 0;
        for (const match of run.text.matchAll(new RegExp(FOOTNOTE_REFERENCE.source, 'gu'))) {
          if (Number(match[1]) !== next) continue;
          runs.push({ ...run, text: run.text.slice(from, match.index) });
          runs.push({ text: '', footnote: texts.has(next) ? [{ text: texts.get(next) ?? '' }] : [] });
          used.add(next);
          next += 1;
          from = match.index + match[0].length;
        }
        runs.push({ ...run, text: run.text.slice(from) });
      }
      const normalised = normaliseRuns(runs);
      const text = plainText(normalised);
      return { ...line, runs: normalised, text, folded: foldSameLength(text) };
    });
    for (const number of used) {
      if (!texts.has(number)) this.report.warnings.push(`Chú thích ${number}: văn bản không có nội dung chú thích, cần nhập lại.`);
    }
    for (const [number, text] of texts) if (!used.has(number)) rest.push(toLine({ runs: [{ text: `${number} ${text}` }] }));
    return { body: withReferences, leftovers: rest };
  }

  /** Drops page numbers on their own lines and joins the paragraph a page break split ("… các lĩnh" / "2" / "vực …"). */
  private joinPageBreaks(lines: Line[]): Line[] {
    const out: Line[] = [];
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index] as Line;
      if (!PAGE_NUMBER.test(line.text)) {
        out.push(line);
        continue;
      }
      this.report.droppedLines.push(line.text);
      const before = out[out.length - 1];
      const after = lines[index + 1];
      if (before && after && !/[.;:!?]$/u.test(before.text) && /^\p{Ll}/u.test(after.text)) {
        const runs = normaliseRuns([...before.runs, { text: ' ' }, ...after.runs]);
        const text = plainText(runs);
        out[out.length - 1] = { ...before, runs, text, folded: foldSameLength(text) };
        index += 1;
      }
    }
    return out;
  }

  /**
   * Whether the tasks of the section starting at `from` are its lettered points: when its numbered items are
   * section headings ("1. Đánh giá chung", "2. Nhiệm vụ trọng tâm …") with a) b) c) … under them.
   */
  private lettersAreTasks(lines: Line[], from: number): boolean {
    let headingNumbers = false;
    let letters = false;
    for (let index = from; index < lines.length; index += 1) {
      const line = lines[index] as Line;
      if (ROMAN_LABEL.test(line.text) && line.text.length <= MAX_HEADING_LENGTH) break;
      if (LETTER_LABEL.test(line.text)) letters = true;
      const number = NUMBER_LABEL.exec(line.text);
      if (!number) continue;
      const rest = line.text.slice(number[0].length);
      if (rest.length <= MAX_TITLE_LENGTH && SECTION_HEADING.test(foldSameLength(rest)) && this.agencies.read(rest).lead.length === 0) {
        headingNumbers = true;
      }
    }
    return headingNumbers && letters;
  }

  private readBody(lines: Line[]): Block[] {
    const blocks: Block[] = [];
    const hasRoman = lines.some((line) => ROMAN_LABEL.test(line.text) && line.text.length <= MAX_HEADING_LENGTH);
    let schemeSection = false;
    let lettersAreTasks = this.lettersAreTasks(lines, 0);
    let task: TaskBlock | undefined;
    /** The task's last sub-item: unlabelled lines after it continue it. */
    let sub: SubItem | undefined;
    /** A scheme whose following plain paragraphs continue it (a .docx with titles in bold). */
    let continuing: SchemeBlock | undefined;
    let scheme: SchemeBlock | undefined;
    let itemsStarted = false;
    /** The open task is a directive paragraph ending with ":": the list after it is its sub-items, whatever labels. */
    let directiveList = false;

    const closeItem = () => {
      task = undefined;
      sub = undefined;
      continuing = undefined;
      scheme = undefined;
      directiveList = false;
    };
    const startTask = (rest: RichText, bold: boolean, next: Line | undefined, number: number, label: 'number' | 'letter' | 'none') => {
      closeItem();
      itemsStarted = true;
      task = this.newTask(rest, bold, next, number, label);
      blocks.push(task);
      return task;
    };

    for (let index = 0; index < lines.length; index += 1) {
      if (index % PROGRESS_STEP === 0) this.options.onProgress?.(0.1 + 0.4 * (index / lines.length));
      const line = lines[index] as Line;
      const next = lines[index + 1];
      const bold = this.formatted && isAllBold(line.runs);

      const roman = ROMAN_LABEL.exec(line.text);
      if (roman && line.text.length <= MAX_HEADING_LENGTH) {
        closeItem();
        const text = withoutBold(sliceRuns(line.runs, roman[0].length));
        schemeSection = SCHEME_SECTION.test(foldSameLength(plainText(text)));
        lettersAreTasks = this.lettersAreTasks(lines, index + 1);
        blocks.push({ id: this.newId(), type: 'heading', text, numbered: true });
        continue;
      }

      const number = NUMBER_LABEL.exec(line.text);
      const letter = LETTER_LABEL.exec(line.text);
      const dash = DASH_LABEL.exec(line.text);

      if (task && directiveList && (number || letter || dash)) {
        const label = (number ?? letter ?? dash)?.[0] ?? '';
        sub = this.addSubItem(task, dash ? (dash[1] === '+' ? 'plus' : 'dash') : 'letter', sliceRuns(line.runs, label.length));
        continue;
      }

      if (number) {
        const rest = sliceRuns(line.runs, number[0].length);
        if (lettersAreTasks) {
          // A numbered section heading: the lettered points under it are the tasks.
          closeItem();
          blocks.push({ id: this.newId(), type: 'heading', text: withoutBold(rest), numbered: !hasRoman });
          continue;
        }
        const nextTakesIn = next !== undefined && !this.isLabelled(next.text) && TAKES_IN.test(next.folded);
        if (schemeSection || (bold && nextTakesIn)) {
          closeItem();
          itemsStarted = true;
          scheme = this.newScheme(bold ? withoutBold(rest) : rest);
          blocks.push(scheme);
          continuing = scheme;
          continue;
        }
        startTask(rest, bold, next, Number(number[1]), 'number');
        continue;
      }

      if (letter && (lettersAreTasks || !task) && !schemeSection) {
        startTask(sliceRuns(line.runs, letter[0].length), bold, next, LETTERS.indexOf(letter[1] ?? 'a') + 1, 'letter');
        continue;
      }

      if (task && (dash || letter)) {
        const labelLength = (dash ?? letter)?.[0].length ?? 0;
        const kind = letter ? 'letter' : dash?.[1] === '+' ? 'plus' : 'dash';
        sub = this.addSubItem(task, kind, sliceRuns(line.runs, labelLength));
        continue;
      }
      if (dash) {
        closeItem();
        const level = dash[1] === '+' ? 2 : 1;
        blocks.push({ id: this.newId(), type: 'dash', text: sliceRuns(line.runs, dash[0].length), level });
        continue;
      }

      if (this.isUnnumberedHeading(line, bold)) {
        closeItem();
        schemeSection = SCHEME_SECTION.test(line.folded);
        lettersAreTasks = this.lettersAreTasks(lines, index + 1);
        blocks.push({ id: this.newId(), type: 'heading', text: bold ? withoutBold(line.runs) : line.runs, numbered: false });
        continue;
      }

      if (continuing && this.formatted && !bold) {
        this.appendParagraph(continuing, line.runs);
        continue;
      }

      if (schemeSection) {
        const taken = this.readSchemeLine(line, scheme, bold);
        if (taken) {
          if (taken !== scheme) blocks.push(taken);
          scheme = taken;
          task = undefined;
          continuing = this.formatted ? taken : undefined;
          continue;
        }
      }

      if (task && this.continuesTask(task, sub, line, bold)) {
        if (sub) sub.text = this.joinWithBreak(sub.text, line.runs);
        else this.appendToTask(task, line.runs);
        continue;
      }

      if (!bold && DIRECTIVE.test(line.folded) && this.agencies.read(line.text).lead.length > 0) {
        // An unnumbered paragraph that assigns work is a task; with a colon at its end, the list after it is its own.
        startTask(line.runs, false, undefined, 0, 'none');
        directiveList = /:$/u.test(line.text);
        continue;
      }

      closeItem();
      blocks.push(itemsStarted ? this.unrecognisedParagraph(line.runs) : this.paragraph(line.runs));
    }
    return blocks;
  }

  /**
   * Whether an unlabelled line continues the open task (or its last sub-item): when the item so far ends like a
   * heading, without a full stop (an agency on one line and its work on the next; a theme, then "Giao Sở X chủ trì
   * …:"), when the line itself assigns work ("Giao Sở X thẩm định …" after "Đề nghị Nhà đầu tư …"), and in a .docx
   * after a bold title. Any other line between tasks stays a paragraph of its own.
   */
  private continuesTask(task: TaskBlock, sub: SubItem | undefined, line: Line, bold: boolean): boolean {
    if (bold) return false;
    if (this.formatted && !sub && task.title.length > 0) return true;
    const soFar = sub ? sub.text : task.content.length > 0 ? task.content : task.title;
    const last = plainText(soFar).split('\n').at(-1) ?? '';
    if (!/[.;!?…]\s*$/u.test(last)) return true;
    return DIRECTIVE.test(line.folded) && this.agencies.read(line.text).lead.length > 0;
  }

  /** A further paragraph of a task: a heading-like first line becomes its title, the rest its content. */
  private appendToTask(task: TaskBlock, runs: RichText): void {
    const content = plainText(task.content);
    if (task.title.length === 0 && !content.includes('\n') && content.length <= MAX_TITLE_LENGTH && !/[.;!?]$/u.test(content)) {
      task.title = withoutBold(task.content);
      task.content = runs;
      return;
    }
    this.appendParagraph(task, runs);
  }

  /** A lettered point (level 1), a dash item (level 1, or 2 under lettered points) or a "+" item (level 2). */
  private addSubItem(task: TaskBlock, kind: 'letter' | 'dash' | 'plus', runs: RichText): SubItem {
    if (kind === 'letter' && task.subItems.length === 0) task.subItemStyle = 'letter';
    const level = kind === 'plus' || (kind === 'dash' && task.subItemStyle === 'letter' && task.subItems.length > 0) ? 2 : 1;
    const sub = this.newSubItem(runs, level);
    task.subItems.push(sub);
    return sub;
  }

  private isUnnumberedHeading(line: Line, bold: boolean): boolean {
    if (line.text.length > MAX_HEADING_LENGTH || /[:;,]$/u.test(line.text)) return false;
    if (bold) return true;
    return !this.formatted && HEADING_WORDS.test(line.folded);
  }

  /**
   * In a section of schemes, a line without "tiếp thu" names a scheme; the line after it, naming who "tiếp thu"
   * (takes in the comments), is its conclusion. "Title: Ban X tiếp thu …" on one line holds both.
   */
  private readSchemeLine(line: Line, current: SchemeBlock | undefined, bold: boolean): SchemeBlock | undefined {
    const takesIn = TAKES_IN.exec(line.folded);
    if (!takesIn || bold) {
      if (current && current.conclusion.length === 0 && !bold && line.text.length > MAX_TITLE_LENGTH * 2) {
        this.setConclusion(current, line.runs);
        return current;
      }
      return this.newScheme(bold ? withoutBold(line.runs) : line.runs);
    }
    if (current && current.conclusion.length === 0) {
      this.setConclusion(current, line.runs);
      return current;
    }
    const colon = line.text.lastIndexOf(': ', takesIn.index);
    if (colon > 0) {
      // The colon only separates the scheme's name from the conclusion.
      const scheme = this.newScheme(sliceRuns(line.runs, 0, colon));
      this.setConclusion(scheme, sliceRuns(line.runs, colon + 2));
      return scheme;
    }
    return undefined;
  }

  /** A further paragraph of a task's content or a scheme's conclusion, kept as a line break. */
  private appendParagraph(block: TaskBlock | SchemeBlock, runs: RichText): void {
    const target = block.type === 'task' ? block.content : block.conclusion;
    const combined = target.length > 0 ? this.joinWithBreak(target, runs) : runs;
    if (block.type === 'task') block.content = combined;
    else this.setConclusion(block, combined);
  }

  private joinWithBreak(before: RichText, after: RichText): RichText {
    const out = before.map((run) => ({ ...run }));
    // A footnote reference carries no text: the break goes in a run of its own after it.
    if (out[out.length - 1]?.footnote) out.push({ text: '' });
    const last = out[out.length - 1];
    const first = after[0];
    if (last && first && !first.footnote && !!last.bold === !!first.bold && !!last.italic === !!first.italic && !!last.underline === !!first.underline) {
      last.text += `\n${first.text}`;
      return [...out, ...after.slice(1).map((run) => ({ ...run }))];
    }
    if (last) last.text += '\n';
    return [...out, ...after.map((run) => ({ ...run }))];
  }

  private paragraph(runs: RichText): Block {
    return { id: this.newId(), type: 'paragraph', text: runs };
  }

  private unrecognisedParagraph(runs: RichText): Block {
    const block = this.paragraph(runs);
    this.report.unrecognised.push(block.id);
    return block;
  }

  private newTask(
    rest: RichText,
    bold: boolean,
    next: Line | undefined,
    number: number,
    label: 'number' | 'letter' | 'none',
  ): TaskBlock {
    const text = plainText(rest);
    const nextIsSubItem = next !== undefined && (DASH_LABEL.test(next.text) || LETTER_LABEL.test(next.text));
    // A title on its own line: printed bold in a .docx; in plain text it ends with ":" or is a short phrase
    // without a full stop that the sub-items follow ("12. Sở Lao động Thương binh và Xã hội").
    const isTitle =
      bold ||
      (!this.formatted && /:$/u.test(text) && nextIsSubItem) ||
      (!this.formatted && nextIsSubItem && text.length <= MAX_TITLE_LENGTH && !/[.;!?]$/u.test(text));
    const task: TaskBlock = {
      id: this.newId(),
      type: 'task',
      title: isTitle ? withoutBold(rest) : [],
      content: isTitle ? [] : rest,
      leadAgencies: [],
      coordinatingAgencies: [],
      subItemStyle: 'dash',
      subItems: [],
    };
    const entry: ImportedTask = { blockId: task.id, number, lead: [], coordinating: [], subItems: [] };
    this.report.tasks.push(entry);
    this.taskEntries.set(task.id, { entry, label });
    return task;
  }

  private newSubItem(runs: RichText, level: 1 | 2): SubItem {
    return { id: this.newId(), text: runs, level, leadAgencies: [], coordinatingAgencies: [] };
  }

  private newScheme(title: RichText): SchemeBlock {
    const scheme: SchemeBlock = { id: this.newId(), type: 'scheme', title, conclusion: [] };
    const entry = { blockId: scheme.id };
    this.report.schemes.push(entry);
    this.schemeEntries.set(scheme.id, entry);
    return scheme;
  }

  private setConclusion(scheme: SchemeBlock, conclusion: RichText): void {
    scheme.conclusion = conclusion;
    const text = plainText(conclusion);
    const responsible = this.agencies.responsible(text);
    const deadline = findDeadline(text);
    if (responsible) scheme.responsibleAgency = this.agencyRef(responsible);
    else delete scheme.responsibleAgency;
    if (deadline) scheme.deadline = deadline;
    else delete scheme.deadline;
    const entry = this.schemeEntries.get(scheme.id);
    if (entry) {
      entry.responsible = responsible;
      entry.deadline = deadline;
    }
  }

  private agencyRef(match: AgencyMatch): AgencyRef {
    // The name as the notice writes it; the id links it to the directory.
    const agency = match.agencyId ? this.directoryById.get(match.agencyId) : undefined;
    return agency ? { id: agency.id, name: match.text } : { name: match.text };
  }

  /** Lead and coordinating agencies of texts read one paragraph at a time, the leads in order, each once. */
  private readParagraphs(texts: RichText[]): { lead: AgencyMatch[]; coordinating: AgencyMatch[] } {
    const lead: AgencyMatch[] = [];
    const coordinating: AgencyMatch[] = [];
    for (const paragraph of texts.flatMap((text) => plainText(text).split('\n'))) {
      if (paragraph.trim() === '') continue;
      const found = this.agencies.read(paragraph);
      lead.push(...found.lead);
      coordinating.push(...found.coordinating);
    }
    return { lead: uniqueMatches(lead), coordinating: uniqueMatches(coordinating).filter((m) => !lead.some((l) => sameMatch(l, m))) };
  }

  /**
   * Lead and coordinating agencies and the deadline of every task and sub-item, once the body is read. A task that
   * names no lead itself (a theme, "Về …", "Đối với …") takes the one its sub-items name when they all name the
   * same. Deadlines stay where the text states them (the task's own, each sub-item's).
   */
  private fillTasks(blocks: Block[]): void {
    const options = { referenceYear: this.referenceYear };
    for (const [index, block] of blocks.entries()) {
      if (index % PROGRESS_STEP === 0) this.options.onProgress?.(0.5 + 0.45 * (index / blocks.length));
      if (block.type !== 'task') continue;
      const known = this.taskEntries.get(block.id);
      if (!known) continue;
      const { entry } = known;
      const own = this.readParagraphs([block.title, block.content]);
      const subs = block.subItems.map((sub) => {
        const found = this.readParagraphs([sub.text]);
        const deadline = findDeadline(plainText(sub.text), options);
        sub.leadAgencies = found.lead.map((m) => this.agencyRef(m));
        sub.coordinatingAgencies = found.coordinating.map((m) => this.agencyRef(m));
        if (deadline) sub.deadline = deadline;
        else delete sub.deadline;
        return { sub, ...found, deadline };
      });
      entry.subItems = subs.map(({ sub, lead, coordinating, deadline }) => ({
        subItemId: sub.id,
        lead,
        coordinating,
        ...(deadline ? { deadline } : {}),
      }));

      let lead = own.lead;
      if (lead.length === 0) {
        const named = subs.filter(({ sub, lead: subLead }) => subLead.length > 0 && sub.level === 1).map(({ lead: subLead }) => subLead[0] as AgencyMatch);
        const first = named[0];
        if (first && named.every((m) => sameMatch(m, first))) lead = [first];
      }
      // "…, giao X:" over items of X's work: whom the items have X work with ("- Phối hợp với Y …") X coordinates
      // with. (A group headed by the agency alone, "Giao X:" or "Nhà đầu tư …:", keeps that on its items.)
      const ownText = `${plainText(block.title)}\n${plainText(block.content)}`.trim();
      const assigns = ownText.endsWith(':') && !/^giao\s/iu.test(ownText) && /(?<![\p{L}])giao\s/iu.test(ownText);
      const itemsOfLead = assigns && own.lead.length > 0
        ? subs.filter(({ lead: subLead }) => subLead.every((m) => lead.some((l) => sameMatch(l, m)))).flatMap(({ coordinating: subCoordinating }) => subCoordinating)
        : [];
      const coordinating = uniqueMatches([...own.coordinating, ...itemsOfLead]).filter((m) => !lead.some((l) => sameMatch(l, m)));
      const deadline = findDeadline([plainText(block.title), plainText(block.content)].join('\n'), options);

      Object.assign(entry, { lead, coordinating });
      if (deadline) entry.deadline = deadline;
      else delete entry.deadline;
      block.leadAgencies = lead.map((m) => this.agencyRef(m));
      block.coordinatingAgencies = coordinating.map((m) => this.agencyRef(m));
      if (deadline) block.deadline = deadline;
      else delete block.deadline;

      const label = this.taskLabel(block.id);
      this.markSlips(block, [...own.lead, ...own.coordinating], label);
      for (const { sub, lead: subLead, coordinating: subCoordinating } of subs) this.markSlips(sub, [...subLead, ...subCoordinating], label);
      if (lead.length === 0 && entry.subItems.every((s) => s.lead.length === 0)) {
        this.report.warnings.push(`${label}: chưa nhận ra cơ quan chủ trì.`);
      }
      const unmatched = [...lead, ...coordinating, ...entry.subItems.flatMap((s) => [...s.lead, ...s.coordinating])]
        // Collective subjects ("Các cấp, các ngành") are not expected in the directory.
        .filter((m) => !m.agencyId && !/^các\s/iu.test(m.text))
        .map((m) => `«${m.text}»`);
      if (unmatched.length > 0) {
        this.report.warnings.push(`${label}: không tìm thấy trong danh mục cơ quan: ${[...new Set(unmatched)].join(', ')}.`);
      }
    }
  }

  /**
   * A name matched to the directory despite a typing slip ("Trung tâm Xúc đầu tư"): the task (or sub-item) is marked
   * for review with both spellings, and the preview's warnings say so.
   */
  private markSlips(item: { toReview?: boolean; reviewReason?: string }, matches: readonly AgencyMatch[], label: string): void {
    const reasons = uniqueMatches(matches.filter((m) => m.directorySpelling !== undefined)).map(
      (m) => `Tên cơ quan «${m.text}» khác tên trong danh mục «${m.directorySpelling}» (có thể gõ sai)`,
    );
    if (reasons.length === 0) return;
    item.toReview = true;
    item.reviewReason = [item.reviewReason, ...reasons].filter((r): r is string => !!r).join('; ');
    for (const reason of reasons) this.report.warnings.push(`${label}: ${reason}.`);
  }

  /** How the preview and the warnings name a task: "Khoản 5", "Điểm c)", or its first words when unnumbered. */
  private taskLabel(blockId: string): string {
    const known = this.taskEntries.get(blockId);
    if (!known) return 'Khoản';
    if (known.label === 'number') return `Khoản ${known.entry.number}`;
    if (known.label === 'letter') return `Điểm ${LETTERS[known.entry.number - 1] ?? '?'})`;
    return 'Đoạn giao việc không đánh số';
  }

  /** Tasks are numbered 1, 2, 3 … (or a, b, c …) within each section: say where the source skips. */
  private checkNumbering(blocks: Block[]): void {
    let expected = 1;
    for (const block of blocks) {
      if (block.type === 'heading') expected = 1;
      if (block.type !== 'task') continue;
      const known = this.taskEntries.get(block.id);
      if (!known || known.label === 'none') continue;
      const { entry, label } = known;
      if (entry.number !== expected) {
        const written = label === 'letter' ? `điểm ${LETTERS[entry.number - 1] ?? '?'})` : `khoản ghi số ${entry.number}`;
        const inOrder = label === 'letter' ? `${LETTERS[expected - 1] ?? '?'})` : String(expected);
        this.report.warnings.push(
          `Số thứ tự không liên tục: ${written} trong khi theo thứ tự là ${inOrder}; thông báo mới được đánh số lại.`,
        );
        expected = entry.number;
      }
      expected += 1;
    }
  }

  /**
   * The opening paragraph ("Ngày 22/4/2026, đồng chí Nguyễn Văn A - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp … tại
   * Hội trường …"): the meeting's date, its chair and title, and its place.
   */
  private readMeeting(blocks: Block[]): void {
    for (const block of blocks.slice(0, 3)) {
      if (block.type !== 'paragraph') continue;
      const text = plainText(block.text);
      const match = MEETING_DATE.exec(foldSameLength(text));
      if (!match) continue;
      const date = isoDateFromParts(Number(match[3]), Number(match[2]), Number(match[1]));
      if (!date) return;
      this.referenceYear ??= Number(match[3]);
      const meeting: Record<string, string> = { ...(this.options.defaults?.meeting ?? {}), date };
      const chair = CHAIR.exec(text);
      if (chair) {
        meeting.chairName = (chair[1] ?? '').trim();
        meeting.chairTitle = (chair[2] ?? '').trim();
      }
      const place = MEETING_PLACE.exec(text);
      if (place) meeting.place = (place[1] ?? '').trim();
      this.setFound('meeting', MeetingSchema.parse(meeting));
      return;
    }
  }

  // --- result ---------------------------------------------------------------------------------------------------

  private buildNotice(body: Block[]): Notice {
    const defaults = this.options.defaults ?? {};
    const candidate = {
      schemaVersion: NOTICE_SCHEMA_VERSION,
      documentType: 'THÔNG BÁO',
      ...defaults,
      ...this.found,
      issuer: this.found.issuer ?? defaults.issuer,
      body,
    };
    const parsed = LimitedNoticeSchema.safeParse(candidate);
    if (!parsed.success) {
      const tooLong = limitMessages(parsed.error);
      if (tooLong.length > 0) throw new ImportError('too-long', `Văn bản có phần dài quá mức một thông báo cần: ${tooLong.join(' ')}`);
      const missing = parsed.error.issues.map((issue) => issue.path.join('.')).filter(Boolean);
      throw new ImportError(
        'missing-defaults',
        `Văn bản không ghi đủ thông tin đầu văn bản (${[...new Set(missing)].join(', ')}) và chưa có giá trị mặc định từ cài đặt.`,
      );
    }
    return parsed.data;
  }
}

/** Paragraphs (from text or a .docx) → Notice and report. */
export function parseNoticeParagraphs(paragraphs: SourceParagraph[], options: ParseOptions): ImportResult {
  return new NoticeParser(options).parse(paragraphs);
}
