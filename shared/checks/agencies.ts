/**
 * Agencies: one that no longer exists on the meeting date (its successor as the fix), a chip not in the directory,
 * and a chip whose agency the task's text does not name (./agency-mentions.ts).
 *
 * Validity is the directory's history (shared/agencies/history.ts): `validUntil` is the first day the agency no
 * longer exists, `successors` the agencies that took over its work.
 */
import { createAgencyMatcher, type AgencyMention } from '../agencies/match';
import { hasEndedBy } from '../agencies/history';
import type { Agency } from '../agencies/schema';
import { formatShortDate } from '../format/vietnamese';
import type { AgencyRef, IsoDate, Notice } from '../notice/schema';
import { createAgencyMentionChecker } from './agency-mentions';
import { listTextFields, locate } from './text-fields';
import type { CheckContext, CheckRule, Finding, FindingLocation } from './types';

function successorsOf(agency: Agency, byId: Map<string, Agency>): Agency[] {
  return agency.successors.flatMap((successor) => byId.get(successor.id) ?? []);
}

function defunctMessage(agency: Agency, successors: Agency[], meeting: IsoDate): string {
  const until = agency.validUntil ? ` (đã chấm dứt từ ${formatShortDate(agency.validUntil)})` : '';
  const instead = successors.length > 0 ? ` Thay bằng ${successors.map((s) => `«${s.name}»`).join(' hoặc ')}.` : ' Kiểm tra cơ quan đang đảm nhiệm việc này.';
  return `«${agency.name}» không còn tồn tại vào ngày họp ${formatShortDate(meeting)}${until}.${instead}`;
}

/** Each chip of the body with where it sits. */
function chips(notice: Notice): { ref: AgencyRef; location: FindingLocation }[] {
  const out: { ref: AgencyRef; location: FindingLocation }[] = [];
  notice.body.forEach((block, blockIndex) => {
    const at = (path: string, subItemId?: string): FindingLocation => ({ path: `body[${blockIndex}].${path}`, blockIndex, blockId: block.id, offset: 0, length: 0, ...(subItemId ? { subItemId } : {}) });
    if (block.type === 'task') {
      block.leadAgencies.forEach((ref, i) => out.push({ ref, location: at(`leadAgencies[${i}]`) }));
      block.coordinatingAgencies.forEach((ref, i) => out.push({ ref, location: at(`coordinatingAgencies[${i}]`) }));
      block.subItems.forEach((sub, s) => {
        sub.leadAgencies.forEach((ref, i) => out.push({ ref, location: at(`subItems[${s}].leadAgencies[${i}]`, sub.id) }));
        sub.coordinatingAgencies.forEach((ref, i) => out.push({ ref, location: at(`subItems[${s}].coordinatingAgencies[${i}]`, sub.id) }));
      });
    } else if (block.type === 'scheme' && block.responsibleAgency) {
      out.push({ ref: block.responsibleAgency, location: at('responsibleAgency') });
    }
  });
  return out;
}

interface DirectoryTools {
  /** Mentions of the agencies that have an end date, per text (most texts are unchanged between two checks). */
  datedMentions(text: string): AgencyMention[];
  mentions: ReturnType<typeof createAgencyMentionChecker>;
  byId: Map<string, Agency>;
  hasDated: boolean;
}

const checkers = new WeakMap<readonly Agency[], DirectoryTools>();
function toolsFor(directory: readonly Agency[]): DirectoryTools {
  let tools = checkers.get(directory);
  if (!tools) {
    const dated = directory.filter((agency) => agency.validUntil !== undefined);
    // Only the dated agencies can be defunct: the matcher over them alone is small and fast.
    const matcher = createAgencyMatcher(dated);
    const cache = new Map<string, AgencyMention[]>();
    tools = {
      datedMentions(text) {
        let found = cache.get(text);
        if (!found) {
          found = matcher.mentions(text);
          if (cache.size > 20000) cache.clear();
          cache.set(text, found);
        }
        return found;
      },
      mentions: createAgencyMentionChecker(directory),
      byId: new Map(directory.map((a) => [a.id, a])),
      hasDated: dated.length > 0,
    };
    checkers.set(directory, tools);
  }
  return tools;
}

const defunctRule: CheckRule = {
  id: 'agencies.defunct',
  run(notice, context: CheckContext) {
    const meeting = notice.meeting.date;
    const directory = context.directory;
    if (!meeting || !directory) return [];
    const { datedMentions, byId, hasDated } = toolsFor(directory);
    if (!hasDated) return [];
    const findings: Finding[] = [];
    for (const { ref, location } of chips(notice)) {
      const agency = ref.id === undefined ? undefined : byId.get(ref.id);
      if (agency && hasEndedBy(agency, meeting)) {
        findings.push({ ruleId: 'agencies.defunct', severity: 'error', message: defunctMessage(agency, successorsOf(agency, byId), meeting), location });
      }
    }
    for (const field of listTextFields(notice)) {
      if (field.kind === 'recipient' || field.kind === 'signature') continue;
      for (const mention of datedMentions(field.text)) {
        const agency = mention.agency;
        if (!hasEndedBy(agency, meeting)) continue;
        const successors = successorsOf(agency, byId);
        const finding: Finding = { ruleId: 'agencies.defunct', severity: 'error', message: defunctMessage(agency, successors, meeting), location: locate(field, mention.start, mention.end - mention.start) };
        if (successors.length > 0) finding.fixes = successors.map((s) => ({ label: `Thay bằng «${s.name}»`, replacement: s.name }));
        findings.push(finding);
      }
    }
    return findings;
  },
};

const unknownRule: CheckRule = {
  id: 'agencies.unknown',
  run(notice, context) {
    const directory = context.directory;
    if (!directory) return [];
    const { byId } = toolsFor(directory);
    return chips(notice)
      .filter(({ ref }) => ref.id === undefined || !byId.has(ref.id))
      .map(({ ref, location }) => ({
        ruleId: 'agencies.unknown',
        severity: 'warning' as const,
        message: `«${ref.name}» không có trong danh bạ cơ quan. Chọn cơ quan trong danh bạ, hoặc thêm cơ quan này vào danh bạ nếu tên đúng.`,
        location,
      }));
  },
};

const unnamedRule: CheckRule = {
  id: 'agencies.unnamed',
  run(notice, context) {
    const directory = context.directory;
    if (!directory) return [];
    const { mentions } = toolsFor(directory);
    const findings: Finding[] = [];
    notice.body.forEach((block, blockIndex) => {
      if (block.type !== 'task') return;
      for (const unnamed of mentions.unnamedInTask(block)) {
        const role = unnamed.role === 'lead' ? 'chủ trì' : 'phối hợp';
        const location: FindingLocation = { path: `body[${blockIndex}].content`, blockIndex, blockId: block.id, offset: 0, length: 0, ...(unnamed.subItemId ? { subItemId: unnamed.subItemId } : {}) };
        findings.push({ ruleId: 'agencies.unnamed', severity: 'warning', message: `Cơ quan ${role} «${unnamed.agency.name}» không được nêu trong nội dung nhiệm vụ; bản in chỉ có nội dung. Ghi tên cơ quan vào nội dung hoặc bỏ cơ quan khỏi nhiệm vụ.`, location });
      }
    });
    return findings;
  },
};

export const agencyRules: readonly CheckRule[] = [defunctRule, unknownRule, unnamedRule];
