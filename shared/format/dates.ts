/** Calendar helpers on ISO `YYYY-MM-DD` strings (no time zones involved). */
import { format, isValid, parse } from 'date-fns';

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
  return format(now, 'yyyy-MM-dd');
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

/** The years a date typed in the app may have: a typo such as 0026 or 20266 is refused, not stored. */
export const TYPED_YEAR_RANGE = { min: 1900, max: 2100 } as const;

export type TypedDateKind = 'day' | 'month';
/** What the app shows and accepts, whatever the browser's language: dd/mm/yyyy for a day, mm/yyyy for a month. */
const PATTERNS: Record<TypedDateKind, { display: string; iso: string; digits: number; groups: readonly number[] }> = {
  day: { display: 'dd/MM/yyyy', iso: 'yyyy-MM-dd', digits: 8, groups: [2, 2, 4] },
  month: { display: 'MM/yyyy', iso: 'yyyy-MM', digits: 6, groups: [2, 4] },
};
const REFERENCE_DATE = new Date(2000, 0, 1);

/**
 * What is typed, kept to its digits and laid out with slashes as they come ("1512" → "15/12"): slashes typed or
 * not, the field reads the same.
 */
export function maskTypedDate(text: string, kind: TypedDateKind): string {
  const { digits, groups } = PATTERNS[kind];
  const only = text.replace(/\D/gu, '').slice(0, digits);
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= only.length) break;
    parts.push(only.slice(at, at + size));
    at += size;
  }
  return parts.join('/');
}

/** An ISO value (`YYYY-MM-DD` or `YYYY-MM`) as the app shows it; '' for none. */
export function formatTypedDate(iso: string | undefined, kind: TypedDateKind): string {
  if (!iso) return '';
  const date = parse(iso, PATTERNS[kind].iso, REFERENCE_DATE);
  return isValid(date) ? format(date, PATTERNS[kind].display) : '';
}

export type TypedDateResult = { iso: string } | { error: string } | { incomplete: true };

/** A typed dd/mm/yyyy (or mm/yyyy) read as ISO, or why not, in Vietnamese. */
export function parseTypedDate(text: string, kind: TypedDateKind): TypedDateResult {
  const masked = maskTypedDate(text, kind);
  const pattern = PATTERNS[kind];
  if (masked.replace(/\D/gu, '').length < pattern.digits) return { incomplete: true };
  const year = Number(masked.slice(-4));
  if (year < TYPED_YEAR_RANGE.min || year > TYPED_YEAR_RANGE.max) {
    return { error: `Năm phải trong khoảng ${TYPED_YEAR_RANGE.min}–${TYPED_YEAR_RANGE.max}.` };
  }
  const date = parse(masked, pattern.display, REFERENCE_DATE);
  // A day that does not exist (31/02) is an Invalid Date; formatting back catches any other leniency of parse.
  if (!isValid(date) || format(date, pattern.display) !== masked) {
    return { error: kind === 'day' ? `Không có ngày ${masked}.` : `Không có tháng ${masked}.` };
  }
  return { iso: format(date, pattern.iso) };
}
