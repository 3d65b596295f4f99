/**
 * "New from last month": a new draft from an earlier notice. It keeps the structure, sections, tasks with their
 * agencies, schemes, recipients and signer; clears the register number and issue date; moves the meeting, the
 * months the text names and the deadlines forward one month; and marks everything it copied "to review".
 */
import { addMonths } from 'date-fns';
import { isoDateFromParts, nextMonth, splitIsoDate, type MonthRef } from '../format/dates';
import { formatDay, formatMonth } from '../format/vietnamese';
import { withMeeting } from './blank-fields';
import { appendRun, withoutChangeMarks } from './rich-text';
import type { Block, Deadline, IsoDate, Notice, RichText, SubItem, TextRun } from './schema';

export interface MakeFromPreviousOptions {
  /** A fresh block id, unique within the new notice. */
  newId: () => string;
}

/** The same day one month later; a day the next month lacks becomes its last day (31/01 → 28 or 29/02). */
export function addOneMonth(date: IsoDate): IsoDate {
  const { year, month, day } = splitIsoDate(date);
  // date-fns clamps to the last day of the target month; local-time parts in and out, so no time zone shifts.
  const next = addMonths(new Date(year, month - 1, day), 1);
  const iso = isoDateFromParts(next.getFullYear(), next.getMonth() + 1, next.getDate());
  if (iso === undefined) throw new RangeError(`Cannot move ${date} forward one month`);
  return iso;
}

function compareMonths(a: MonthRef, b: MonthRef): number {
  return a.year - b.year || a.month - b.month;
}

/**
 * A month named without its year belongs to the meeting when it is the meeting's month or the month after it (the
 * "next month's tasks" of a monthly session); any other yearless month is history and stays.
 */
function yearlessMonth(month: number, meetingMonth: MonthRef | undefined): MonthRef | undefined {
  if (meetingMonth === undefined) return undefined;
  if (month === meetingMonth.month) return meetingMonth;
  const following = nextMonth(meetingMonth);
  return month === following.month ? following : undefined;
}

export function shiftDeadline(deadline: Deadline): Deadline {
  if (deadline.kind === 'by-date') return { kind: 'by-date', date: addOneMonth(deadline.date) };
  if (deadline.kind === 'recurring') return deadline;
  return { kind: 'within-month', ...nextMonth(deadline) };
}

// Phrases must start and end a word; JS's \b knows only ASCII letters, so look around for any letter or digit.
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const DEADLINE_WORDS = String.raw`(?:trước|chậm\s+nhất(?:\s+(?:là|trước))?|không\s+quá|đến\s+hết)\s+`;
const SEP = String.raw`\s*[/.-]\s*`;

/**
 * One pass over the text, so a phrase is moved once even when two rules could apply:
 * - `n…`: a deadline by a numeric date, "trước ngày 15/10/2020";
 * - `w…`: a date in words, "ngày 28 tháng 9 năm 2020", a deadline when a deadline word precedes it;
 * - `m…`: a month with its year, "tháng 9/2020", "tháng 9 năm 2020", a deadline after "trong";
 * - `b…`: a month without a year, "THÁNG 11", "Trong tháng 11," (not the month of a day, "ngày 15 tháng 11");
 * - `d…`: a month and year in digits alone, "11/2026" (not a day's date "28/11/2026", nor a document number
 *   "số 11/2026" or "11/2026/NQ-HĐND").
 * A numeric date without a deadline word ("Văn bản số 1505/UBND-KTN ngày 28/7/2020") cites a document: never moved.
 */
const DATE_PHRASES = new RegExp(
  START +
    '(?:' +
    String.raw`${DEADLINE_WORDS}ngày\s+(?<nDay>\d{1,2})${SEP}(?<nMonth>\d{1,2})${SEP}(?<nYear>\d{4})` +
    '|' +
    String.raw`(?<wDeadline>${DEADLINE_WORDS})?ngày\s+(?<wDay>\d{1,2})\s+tháng\s+(?<wMonth>\d{1,2})\s+năm\s+(?<wYear>\d{4})` +
    '|' +
    String.raw`(?<mDeadline>trong\s+)?tháng\s+(?<mMonth>\d{1,2})(?:\s+năm\s+|${SEP})(?<mYear>\d{4})` +
    '|' +
    String.raw`(?<!ngày\s+\d{1,2}\s+)(?<bWord>tháng)\s+(?<bMonth>\d{1,2})(?!\s*(?:năm\s+|[/.-]\s*)\d)` +
    '|' +
    String.raw`(?<![\p{N}][/.-]|số\s*)(?<dMonth>\d{1,2})/(?<dYear>\d{4})(?!\s*[/-]\s*[\p{L}\p{N}])` +
    ')' +
    END,
  'dgiu',
);

interface Span {
  start: number;
  end: number;
  text: string;
}

interface ShiftContext {
  /** The month of the source meeting: it and the months after it move; earlier months are history and stay. */
  meetingMonth?: MonthRef;
  meetingDate?: IsoDate;
  newMeetingDate?: IsoDate;
}

