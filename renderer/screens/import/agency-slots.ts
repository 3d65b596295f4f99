/**
 * The agency mentions of an imported notice that the preview lets the user re-link: each task's and sub-item's lead
 * and coordinating agencies and each scheme's responsible agency, with the words the source used (from the report).
 */
import type { Agency } from '../../../shared/api';
import type { ImportReport } from '../../../shared/import/result';
import type { AgencyRef, Notice, SubItem } from '../../../shared/notice/schema';

export type AgencyRole = 'lead' | 'coordinating' | 'responsible';

export interface AgencySlot {
  blockId: string;
  /** Set for a sub-item's agency. */
  subItemId?: string;
  role: AgencyRole;
  /** Position in the lead or coordinating list (0 for a scheme's responsible agency). */
  index: number;
}

export interface AgencyMention {
  slot: AgencySlot;
  /** The words as the source wrote them. */
  written: string;
  /** What the draft will carry. */
  ref: AgencyRef;
}

export const ROLE_LABELS: Record<AgencyRole, string> = {
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
  responsible: 'Chịu trách nhiệm',
};

export function slotKey(slot: AgencySlot): string {
  return [slot.blockId, slot.subItemId ?? '', slot.role, slot.index].join(':');
}

function listMentions(
  blockId: string,
  subItemId: string | undefined,
  owner: Pick<SubItem, 'leadAgencies' | 'coordinatingAgencies'>,
  written: { lead: { text: string }[]; coordinating: { text: string }[] } | undefined,
): AgencyMention[] {
  const roles = [
    ['lead', owner.leadAgencies, written?.lead],
    ['coordinating', owner.coordinatingAgencies, written?.coordinating],
  ] as const;
  return roles.flatMap(([role, refs, texts]) =>
    refs.map((ref, index) => ({
      slot: { blockId, ...(subItemId ? { subItemId } : {}), role, index },
      written: texts?.[index]?.text ?? ref.name,
      ref,
    })),
  );
}

interface ReportIndex {
  blocks: Map<string, Notice['body'][number]>;
  tasks: Map<string, ImportReport['tasks'][number]>;
  schemes: Map<string, ImportReport['schemes'][number]>;
}

/** Blocks and report entries by block id, built once per preview: a long import has thousands of blocks. */
const indexes = new WeakMap<Notice, WeakMap<ImportReport, ReportIndex>>();

function indexOf(notice: Notice, report: ImportReport): ReportIndex {
  let byReport = indexes.get(notice);
  if (!byReport) {
    byReport = new WeakMap<ImportReport, ReportIndex>();
    indexes.set(notice, byReport);
  }
  let index = byReport.get(report);
  if (!index) {
    index = {
      blocks: new Map(notice.body.map((block) => [block.id, block])),
      tasks: new Map(report.tasks.map((task) => [task.blockId, task])),
      schemes: new Map(report.schemes.map((scheme) => [scheme.blockId, scheme])),
    };
    byReport.set(report, index);
  }
  return index;
}

/** The report's entry for a task, if any. */
export function taskEntry(notice: Notice, report: ImportReport, blockId: string): ImportReport['tasks'][number] | undefined {
  return indexOf(notice, report).tasks.get(blockId);
}

/** The mentions of one block (a task with its sub-items, or a scheme), in reading order. */
export function blockMentions(notice: Notice, report: ImportReport, blockId: string): AgencyMention[] {
  const { blocks, tasks, schemes } = indexOf(notice, report);
  const block = blocks.get(blockId);
  if (block?.type === 'task') {
    const entry = tasks.get(blockId);
    return [
      ...listMentions(blockId, undefined, block, entry),
      ...block.subItems.flatMap((sub) =>
        listMentions(blockId, sub.id, sub, entry?.subItems.find((candidate) => candidate.subItemId === sub.id)),
      ),
    ];
  }
  if (block?.type === 'scheme' && block.responsibleAgency) {
    const entry = schemes.get(blockId);
    return [
      {
        slot: { blockId, role: 'responsible', index: 0 },
        written: entry?.responsible?.text ?? block.responsibleAgency.name,
        ref: block.responsibleAgency,
      },
    ];
  }
  return [];
}

/** The reference to store: the chosen directory agency, or the words as written when there is no match. */
export function chosenRef(agencies: readonly Agency[], agencyId: string, written: string): AgencyRef {
  const agency = agencies.find((candidate) => candidate.id === agencyId);
  return agency ? { id: agency.id, name: agency.name } : { name: written };
}

function replaceAt(refs: readonly AgencyRef[], index: number, ref: AgencyRef): AgencyRef[] {
  return refs.map((current, i) => (i === index ? ref : current));
}

/** The notice with one agency mention re-linked; the rest is unchanged. */
export function setAgencyRef(notice: Notice, slot: AgencySlot, ref: AgencyRef): Notice {
  const body = notice.body.map((block) => {
    if (block.id !== slot.blockId) return block;
    if (block.type === 'scheme' && slot.role === 'responsible') return { ...block, responsibleAgency: ref };
    if (block.type !== 'task' || slot.role === 'responsible') return block;
    const key = slot.role === 'lead' ? 'leadAgencies' : 'coordinatingAgencies';
    if (!slot.subItemId) return { ...block, [key]: replaceAt(block[key], slot.index, ref) };
    return {
      ...block,
      subItems: block.subItems.map((sub) => (sub.id === slot.subItemId ? { ...sub, [key]: replaceAt(sub[key], slot.index, ref) } : sub)),
    };
  });
  return { ...notice, body };
}
