/** Calendar helpers on ISO `YYYY-MM-DD` strings (no time zones involved). */
import { isValid, parseISO } from 'date-fns';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isValid(parseISO(value));
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
