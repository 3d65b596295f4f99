/**
 * Working days in Vietnam, for the due date of a conclusion notice: Decision 45/2018/QĐ-TTg (the Government's
 * meeting regime) has the notice issued within 5 working days after the meeting ends. Saturdays and Sundays are
 * weekly rest days for public servants; public holidays are those of Labour Code 2019, Article 112, as the
 * Government schedules them each year (days moved to make a bridge, Saturdays worked in return).
 *
 * Lunar dates (Tết, the Hùng Kings' day) are a table, not computed: the Government's schedule decides the days off
 * anyway, and a table is easy to check against its source. Years without a schedule get the statutory days, a
 * holiday on a weekend moved to the next working day (Article 112(3)).
 */
import { addDays, formatISO, getDay, parseISO } from 'date-fns';
import type { IsoDate } from '../notice/schema';

interface YearSchedule {
  /** Days off that fall on working days (holidays, bridges, compensation days). */
  daysOff: IsoDate[];
  /** Saturdays worked in return for a bridge day. */
  workedSaturdays: IsoDate[];
  source: string;
}

/**
 * Lunar New Year's day (mùng 1 Tết) and the Hùng Kings' day (10th of the 3rd lunar month), in the solar calendar.
 * Source: the Vietnamese lunar calendar (UTC+7) as published by the Government's holiday schedules and calendars:
 * Ất Tỵ 29/01/2025, Bính Ngọ 17/02/2026, Đinh Mùi 06/02/2027.
 */
export const LUNAR_HOLIDAYS: Record<number, { tet: IsoDate; hungKings: IsoDate }> = {
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
};

/** The Government's schedules for public servants; where one is missing the statutory rule applies. */
const SCHEDULES: Record<number, YearSchedule> = {
  2025: {
    // Tết Ất Tỵ 25/01–02/02 (9 days) per Official Letter 8726/VPCP-KGVX of 26/11/2024; 30/4–04/5 with 02/5
    // swapped for Saturday 26/4; National Day 30/8–02/9 (01/9 the adjacent day).
    daysOff: ['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02'],
    workedSaturdays: ['2025-04-26'],
    source: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Bộ luật Lao động 2019, Điều 112',
  },
  2026: {
    // New Year 01–04/01 (Friday 02/01 swapped); Tết Bính Ngọ 14/02–22/02 (9 days); Hùng Kings on Sunday 26/4,
    // Monday 27/4 off instead; 30/4–03/5; National Day 29/8–02/9 with Monday 31/8 swapped for Saturday 22/8.
    daysOff: ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02'],
    workedSaturdays: ['2026-08-22'],
    source: 'Văn phòng Chính phủ, lịch nghỉ Tết Dương lịch (25/12/2025) và Tết Âm lịch, Quốc khánh năm 2026 (Bộ Nội vụ trình, Thủ tướng đồng ý)',
  },
};

const iso = (date: Date): IsoDate => formatISO(date, { representation: 'date' });
const isWeekend = (date: Date) => getDay(date) === 0 || getDay(date) === 6;

/** Statutory days off of a year without a Government schedule: holidays, each weekend one moved to a working day. */
function statutoryDaysOff(year: number): Set<IsoDate> {
  const holidays: Date[] = [parseISO(`${year}-01-01`), parseISO(`${year}-04-30`), parseISO(`${year}-05-01`), parseISO(`${year}-09-02`)];
  // The second National Day holiday: the day before or after 2/9; the Government usually takes the one that makes a
  // bridge to the weekend. Without a schedule, the day after when 2/9 is a Monday, else the day before.
  const nationalDay = parseISO(`${year}-09-02`);
  holidays.push(addDays(nationalDay, getDay(nationalDay) === 1 ? 1 : -1));
  const lunar = LUNAR_HOLIDAYS[year];
  if (lunar) {
    // Tết: the last day of the old year and the first four of the new one (the usual split).
    const tet = parseISO(lunar.tet);
    for (let offset = -1; offset <= 3; offset++) holidays.push(addDays(tet, offset));
    holidays.push(parseISO(lunar.hungKings));
  }
  const off = new Set<IsoDate>();
  const taken = new Set(holidays.map(iso));
  for (const day of holidays.sort((a, b) => a.getTime() - b.getTime())) {
    // A holiday on a weekend (or on a day already off) moves to the next working day that is not a holiday itself.
    let date = day;
    while (isWeekend(date) || off.has(iso(date)) || (date !== day && taken.has(iso(date)))) date = addDays(date, 1);
    off.add(iso(date));
  }
  return off;
}

const yearCache = new Map<number, { off: Set<IsoDate>; worked: Set<IsoDate> }>();
function yearDays(year: number) {
  let days = yearCache.get(year);
  if (!days) {
    const schedule = SCHEDULES[year];
    days = schedule
      ? { off: new Set(schedule.daysOff), worked: new Set(schedule.workedSaturdays) }
      : { off: statutoryDaysOff(year), worked: new Set<IsoDate>() };
    yearCache.set(year, days);
  }
  return days;
}

export function isWorkingDay(date: IsoDate): boolean {
  const day = parseISO(date);
  const { off, worked } = yearDays(day.getFullYear());
  if (worked.has(date)) return true;
  return !isWeekend(day) && !off.has(date);
}

/** The date `count` working days after `date` (the day itself not counted). */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  let day = parseISO(date);
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(iso(day))) left--;
  }
  return iso(day);
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (a Thursday), and the weekday of such a number (0 = Sunday, as Date.getDay). */
const dayNumber = (date: IsoDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;
const isWeekendDay = (day: number) => weekdayOf(day) === 0 || weekdayOf(day) === 6;

/** Monday–Friday days in (start, end], counted by whole weeks: a notice of 2020 reopened in 2026 spans 2,000 days. */
function weekdaysAfter(start: number, end: number): number {
  const days = end - start;
  let count = Math.floor(days / 7) * 5;
  for (let day = start + Math.floor(days / 7) * 7 + 1; day <= end; day++) if (!isWeekendDay(day)) count++;
  return count;
}

/** Working days from `from` (excluded) to `to` (included); negative when `to` is earlier. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (from === to) return 0;
  const sign = from < to ? 1 : -1;
  const [start, end] = sign > 0 ? [from, to] : [to, from];
  let count = weekdaysAfter(dayNumber(start), dayNumber(end));
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    const { off, worked } = yearDays(year);
    const inRange = (date: IsoDate) => date > start && date <= end;
    for (const date of off) if (inRange(date) && !isWeekendDay(dayNumber(date)) && !worked.has(date)) count--;
    for (const date of worked) if (inRange(date) && isWeekendDay(dayNumber(date))) count++;
  }
  return sign * count;
}

/** Decision 45/2018/QĐ-TTg: the notice of conclusions is issued within 5 working days after the meeting. */
export const NOTICE_DUE_WORKING_DAYS = 5;

export function noticeDueDate(meetingDate: IsoDate): IsoDate {
  return addWorkingDays(meetingDate, NOTICE_DUE_WORKING_DAYS);
}
