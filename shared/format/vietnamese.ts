/**
 * Dates and register numbers as Decree 30/2020 (Appendix I, II.3–II.4) writes them.
 * Days below 10 and months 1 and 2 get a leading zero ("ngày 05 tháng 01") so nobody can turn "tháng 1" into
 * "tháng 11" or "tháng 12" with a pen; months 3 to 12 are written as they are.
 */
import type { IsoDate } from '../notice/schema';
import { splitIsoDate } from './dates';

/**
 * The blank a pen fills in on a draft (a number or a date part not decided yet). Non-breaking spaces, so neither
 * Word's line breaking nor HTML's space collapsing in the editor's preview can shrink it.
 */
export const DRAFT_BLANK = '\u00A0'.repeat(6);
/** Wider blank for the register number, which can run to four or five digits. */
export const DRAFT_NUMBER_BLANK = '\u00A0'.repeat(8);

/** 1 → "01", 2 → "02", 3 → "3" … 12 → "12". */
export function formatMonth(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid month: ${month}`);
  return month <= 2 ? `0${month}` : String(month);
}

/** 5 → "05", 15 → "15". */
export function formatDay(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 31) throw new RangeError(`Invalid day: ${day}`);
  return String(day).padStart(2, '0');
}

/** "ngày 05 tháng 10 năm 2020"; a draft without a date gets blanks: "ngày ⍽ tháng ⍽ năm ⍽". */
export function formatLongDate(date?: IsoDate): string {
  if (date === undefined) return `ngày ${DRAFT_BLANK} tháng ${DRAFT_BLANK} năm ${DRAFT_BLANK}`;
  const { year, month, day } = splitIsoDate(date);
  return `ngày ${formatDay(day)} tháng ${formatMonth(month)} năm ${year}`;
}

/** The place and date line: "Lai Châu, ngày 05 tháng 10 năm 2020" (blanks instead of a date in a draft). */
export function formatPlaceDate(place: string, date?: IsoDate): string {
  return `${place.trim()}, ${formatLongDate(date)}`;
}

/** "05/TB-VP": a register number with its code, the number on at least two digits (II.3.c). */
export function formatRegisterNumber(number: number, code: string): string {
  return `${String(number).padStart(2, '0')}/${code}`;
}

/**
 * "Số: 05/TB-VP": numbers below 10 get a leading zero, the code is upper case without spaces (II.3.c).
 * A draft (no number yet) leaves a blank before the slash: "Số: ⍽/TB-VP".
 */
export function formatNumberLine(number: number | undefined, code: string): string {
  const cleanCode = code.replace(/\s+/gu, '').toLocaleUpperCase('vi');
  if (number === undefined) return `Số:${DRAFT_NUMBER_BLANK}/${cleanCode}`;
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`Invalid register number: ${number}`);
  return `Số: ${formatRegisterNumber(number, cleanCode)}`;
}

/** "15/10/2020", "05/01/2021": day and month on two digits, as deadlines in the body are written. */
export function formatShortDate(date: IsoDate): string {
  const { year, month, day } = splitIsoDate(date);
  return `${formatDay(day)}/${String(month).padStart(2, '0')}/${year}`;
}
