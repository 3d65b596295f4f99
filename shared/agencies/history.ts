/**
 * The directory's history: which agency exists on a date, and what stands for an ended one after its end (its
 * successors, followed through later changes). A notice keeps the agency it named on its date; only a new notice
 * (e.g. "new from last month") is moved onto the agencies of its own date.
 */
import { splitIsoDate } from '../format/dates';
import { formatDay, formatMonth } from '../format/vietnamese';
import type { IsoDate } from '../notice/schema';
import type { Agency } from './schema';

/** The part of an agency's history this module reads (the API's and the directory file's agencies both have it). */
export type HistoricAgency = Pick<Agency, 'id' | 'name' | 'validFrom' | 'validUntil' | 'endKind'> & {
  successors?: Agency['successors'];
};

/** Exists on `date`: on or after its first day, and before the first day it no longer exists. */
export function existsOn(agency: HistoricAgency, date: IsoDate): boolean {
  return (agency.validFrom === undefined || agency.validFrom <= date) && (agency.validUntil === undefined || date < agency.validUntil);
}

/** Has ended by `date` (a future end date is not an end yet). */
export function hasEndedBy(agency: HistoricAgency, date: IsoDate): boolean {
  return agency.validUntil !== undefined && agency.validUntil <= date;
}

export interface StandIn<A extends HistoricAgency> {
  agency: A;
  /** The part of the ended agency's work it took, when the directory says. */
  part?: string;
}

export interface AgencyOnDate<A extends HistoricAgency> {
  /** The agencies that stand for the asked one on the date: itself while it exists, else its successors. */
  agencies: StandIn<A>[];
  /** The ended agencies passed through, in order (empty when the agency itself exists on the date). */
  ended: A[];
  /** Why the agency was replaced, in Vietnamese (absent when it was not). */
  reason?: string;
}

/** "01/3/2025": day on two digits, months 1 and 2 on two (Decree 30's way of writing dates). */
export function formatChangeDate(date: IsoDate): string {
  const { year, month, day } = splitIsoDate(date);
  return `${formatDay(day)}/${formatMonth(month)}/${year}`;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

/**
 * The sentence a task is marked with when an agency it named has ended:
 * "Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/3/2025".
 */
export function successionReason<A extends HistoricAgency>(ended: A, successors: readonly StandIn<A>[]): string {
  const since = ended.validUntil ? ` từ ${formatChangeDate(ended.validUntil)}` : '';
  const names = successors.map((s) => s.agency.name);
  if (successors.length === 0) return `${ended.name} đã kết thúc hoạt động${since}`;
  switch (ended.endKind) {
    case 'renamed':
      return `${ended.name} đã đổi tên thành ${joinNames(names)}${since}`;
    case 'split':
    case 'dissolved': {
      const parts = successors.every((s) => s.part)
        ? successors.map((s) => `${s.part} – ${s.agency.name}`).join('; ')
        : joinNames(names);
      return `${ended.name} đã kết thúc hoạt động${since}; chuyển cho: ${parts}`;
    }
    case 'merged':
    default:
      return `${ended.name} đã hợp nhất vào ${joinNames(names)}${since}`;
  }
}

/**
 * What stands for agency `id` on `date`: itself before its end, its successors after (followed through their own
 * ends, each once). An id the directory does not know stands for itself unresolved: `agencies` is empty.
 */
export function agencyOnDate<A extends HistoricAgency>(id: string, date: IsoDate, directory: readonly A[]): AgencyOnDate<A> {
  const byId = new Map(directory.map((a) => [a.id, a]));
  const start = byId.get(id);
  if (!start) return { agencies: [], ended: [] };
  if (!hasEndedBy(start, date)) return { agencies: [{ agency: start }], ended: [] };

  const ended: A[] = [];
  const seen = new Set<string>();
  const agencies: StandIn<A>[] = [];
  let firstStep: StandIn<A>[] | undefined;
  const visit = (agency: A, part: string | undefined): void => {
    if (seen.has(agency.id)) return;
    seen.add(agency.id);
    if (!hasEndedBy(agency, date)) {
      agencies.push(part ? { agency, part } : { agency });
      return;
    }
    ended.push(agency);
    const next = (agency.successors ?? []).flatMap((s) => {
      const successor = byId.get(s.id);
      return successor ? [{ agency: successor, part: s.part ?? part }] : [];
    });
    firstStep ??= next.map((s) => (s.part ? { agency: s.agency, part: s.part } : { agency: s.agency }));
    for (const s of next) visit(s.agency, s.part);
  };
  visit(start, undefined);
  // The reason names the first change (what the user recognises) with the agencies of today when they differ.
  const reason = successionReason(start, sameIds(firstStep ?? [], agencies) ? (firstStep ?? []) : agencies);
  return { agencies, ended, reason };
}

function sameIds<A extends HistoricAgency>(a: readonly StandIn<A>[], b: readonly StandIn<A>[]): boolean {
  return a.length === b.length && a.every((x, i) => x.agency.id === b[i]?.agency.id);
}

/** The agencies that exist on `date`, in directory order. */
export function agenciesExistingOn<A extends HistoricAgency>(directory: readonly A[], date: IsoDate): A[] {
  return directory.filter((a) => existsOn(a, date));
}

/** The agencies that name `id` among their successors (what it took over), for the directory's history view. */
export function predecessorsOf<A extends HistoricAgency>(id: string, directory: readonly A[]): A[] {
  return directory.filter((a) => (a.successors ?? []).some((s) => s.id === id));
}

/**
 * What makes an agency's history unusable, in Vietnamese: an end before its start, successors without an end, a
 * successor that is itself or not in the directory, or that does not exist on the day it should take over.
 */
export function findHistoryProblems<A extends HistoricAgency>(agency: A, directory: readonly A[]): string[] {
  const problems: string[] = [];
  const byId = new Map(directory.map((a) => [a.id, a]));
  const successors = agency.successors ?? [];
  if (agency.validFrom && agency.validUntil && agency.validUntil <= agency.validFrom) {
    problems.push('Ngày kết thúc phải sau ngày bắt đầu hoạt động');
  }
  if (successors.length > 0 && !agency.validUntil) problems.push('Cần ngày kết thúc hoạt động khi có cơ quan kế tục');
  for (const s of successors) {
    const successor = byId.get(s.id);
    if (s.id === agency.id) problems.push('Cơ quan không thể kế tục chính nó');
    else if (!successor) problems.push(`Không có cơ quan "${s.id}" trong danh bạ`);
    else if (agency.validUntil && !existsOn(successor, agency.validUntil)) {
      problems.push(`${successor.name} chưa hoạt động vào ngày ${formatChangeDate(agency.validUntil)}`);
    }
  }
  return problems;
}
