/**
 * Deadlines as data and as the phrases notices use: "trước ngày 15/10/2020" (a day) and
 * "trong tháng 10 năm 2020" (a whole month).
 */
import { lastDayOfMonth } from 'date-fns';
import type { Deadline, IsoDate } from '../notice/schema';
import { isoDateFromParts, splitIsoDate } from './dates';
import { formatMonth, formatShortDate } from './vietnamese';

const PERIOD_WORDS = { week: 'tuần', month: 'tháng', quarter: 'quý', year: 'năm' } as const;
type Period = keyof typeof PERIOD_WORDS;

/**
 * "trước ngày 15/10/2020" | "trong tháng 10 năm 2020" | "trước ngày 15 hằng tháng" | "định kỳ hằng tuần". Months 1
 * and 2 keep their leading zero ("trong tháng 01 năm 2021") for the same reason Decree 30 pads them in dates: a pen
 * cannot lengthen them.
 */
export function formatDeadline(deadline: Deadline): string {
  if (deadline.kind === 'by-date') return `trước ngày ${formatShortDate(deadline.date)}`;
  if (deadline.kind === 'recurring') {
    const period = PERIOD_WORDS[deadline.every];
    if (deadline.day !== undefined) return `trước ngày ${String(deadline.day).padStart(2, '0')} hằng ${period}`;
    if (deadline.interval !== undefined) return `định kỳ ${String(deadline.interval).padStart(2, '0')} ${period}/lần`;
    return `định kỳ hằng ${period}`;
  }
  return `trong tháng ${formatMonth(deadline.month)} năm ${deadline.year}`;
}

