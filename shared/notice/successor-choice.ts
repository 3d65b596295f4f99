/**
 * After "new from last month" across a reorganisation, an agency that ended with several successors (Sở Lao động -
 * Thương binh và Xã hội → Sở Nội vụ, Sở Y tế, Sở Giáo dục và Đào tạo) is left as candidate references marked with
 * the agency they replace (agency-succession.ts), and its name stays in the text. Here: which choices are pending,
 * each successor with the part it took, and the notice once the secretary chose one (or kept them all).
 */
import { agencyKey } from '../agencies/match';
import type { Agency } from '../agencies/schema';
import type { AgencyRef, Block, Notice, RichText, SubItem } from './schema';

export interface SuccessorCandidate {
  id?: string;
  name: string;
  /** What part of the ended agency's work it took, as the directory says. */
  part?: string;
}

export interface SuccessorChoice {
  /** The ended agency's name, as the candidate references carry it. */
  endedName: string;
  candidates: SuccessorCandidate[];
  /** How many blocks name it. */
  blockCount: number;
}

function refsOf(block: Block): AgencyRef[][] {
  const ofSub = (sub: SubItem) => [sub.leadAgencies, sub.coordinatingAgencies];
  if (block.type === 'task') return [block.leadAgencies, block.coordinatingAgencies, ...block.subItems.flatMap(ofSub)];
  if (block.type === 'scheme') return block.responsibleAgency ? [[block.responsibleAgency]] : [];
  return [];
}

function endedAgency(name: string, directory: readonly Agency[]): Agency | undefined {
  const key = agencyKey(name);
  return directory.find((agency) => agencyKey(agency.name) === key || agencyKey(agency.shortName) === key);
}

/** Every ended agency whose successors are still to be chosen, in the order the notice first names it. */
export function pendingSuccessorChoices(notice: Pick<Notice, 'body'>, directory: readonly Agency[]): SuccessorChoice[] {
  const choices = new Map<string, SuccessorChoice>();
  for (const block of notice.body) {
    const seenInBlock = new Set<string>();
    for (const ref of refsOf(block).flat()) {
      if (!ref.replaces) continue;
      let choice = choices.get(ref.replaces);
      if (!choice) {
        choice = { endedName: ref.replaces, candidates: [], blockCount: 0 };
        choices.set(ref.replaces, choice);
      }
      if (!seenInBlock.has(ref.replaces)) {
        seenInBlock.add(ref.replaces);
        choice.blockCount += 1;
      }
      if (choice.candidates.some((c) => (c.id ?? c.name) === (ref.id ?? ref.name))) continue;
      const part = endedAgency(ref.replaces, directory)?.successors.find((s) => s.id === ref.id)?.part;
      choice.candidates.push({ ...(ref.id ? { id: ref.id } : {}), name: ref.name, ...(part ? { part } : {}) });
    }
  }
  return [...choices.values()];
}

/** The refs with the candidates for `endedName` replaced by `chosen` (once), or all kept as plain refs without it. */
function resolveRefs(refs: readonly AgencyRef[], endedName: string, chosen: SuccessorCandidate | undefined): AgencyRef[] {
  const out: AgencyRef[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    let next: AgencyRef = ref;
    if (ref.replaces === endedName) {
      const { replaces: _replaces, ...plain } = ref;
      next = chosen ? { ...(chosen.id ? { id: chosen.id } : {}), name: chosen.name } : plain;
    }
    const key = next.id ?? `name:${agencyKey(next.name)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(next);
  }
  return out;
}

/** The ended agency's names written in the text, rewritten to the chosen successor (run by run, keeping formats). */
function rewriteText(runs: RichText, names: readonly string[], chosenName: string): RichText {
  const pattern = names
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
  if (pattern === '') return runs;
  const expression = new RegExp(pattern, 'gu');
  return runs.map((run) => (expression.test(run.text) ? { ...run, text: run.text.replace(expression, chosenName) } : run));
}

/**
 * The notice with the successor of `endedName` chosen: references to it become `chosen`, and where the text names
 * the ended agency it names the successor. Without `chosen`, every candidate stays as a plain reference (the work
 * is shared) and the text is left as it is. The blocks keep their review mark and its reason.
 */
export function chooseSuccessor(notice: Notice, endedName: string, chosen: SuccessorCandidate | undefined, directory: readonly Agency[]): Notice {
  const ended = endedAgency(endedName, directory);
  const names = [endedName, ...(ended ? [ended.name, ended.shortName, ...ended.aliases] : [])];
  const text = (runs: RichText) => (chosen ? rewriteText(runs, [...new Set(names)], chosen.name) : runs);
  const refs = (list: readonly AgencyRef[]) => resolveRefs(list, endedName, chosen);
  const namesEnded = (block: Block) => refsOf(block).flat().some((ref) => ref.replaces === endedName);
  return {
    ...notice,
    body: notice.body.map((block): Block => {
      if (!namesEnded(block)) return block;
      if (block.type === 'task') {
        return {
          ...block,
          title: text(block.title),
          content: text(block.content),
          leadAgencies: refs(block.leadAgencies),
          coordinatingAgencies: refs(block.coordinatingAgencies),
          subItems: block.subItems.map((sub) => ({
            ...sub,
            text: text(sub.text),
            leadAgencies: refs(sub.leadAgencies),
            coordinatingAgencies: refs(sub.coordinatingAgencies),
          })),
        };
      }
      if (block.type === 'scheme' && block.responsibleAgency) {
        const [responsible] = refs([block.responsibleAgency]);
        return { ...block, title: text(block.title), conclusion: text(block.conclusion), ...(responsible ? { responsibleAgency: responsible } : {}) };
      }
      return block;
    }),
  };
}