/** Keeps the writer's choice of a leading zero on days; months follow Decree 30 (01, 02, then 3 … 12). */
function dayText(original: string, day: number): string {
  return original.length === 2 ? formatDay(day) : String(day);
}

/** The spans of `text` to rewrite so that its meeting month, deadlines and meeting date move one month on. */
function shiftSpans(text: string, context: ShiftContext): Span[] {
  const spans: Span[] = [];
  const group = (match: RegExpExecArray, name: string): { value: string; start: number; end: number } | undefined => {
    const value = match.groups?.[name];
    const range = match.indices?.groups?.[name];
    return value === undefined || range === undefined ? undefined : { value, start: range[0], end: range[1] };
  };
  const replaceDate = (match: RegExpExecArray, prefix: 'n' | 'w', target: IsoDate): void => {
    const day = group(match, `${prefix}Day`);
    const month = group(match, `${prefix}Month`);
    const year = group(match, `${prefix}Year`);
    if (!day || !month || !year) return;
    const next = splitIsoDate(target);
    // Numeric dates keep the writer's width ("5/9" or "05/09"); dates in words pad months 1 and 2 as the Decree does.
    const monthText =
      prefix === 'n' ? (month.value.length === 2 ? String(next.month).padStart(2, '0') : String(next.month)) : formatMonth(next.month);
    spans.push({ start: day.start, end: day.end, text: dayText(day.value, next.day) });
    spans.push({ start: month.start, end: month.end, text: monthText });
    spans.push({ start: year.start, end: year.end, text: String(next.year) });
  };

  for (const match of text.matchAll(DATE_PHRASES)) {
    const groups = match.groups ?? {};
    if (groups.nDay !== undefined) {
      const date = isoDateFromParts(Number(groups.nYear), Number(groups.nMonth), Number(groups.nDay));
      if (date !== undefined) replaceDate(match, 'n', addOneMonth(date));
    } else if (groups.wDay !== undefined) {
      const date = isoDateFromParts(Number(groups.wYear), Number(groups.wMonth), Number(groups.wDay));
      if (date === undefined) continue;
      if (groups.wDeadline !== undefined) replaceDate(match, 'w', addOneMonth(date));
      else if (date === context.meetingDate && context.newMeetingDate) replaceDate(match, 'w', context.newMeetingDate);
    } else if (groups.mMonth !== undefined) {
      const mentioned = { year: Number(groups.mYear), month: Number(groups.mMonth) };
      if (mentioned.month < 1 || mentioned.month > 12) continue;
      const isDeadline = groups.mDeadline !== undefined;
      const fromMeetingOn = context.meetingMonth !== undefined && compareMonths(mentioned, context.meetingMonth) >= 0;
      if (!isDeadline && !fromMeetingOn) continue;
      const next = nextMonth(mentioned);
      const month = group(match, 'mMonth');
      const year = group(match, 'mYear');
      if (!month || !year) continue;
      spans.push({ start: month.start, end: month.end, text: formatMonth(next.month) });
      spans.push({ start: year.start, end: year.end, text: String(next.year) });
    } else if (groups.bMonth !== undefined) {
      const mentioned = yearlessMonth(Number(groups.bMonth), context.meetingMonth);
      const month = group(match, 'bMonth');
      if (!mentioned || !month || !context.meetingMonth) continue;
      const next = nextMonth(mentioned);
      // A month without its year is read in the notice's own year; one that moves into another year than the new
      // meeting's says so, "THÁNG 12" → "THÁNG 01 NĂM 2027", in the capitals of the heading it stands in.
      const newMeeting = nextMonth(context.meetingMonth);
      const word = groups.bWord ?? '';
      const yearWord = word === word.toLocaleUpperCase('vi') ? 'NĂM' : 'năm';
      const yearText = next.year === newMeeting.year ? '' : ` ${yearWord} ${next.year}`;
      spans.push({ start: month.start, end: month.end, text: formatMonth(next.month) + yearText });
    } else if (groups.dMonth !== undefined) {
      const mentioned = { year: Number(groups.dYear), month: Number(groups.dMonth) };
      if (mentioned.month < 1 || mentioned.month > 12) continue;
      if (context.meetingMonth === undefined || compareMonths(mentioned, context.meetingMonth) < 0) continue;
      const next = nextMonth(mentioned);
      const month = group(match, 'dMonth');
      const year = group(match, 'dYear');
      if (!month || !year) continue;
      spans.push({ start: month.start, end: month.end, text: month.value.length === 2 ? formatMonth(next.month).padStart(2, '0') : String(next.month) });
      spans.push({ start: year.start, end: year.end, text: String(next.year) });
    }
  }
  // A part that comes out the same (the year of "12/2026" moved from 11/2026) is not a change to show.
  return spans.filter((span) => text.slice(span.start, span.end) !== span.text);
}

function applySpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let pos = 0;
  for (const span of spans) {
    out += text.slice(pos, span.start) + span.text;
    pos = span.end;
  }
  return out + text.slice(pos);
}

export function shiftMonthsInText(text: string, context: ShiftContext): string {
  const normalised = text.normalize('NFC');
  return applySpans(normalised, shiftSpans(normalised, context));
}

