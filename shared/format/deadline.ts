/**
 * Deadlines as data and as the phrases notices use: "trước ngày 15/10/2020" (a day) and
 * "trong tháng 10 năm 2020" (a whole month).
 */
import { lastDayOfMonth } from 'date-fns';
import type { Deadline, IsoDate } from '../notice/schema';
import { isoDateFromParts, splitIsoDate } from './dates';
import { formatMonth, formatShortDate } from './vietnamese';

/**
 * "trước ngày 15/10/2020" | "trong tháng 10 năm 2020". Months 1 and 2 keep their leading zero
 * ("trong tháng 01 năm 2021") for the same reason Decree 30 pads them in dates: a pen cannot lengthen them.
 */
export function formatDeadline(deadline: Deadline): string {
  if (deadline.kind === 'by-date') return `trước ngày ${formatShortDate(deadline.date)}`;
  return `trong tháng ${formatMonth(deadline.month)} năm ${deadline.year}`;
}

/** The last day the work may be done: the date itself, or the last day of the month. */
export function deadlineDueDate(deadline: Deadline): IsoDate {
  if (deadline.kind === 'by-date') {
    splitIsoDate(deadline.date); // throws on an impossible date rather than returning it
    return deadline.date;
  }
  const last = lastDayOfMonth(new Date(deadline.year, deadline.month - 1, 1)).getDate();
  const iso = isoDateFromParts(deadline.year, deadline.month, last);
  if (iso === undefined) throw new RangeError(`Invalid month: ${deadline.month}/${deadline.year}`);
  return iso;
}

export interface DeadlineMatch {
  deadline: Deadline;
  /** Where the phrase starts in the (NFC-normalised) text, and the phrase itself. */
  index: number;
  text: string;
}

// Phrases must start a word: JS's \b only knows ASCII letters, so look behind for any letter or digit instead.
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const SEP = String.raw`\s*[/.-]\s*`;
const BEFORE = String.raw`(?:trước|chậm\s+nhất(?:\s+(?:là|trước))?|không\s+quá|đến\s+hết)\s+ngày\s+`;
const MONTH_YEAR = String.raw`(?:\s+năm\s+|${SEP})`;

const BY_NUMERIC_DATE = new RegExp(`${START}${BEFORE}(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4})${END}`, 'giu');
const BY_WORDED_DATE = new RegExp(
  `${START}${BEFORE}(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})${END}`,
  'giu',
);
const WITHIN_MONTH = new RegExp(`${START}trong\\s+tháng\\s+(\\d{1,2})${MONTH_YEAR}(\\d{4})${END}`, 'giu');
const WITHIN_QUARTER = new RegExp(`${START}trong\\s+quý\\s+(IV|III|II|I|[1-4])${MONTH_YEAR}(\\d{4})${END}`, 'giu');

const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function byDate(day: string, month: string, year: string): Deadline | undefined {
  const y = Number(year);
  if (y < MIN_YEAR || y > MAX_YEAR) return undefined;
  const date = isoDateFromParts(y, Number(month), Number(day));
  return date === undefined ? undefined : { kind: 'by-date', date };
}

function withinMonth(month: number, year: string): Deadline | undefined {
  const y = Number(year);
  if (y < MIN_YEAR || y > MAX_YEAR || month < 1 || month > 12) return undefined;
  return { kind: 'within-month', year: y, month };
}

/**
 * Every deadline phrase in `text`, in order of appearance:
 * - "trước ngày 15/10/2020" (also "15-10-2020", "15.10.2020", "ngày 15 tháng 10 năm 2020", and "chậm nhất ngày",
 *   "chậm nhất là ngày", "không quá ngày", "đến hết ngày") → by-date;
 * - "trong tháng 10 năm 2020", "trong tháng 10/2020" → within-month;
 * - "trong quý IV năm 2020" (or "quý 4/2020") → within-month of the quarter's last month (12), since the model has
 *   no quarter and the quarter ends when its last month does.
 * Impossible dates (31/02/2020), month 13, and phrases without a year are not deadlines. A bare date ("Văn bản số …
 * ngày 28/7/2020") is a reference, not a deadline.
 */
export function findDeadlines(text: string): DeadlineMatch[] {
  const normalised = text.normalize('NFC');
  const found: DeadlineMatch[] = [];
  const add = (match: RegExpMatchArray, deadline: Deadline | undefined): void => {
    if (deadline) found.push({ deadline, index: match.index ?? 0, text: match[0] });
  };
  for (const m of normalised.matchAll(BY_NUMERIC_DATE)) add(m, byDate(m[1] ?? '', m[2] ?? '', m[3] ?? ''));
  for (const m of normalised.matchAll(BY_WORDED_DATE)) add(m, byDate(m[1] ?? '', m[2] ?? '', m[3] ?? ''));
  for (const m of normalised.matchAll(WITHIN_MONTH)) add(m, withinMonth(Number(m[1]), m[2] ?? ''));
  for (const m of normalised.matchAll(WITHIN_QUARTER)) {
    const quarter = QUARTERS[(m[1] ?? '').toUpperCase()] ?? 0;
    add(m, withinMonth(quarter * 3, m[2] ?? ''));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The deadline stated in `text`; when several are, the last one (a task's final report date). */
export function findDeadline(text: string): Deadline | undefined {
  return findDeadlines(text).at(-1)?.deadline;
}
