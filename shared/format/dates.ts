/**
 * Calendar helpers on ISO `YYYY-MM-DD` strings (no time zones involved). Plain arithmetic on fixed layouts rather than
 * date-fns' parse and format: the editor's first frame shows dates, and those two bring their token tables and the
 * English locale (about 80 KB) into the page's first scripts. The layouts here never vary, so nothing of that is needed.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `YYYY-MM-DD` string naming a day that exists. Plain arithmetic rather than date-fns' parseISO: the checks
 * validate every deadline of a notice on each pause in typing, and parseISO costs some microseconds a call.
 */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** Today on this machine's calendar as `YYYY-MM-DD`: a notice is dated where it is written. */
export function localTodayIso(now: Date = new Date()): string {
  const iso = isoDateFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (iso === undefined) throw new RangeError('Invalid time value');
  return iso;
}

export function splitIsoDate(value: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(value);
  if (!match || !isValidIsoDate(value)) throw new RangeError(`Invalid ISO date: ${value}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** `YYYY-MM-DD` from calendar parts, or undefined when no such day exists (31/02, month 13, …). */
export function isoDateFromParts(year: number, month: number, day: number): string | undefined {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** A calendar month. */
export interface MonthRef {
  year: number;
  month: number;
}

/** The month after `ref` (December 2026 → January 2027). */
export function nextMonth({ year, month }: MonthRef): MonthRef {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** The years a date typed in the app may have: a typo such as 0026 or 20266 is refused, not stored. */
export const TYPED_YEAR_RANGE = { min: 1900, max: 2100 } as const;

export type TypedDateKind = 'day' | 'month';
/** What the app shows and accepts, whatever the browser's language: dd/mm/yyyy for a day, mm/yyyy for a month. */
const DIGIT_GROUPS: Record<TypedDateKind, readonly number[]> = { day: [2, 2, 4], month: [2, 4] };
const digitCount = (kind: TypedDateKind) => DIGIT_GROUPS[kind].reduce((sum, size) => sum + size, 0);
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const pad2 = (value: number) => String(value).padStart(2, '0');

/**
 * What is typed, kept to its digits and laid out with slashes as they come ("1512" → "15/12"): slashes typed or
 * not, the field reads the same.
 */
export function maskTypedDate(text: string, kind: TypedDateKind): string {
  const groups = DIGIT_GROUPS[kind];
  const only = text.replace(/\D/gu, '').slice(0, digitCount(kind));
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= only.length) break;
    parts.push(only.slice(at, at + size));
    at += size;
  }
  return parts.join('/');
}

/** An ISO value (`YYYY-MM-DD` or `YYYY-MM`) as the app shows it; '' for none or for a value that names no day or month. */
export function formatTypedDate(iso: string | undefined, kind: TypedDateKind): string {
  if (!iso) return '';
  if (kind === 'day') {
    if (!isValidIsoDate(iso)) return '';
    const { year, month, day } = splitIsoDate(iso);
    return `${pad2(day)}/${pad2(month)}/${String(year).padStart(4, '0')}`;
  }
  const match = ISO_MONTH.exec(iso);
  const month = Number(match?.[2]);
  return match && month >= 1 && month <= 12 ? `${match[2]}/${match[1]}` : '';
}

export type TypedDateResult = { iso: string } | { error: string } | { incomplete: true };

/** A typed dd/mm/yyyy (or mm/yyyy) read as ISO, or why not, in Vietnamese. */
export function parseTypedDate(text: string, kind: TypedDateKind): TypedDateResult {
  const masked = maskTypedDate(text, kind);
  if (masked.replace(/\D/gu, '').length < digitCount(kind)) return { incomplete: true };
  const parts = masked.split('/').map(Number);
  const year = parts[parts.length - 1] ?? NaN;
  if (year < TYPED_YEAR_RANGE.min || year > TYPED_YEAR_RANGE.max) {
    return { error: `Năm phải trong khoảng ${TYPED_YEAR_RANGE.min}–${TYPED_YEAR_RANGE.max}.` };
  }
  if (kind === 'day') {
    const iso = isoDateFromParts(year, parts[1] ?? NaN, parts[0] ?? NaN);
    return iso === undefined ? { error: `Không có ngày ${masked}.` } : { iso };
  }
  const month = parts[0] ?? NaN;
  return month >= 1 && month <= 12 ? { iso: `${year}-${pad2(month)}` } : { error: `Không có tháng ${masked}.` };
}