/** The last day the work may be done: the date itself, or the last day of the month; none for a recurring one. */
export function deadlineDueDate(deadline: Deadline): IsoDate | undefined {
  if (deadline.kind === 'recurring') return undefined;
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

export interface DeadlineOptions {
  /** The year of a phrase that omits it ("trước ngày 15/11"): the notice's year. Without it such phrases are skipped. */
  referenceYear?: number;
}

// Phrases must start a word: JS's \b only knows ASCII letters, so look behind for any letter or digit instead.
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const SEP = String.raw`\s*[/.-]\s*`;
/** "trước ngày", "chậm nhất (là) ngày", "không quá ngày", "đến (hết) ngày"; "ngày" may be left out before digits. */
const BEFORE = String.raw`(?:trước|chậm\s+nhất(?:\s+(?:là|trước|vào))?|không\s+quá|đến\s+hết|đến)\s+`;
const MONTH_YEAR = String.raw`(?:\s+năm\s+|${SEP})`;
const PERIOD = String.raw`(tuần|tháng|quý|năm)`;
const EVERY = String.raw`(?:hằng|hàng|mỗi)`;

const BY_NUMERIC_DATE = new RegExp(
  `${START}${BEFORE}(?:ngày\\s+)?(\\d{1,2})${SEP}(\\d{1,2})(?:${SEP}(\\d{4}))?(?![\\p{L}\\p{N}]|[/.-]\\d)`,
  'giu',
);
const BY_WORDED_DATE = new RegExp(
  `${START}${BEFORE}ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?${END}`,
  'giu',
);
/** "trong tháng 10 năm 2020", "trong tháng 4/2026", and a period "trong tháng 11, tháng 12 năm 2025" (its last month). */
const WITHIN_MONTH = new RegExp(
  `${START}trong\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:,|và|-|–|đến)\\s*(?:tháng\\s+)?(\\d{1,2}))*(?:${MONTH_YEAR}(\\d{4}))?${END}`,
  'giu',
);
const WITHIN_QUARTER = new RegExp(`${START}trong\\s+quý\\s+(IV|III|II|I|[1-4])(?:${MONTH_YEAR}(\\d{4}))?${END}`, 'giu');
/** "trước ngày 15 hằng tháng", "chậm nhất vào ngày 05 hằng tháng". */
const RECURRING_DAY = new RegExp(
  `${START}(?:trước|chậm\\s+nhất(?:\\s+(?:là|vào))?|vào)\\s+ngày\\s+(\\d{1,2})\\s+${EVERY}\\s+${PERIOD}${END}`,
  'giu',
);
/** "định kỳ hằng tuần", "định kỳ 02 tuần/lần", "hằng tuần báo cáo", "báo cáo hàng tháng". */
const RECURRING = new RegExp(
  `${START}(?:định\\s+kỳ\\s+${EVERY}\\s+${PERIOD}|định\\s+kỳ\\s+(\\d{1,2})\\s+${PERIOD}\\s*/\\s*lần|${EVERY}\\s+${PERIOD}(?=\\s*,?\\s*báo\\s+cáo)|báo\\s+cáo\\s+${EVERY}\\s+${PERIOD})${END}`,
  'giu',
);
/**
 * Words in the clause before a date that make it context, not a deadline: "trong đó lưu ý các vị trí thi công trong
 * tháng 4/2026", "các đoạn tuyến dự kiến khởi công trước ngày 30/4/2026".
 */
const CONTEXT_CLAUSE = /(?<![\p{L}])(?:lưu\s+ý|dự\s+kiến|(?:các|những)\s+(?:vị\s+trí|điểm|hạng\s+mục|đoạn\s+tuyến))(?![\p{L}])/iu;
const CLAUSE_START = /[.;,:()]/gu;
/** How far back a clause is looked at for context words. */
const CLAUSE_WINDOW = 120;

const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const PERIODS: Record<string, Period> = { tuần: 'week', tháng: 'month', quý: 'quarter', năm: 'year' };
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function yearOf(written: string | undefined, options: DeadlineOptions): number | undefined {
  const year = written ? Number(written) : options.referenceYear;
  return year !== undefined && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

function byDate(day: string, month: string, year: number | undefined): Deadline | undefined {
  if (year === undefined) return undefined;
  const date = isoDateFromParts(year, Number(month), Number(day));
  return date === undefined ? undefined : { kind: 'by-date', date };
}

function withinMonth(month: number, year: number | undefined): Deadline | undefined {
  if (year === undefined || month < 1 || month > 12) return undefined;
  return { kind: 'within-month', year, month };
}

function recurring(period: string | undefined, extra: { day?: number; interval?: number }): Deadline | undefined {
  const every = PERIODS[(period ?? '').toLocaleLowerCase('vi')];
  if (!every) return undefined;
  if (extra.day !== undefined && (extra.day < 1 || extra.day > 31)) return undefined;
  if (extra.interval !== undefined && extra.interval < 2) return { kind: 'recurring', every };
  return { kind: 'recurring', every, ...(extra.day !== undefined ? { day: extra.day } : {}), ...(extra.interval !== undefined ? { interval: extra.interval } : {}) };
}

/** True when the clause the phrase at `index` stands in only sets context for the date. */
function inContextClause(text: string, index: number): boolean {
  const from = Math.max(0, index - CLAUSE_WINDOW);
  const before = text.slice(from, index);
  let start = 0;
  for (const mark of before.matchAll(CLAUSE_START)) start = mark.index + 1;
  return CONTEXT_CLAUSE.test(before.slice(start));
}

/**
 * Every deadline phrase in `text`, in order of appearance:
 * - "trước ngày 15/10/2020" (also "15-10-2020", "15.10.2020", "ngày 15 tháng 10 năm 2020", "trước 30/5/2026", and
 *   "chậm nhất ngày", "chậm nhất là ngày", "không quá ngày", "đến (hết) ngày") → by-date;
 * - "trong tháng 10 năm 2020", "trong tháng 10/2020", "trong tháng 11, tháng 12 năm 2025" (the period's last month)
 *   → within-month;
 * - "trong quý IV năm 2020" (or "quý 4/2020") → within-month of the quarter's last month (12), since the model has
 *   no quarter and the quarter ends when its last month does;
 * - "trước ngày 15 hằng tháng", "định kỳ hằng tuần", "định kỳ 02 tuần/lần", "báo cáo hàng tháng" → recurring.
 * A phrase without its year takes `options.referenceYear`, and is skipped without one. Impossible dates (31/02/2020)
 * and month 13 are not deadlines. A bare date ("Văn bản số … ngày 28/7/2020") cites a document, and a date in a
 * clause that only sets context ("các vị trí thi công trong tháng 4/2026") is not a deadline either.
 */
export function findDeadlines(text: string, options: DeadlineOptions = {}): DeadlineMatch[] {
  const normalised = text.normalize('NFC');
  const found: DeadlineMatch[] = [];
  const add = (match: RegExpMatchArray, deadline: Deadline | undefined, contextMatters = true): void => {
    const index = match.index ?? 0;
    if (!deadline || (contextMatters && inContextClause(normalised, index))) return;
    found.push({ deadline, index, text: match[0] });
  };
  for (const m of normalised.matchAll(BY_NUMERIC_DATE)) add(m, byDate(m[1] ?? '', m[2] ?? '', yearOf(m[3], options)));
  for (const m of normalised.matchAll(BY_WORDED_DATE)) add(m, byDate(m[1] ?? '', m[2] ?? '', yearOf(m[3], options)));
  for (const m of normalised.matchAll(WITHIN_MONTH)) add(m, withinMonth(Number(m[2] ?? m[1]), yearOf(m[3], options)));
  for (const m of normalised.matchAll(WITHIN_QUARTER)) {
    const quarter = QUARTERS[(m[1] ?? '').toUpperCase()] ?? 0;
    add(m, withinMonth(quarter * 3, yearOf(m[2], options)));
  }
  const dayPhrases: [number, number][] = [];
  for (const m of normalised.matchAll(RECURRING_DAY)) {
    dayPhrases.push([m.index, m.index + m[0].length]);
    add(m, recurring(m[2], { day: Number(m[1]) }), false);
  }
  for (const m of normalised.matchAll(RECURRING)) {
    // "trước ngày 15 hằng tháng báo cáo" is one phrase, already read with its day.
    if (dayPhrases.some(([from, to]) => m.index < to && m.index + m[0].length > from)) continue;
    const period = m[1] ?? m[3] ?? m[4] ?? m[5];
    add(m, recurring(period, m[2] ? { interval: Number(m[2]) } : {}), false);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The deadline stated in `text`: the last dated one (a task's final report date); a recurring one only when the
 * text states no date.
 */
export function findDeadline(text: string, options: DeadlineOptions = {}): Deadline | undefined {
  const found = findDeadlines(text, options);
  return (found.filter((m) => m.deadline.kind !== 'recurring').at(-1) ?? found.at(-1))?.deadline;
}