/**
 * The same rewrite over formatted runs: phrases are found in the joined text (a date may straddle a bold run), and
 * each replacement lands in the run where the replaced part starts, keeping that run's formatting, as a run of its
 * own marked `changed` so the editor shows the secretary exactly what moved. Marks of an earlier copy are dropped.
 */
export function shiftMonthsInRichText(runs: RichText, context: ShiftContext): RichText {
  const normalisedRuns = withoutChangeMarks(runs).map((run) => ({ ...run, text: run.text.normalize('NFC') }));
  const full = normalisedRuns.map((run) => run.text).join('');
  const spans = shiftSpans(full, context);
  if (spans.length === 0) return normalisedRuns;
  const out: TextRun[] = [];
  let offset = 0;
  for (const run of normalisedRuns) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    const pieces: TextRun[] = [];
    let pos = runStart;
    for (const span of spans) {
      if (span.end <= runStart || span.start >= runEnd) continue;
      if (span.start >= runStart) {
        pieces.push({ ...run, text: full.slice(pos, span.start) });
        pieces.push({ ...run, text: span.text, changed: true });
      }
      pos = Math.max(pos, span.end);
    }
    if (pos < runEnd) pieces.push({ ...run, text: full.slice(pos, runEnd) });
    const kept = pieces.filter((piece) => piece.text !== '');
    if (kept.length > 0) kept.forEach((piece) => appendRun(out, piece));
    else if (run.text === '') out.push({ ...run });
  }
  return out;
}

const SUMMARY_MONTH = /(?<![\p{L}\p{N}])tháng\s+(\d{1,2})(?:\s+năm\s+|\s*[/.-]\s*)(\d{4})(?![\p{L}\p{N}])/iu;

/** The meeting's month: from its date, or else the first month the trích yếu names ("… tháng 9 năm 2020"). */
function sourceMeetingMonth(source: Notice): MonthRef | undefined {
  if (source.meeting.date) {
    const { year, month } = splitIsoDate(source.meeting.date);
    return { year, month };
  }
  const match = SUMMARY_MONTH.exec(source.summary.normalize('NFC'));
  if (!match) return undefined;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? { year: Number(match[2]), month } : undefined;
}

function copySubItem(sub: SubItem, context: ShiftContext, newId: () => string): SubItem {
  return {
    ...sub,
    id: newId(),
    text: shiftMonthsInRichText(sub.text, context),
    leadAgencies: sub.leadAgencies.map((a) => ({ ...a })),
    coordinatingAgencies: sub.coordinatingAgencies.map((a) => ({ ...a })),
    ...(sub.deadline ? { deadline: shiftDeadline(sub.deadline) } : {}),
    toReview: true,
  };
}

function copyBlock(block: Block, context: ShiftContext, newId: () => string): Block {
  const id = newId();
  const shift = (runs: RichText): RichText => shiftMonthsInRichText(runs, context);
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'dash':
      return { ...block, id, text: shift(block.text), toReview: true };
    case 'task':
      return {
        ...block,
        id,
        title: shift(block.title),
        content: shift(block.content),
        leadAgencies: block.leadAgencies.map((a) => ({ ...a })),
        coordinatingAgencies: block.coordinatingAgencies.map((a) => ({ ...a })),
        ...(block.deadline ? { deadline: shiftDeadline(block.deadline) } : {}),
        subItems: block.subItems.map((sub) => copySubItem(sub, context, newId)),
        toReview: true,
      };
    case 'scheme':
      return {
        ...block,
        id,
        title: shift(block.title),
        conclusion: shift(block.conclusion),
        ...(block.responsibleAgency ? { responsibleAgency: { ...block.responsibleAgency } } : {}),
        ...(block.deadline ? { deadline: shiftDeadline(block.deadline) } : {}),
        toReview: true,
      };
  }
}

export function makeFromPrevious(source: Notice, options: MakeFromPreviousOptions): Notice {
  const meetingDate = source.meeting.date;
  const newMeetingDate = meetingDate ? addOneMonth(meetingDate) : undefined;
  const meetingMonth = sourceMeetingMonth(source);
  const context: ShiftContext = {
    ...(meetingMonth ? { meetingMonth } : {}),
    ...(meetingDate ? { meetingDate } : {}),
    ...(newMeetingDate ? { newMeetingDate } : {}),
  };
  // Everything is rebuilt from the source, so the copy shares no arrays or objects with it.
  const { number: _number, date: _date, meeting, ...rest } = structuredClone(source);
  const { date: _meetingDate, ...meetingRest } = meeting;
  const { summaryBlanks, ...withoutBlanks } = rest;
  const summary = shiftMonthsInText(source.summary, context);
  const copy = {
    ...withoutBlanks,
    summary,
    // A trích yếu whose months moved keeps no blanks: their places in the text may have moved.
    ...(summaryBlanks && summary === source.summary ? { summaryBlanks } : {}),
    summaryToReview: true,
    body: source.body.map((block) => copyBlock(block, context, options.newId)),
  };
  // The blanks still bound to the meeting show the new meeting's details.
  return withMeeting(copy, { ...meetingRest, ...(newMeetingDate ? { date: newMeetingDate } : {}) });
}
