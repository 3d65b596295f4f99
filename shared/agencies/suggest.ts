/**
 * What the agency box offers for a typed query on a notice's date. First the matching agencies that exist on that
 * date; then, for a matching agency that had ended by then, what succeeded it (a secretary still types "kế hoạch"
 * for what is now Sở Tài chính); last the matching agencies that did not exist on the date, marked so. A notice of
 * 2020 therefore gets the 2020 directory first, and one of 2026 today's.
 */
import type { IsoDate } from '../notice/schema';
import { agencyOnDate, existsOn, formatChangeDate, hasEndedBy } from './history';
import type { Agency } from './schema';
import { foldVietnamese } from '../text/fold';

export interface AgencySuggestion {
  agency: Agency;
  /** Why it is offered when that is not plain, e.g. "kế thừa Sở Kế hoạch và Đầu tư"; empty otherwise. */
  note: string;
}

function matches(agency: Agency, folded: string): boolean {
  return [agency.name, agency.shortName, ...agency.aliases].some((name) => foldVietnamese(name).includes(folded));
}

/** "đã kết thúc từ 01/03/2025" or "chỉ có từ 01/07/2025" for an agency that does not exist on `date`. */
function notOnDate(agency: Agency, date: IsoDate): string {
  if (agency.validUntil !== undefined && hasEndedBy(agency, date)) return `đã kết thúc từ ${formatChangeDate(agency.validUntil)}`;
  return agency.validFrom !== undefined ? `chỉ có từ ${formatChangeDate(agency.validFrom)}` : '';
}

export function suggestAgencies(
  directory: readonly Agency[],
  query: string,
  date: IsoDate,
  options: { exclude?: ReadonlySet<string>; max?: number } = {},
): AgencySuggestion[] {
  const folded = foldVietnamese(query.trim().replace(/\s+/gu, ' '));
  if (folded === '') return [];
  const exclude = options.exclude ?? new Set<string>();
  const found = directory.filter((agency) => matches(agency, folded));
  const offered = new Set<string>();
  const out: AgencySuggestion[] = [];
  const offer = (agency: Agency, note: string) => {
    if (offered.has(agency.id) || exclude.has(agency.id)) return;
    offered.add(agency.id);
    out.push({ agency, note });
  };
  for (const agency of found) if (existsOn(agency, date)) offer(agency, '');
  for (const agency of found) {
    if (!hasEndedBy(agency, date)) continue;
    for (const standIn of agencyOnDate(agency.id, date, directory).agencies) {
      offer(standIn.agency, `kế thừa ${agency.name}${standIn.part ? `: ${standIn.part}` : ''}`);
    }
  }
  for (const agency of found) if (!existsOn(agency, date)) offer(agency, notOnDate(agency, date));
  return out.slice(0, options.max ?? out.length);
}
