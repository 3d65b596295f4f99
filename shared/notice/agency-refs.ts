/**
 * A notice's agency references — lead and coordinating agencies of tasks and their sub-items, a scheme's
 * responsible agency — visited in one place.
 */
import { matchAgency } from '../agencies/match';
import type { Agency } from '../agencies/schema';
import type { AgencyRef, Notice } from './schema';

/** `notice` with every agency reference replaced by `map(ref)`. */
export function mapAgencyRefs(notice: Notice, map: (ref: AgencyRef) => AgencyRef): Notice {
  const refs = (list: AgencyRef[]) => list.map(map);
  return {
    ...notice,
    body: notice.body.map((block) => {
      if (block.type === 'task') {
        return {
          ...block,
          leadAgencies: refs(block.leadAgencies),
          coordinatingAgencies: refs(block.coordinatingAgencies),
          subItems: block.subItems.map((s) => ({ ...s, leadAgencies: refs(s.leadAgencies), coordinatingAgencies: refs(s.coordinatingAgencies) })),
        };
      }
      if (block.type === 'scheme' && block.responsibleAgency) return { ...block, responsibleAgency: map(block.responsibleAgency) };
      return block;
    }),
  };
}

/**
 * Links each reference that has no id to the directory agency its name names (templates name agencies by their
 * name only): the editor then shows it as a directory agency, and "new from last month" can follow it through a
 * reorganisation. A name the directory does not know stays unlinked.
 */
export function linkAgenciesByName(notice: Notice, directory: readonly Agency[]): Notice {
  return mapAgencyRefs(notice, (ref) => {
    if (ref.id) return ref;
    const agency = matchAgency(ref.name, directory);
    return agency ? { ...ref, id: agency.id } : ref;
  });
}
