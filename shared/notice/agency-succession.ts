/**
 * "New from last month" across a reorganisation: a copied notice that names an agency which no longer exists on
 * its date is moved onto what succeeded it (shared/agencies/history.ts). One successor: the reference and the words
 * in the text are replaced. Several (a split department, a district whose area went to several communes): each
 * becomes a candidate reference marked with the ended agency it replaces, for the secretary to choose, and the text
 * keeps the old name until then. Either way the block is marked for review with the reason. The source notice is
 * never changed: history is not rewritten.
 */
import { agencyOnDate, type StandIn } from '../agencies/history';
import { agencyKey, createAgencyMatcher } from '../agencies/match';
import type { Agency } from '../agencies/schema';
import type { AgencyRef, Block, IsoDate, Notice, RichText, SubItem } from './schema';

interface Replacement {
  refs: AgencyRef[];
  /** The one name the text is rewritten to, when there is a single successor. */
  textName?: string;
  reason: string;
}

/** Writes the successor the way the notice wrote the ended agency: by its short name if it used the short name. */
function nameLike(written: string, ended: Agency, successor: Agency): string {
  return agencyKey(written) === agencyKey(ended.shortName) && ended.shortName !== ended.name ? successor.shortName : successor.name;
}

class Succession {
  private readonly byId: Map<string, Agency>;
  private readonly matcher;
  private readonly cache = new Map<string, { ended: Agency; successors: StandIn<Agency>[]; reason: string } | null>();

  constructor(
    private readonly directory: readonly Agency[],
    private readonly date: IsoDate,
  ) {
    this.byId = new Map(directory.map((a) => [a.id, a]));
    this.matcher = createAgencyMatcher(directory);
  }

  /** What replaces agency `id` on the date, or null when it still exists (or is unknown). */
  change(id: string): { ended: Agency; successors: StandIn<Agency>[]; reason: string } | null {
    let found = this.cache.get(id);
    if (found === undefined) {
      const onDate = agencyOnDate(id, this.date, this.directory);
      const ended = this.byId.get(id);
      found = ended && onDate.reason && onDate.agencies.length > 0 ? { ended, successors: onDate.agencies, reason: onDate.reason } : null;
      this.cache.set(id, found);
    }
    return found;
  }

  replacement(ref: AgencyRef): Replacement | undefined {
    if (!ref.id) return undefined;
    const change = this.change(ref.id);
    if (!change) return undefined;
    const { ended, successors, reason } = change;
    if (successors.length === 1) {
      const successor = successors[0]!.agency;
      const name = nameLike(ref.name, ended, successor);
      return { refs: [{ id: successor.id, name }], textName: name, reason };
    }
    return {
      refs: successors.map((s) => ({ id: s.agency.id, name: nameLike(ref.name, ended, s.agency), replaces: ended.name })),
      reason,
    };
  }

  /** The refs with every ended agency replaced, each agency once; the reasons of the replacements made. */
  refs(refs: readonly AgencyRef[], reasons: Set<string>): AgencyRef[] {
    const out: AgencyRef[] = [];
    const seen = new Set<string>();
    const push = (ref: AgencyRef): void => {
      const key = ref.id ?? `name:${agencyKey(ref.name)}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(ref);
    };
    for (const ref of refs) {
      const replacement = this.replacement(ref);
      if (!replacement) {
        push({ ...ref });
        continue;
      }
      reasons.add(replacement.reason);
      replacement.refs.forEach(push);
    }
    return out;
  }

  /**
   * The text with each mention of an ended agency that has one successor rewritten to it, keeping each run's
   * formatting (the new words go in the run where the old ones started). Mentions of agencies with several
   * successors stay: the reason asks the secretary to choose.
   */
  text(runs: RichText, reasons: Set<string>): RichText {
    const full = runs.map((r) => r.text).join('');
    const spans: { start: number; end: number; text: string }[] = [];
    // Within one list ("Các Sở: A, B và C"), an item that now names an agency named just before is dropped.
    let listIds = new Set<string>();
    let previousEnd = -1;
    for (const mention of this.matcher.mentions(full)) {
      if (previousEnd < 0 || !LIST_SEPARATOR.test(full.slice(previousEnd, mention.start))) listIds = new Set();
      const change = this.change(mention.agency.id);
      if (change) reasons.add(change.reason);
      const single = change?.successors.length === 1 ? change.successors[0]!.agency : undefined;
      const id = single?.id ?? mention.agency.id;
      if (listIds.has(id) && previousEnd >= 0) {
        spans.push({ start: previousEnd, end: mention.end, text: '' });
        previousEnd = mention.end;
        continue;
      }
      listIds.add(id);
      previousEnd = mention.end;
      if (!change || !single) continue;
      let name = nameLike(mention.text, change.ended, single);
      // In "Các Sở: Kế hoạch và Đầu tư, …" the item is written without its head word: drop it from the new name too.
      const head = change.ended.name.split(' ')[0] ?? '';
      if (!agencyKey(mention.text).startsWith(agencyKey(head)) && agencyKey(name).startsWith(agencyKey(head))) {
        name = name.slice(head.length).trimStart();
      }
      spans.push({ start: mention.start, end: mention.end, text: name });
    }
    if (spans.length === 0) return runs;
    const out: RichText = [];
    let offset = 0;
    for (const run of runs) {
      const runStart = offset;
      const runEnd = offset + run.text.length;
      offset = runEnd;
      let text = '';
      let pos = runStart;
      for (const span of spans) {
        if (span.end <= runStart || span.start >= runEnd) continue;
        if (span.start >= runStart) text += full.slice(pos, span.start) + span.text;
        pos = Math.max(pos, span.end);
      }
      if (pos < runEnd) text += full.slice(pos, runEnd);
      if (text !== '' || run.text === '') out.push({ ...run, text });
    }
    return out;
  }
}

/** What separates two items of one list of agencies. */
const LIST_SEPARATOR = /^\s*(?:[,;]|và)\s*$/u;

function marked<T extends { toReview?: boolean; reviewReason?: string }>(item: T, reasons: Set<string>): T {
  if (reasons.size === 0) return item;
  const all = [item.reviewReason, ...reasons].filter((r): r is string => Boolean(r));
  return { ...item, toReview: true, reviewReason: [...new Set(all)].join('; ') };
}

function sameAgency(a: AgencyRef, b: AgencyRef): boolean {
  return a.id !== undefined && b.id !== undefined ? a.id === b.id : agencyKey(a.name) === agencyKey(b.name);
}

/**
 * Lead and coordinating agencies after the replacements. A merger can make a coordinating agency the lead's
 * successor too (Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính): it then stands once, as the lead.
 */
function movedAgencies(
  item: { leadAgencies: AgencyRef[]; coordinatingAgencies: AgencyRef[] },
  succession: Succession,
  reasons: Set<string>,
): { leadAgencies: AgencyRef[]; coordinatingAgencies: AgencyRef[] } {
  const leadAgencies = succession.refs(item.leadAgencies, reasons);
  const coordinating = succession.refs(item.coordinatingAgencies, reasons);
  return { leadAgencies, coordinatingAgencies: coordinating.filter((ref) => !leadAgencies.some((lead) => sameAgency(lead, ref))) };
}

function subItem(sub: SubItem, succession: Succession): SubItem {
  const reasons = new Set<string>();
  const next: SubItem = { ...sub, text: succession.text(sub.text, reasons), ...movedAgencies(sub, succession, reasons) };
  return marked(next, reasons);
}

function block(b: Block, succession: Succession): Block {
  const reasons = new Set<string>();
  switch (b.type) {
    case 'heading':
    case 'paragraph':
    case 'dash':
      return marked({ ...b, text: succession.text(b.text, reasons) }, reasons);
    case 'task':
      return marked(
        {
          ...b,
          title: succession.text(b.title, reasons),
          content: succession.text(b.content, reasons),
          ...movedAgencies(b, succession, reasons),
          subItems: b.subItems.map((s) => subItem(s, succession)),
        },
        reasons,
      );
    case 'scheme': {
      const responsible = b.responsibleAgency ? succession.refs([b.responsibleAgency], reasons) : [];
      // A scheme has one responsible agency: with several candidates the first stands, the reason lists them all.
      return marked(
        {
          ...b,
          title: succession.text(b.title, reasons),
          conclusion: succession.text(b.conclusion, reasons),
          ...(responsible[0] ? { responsibleAgency: responsible[0] } : {}),
        },
        reasons,
      );
    }
  }
}

/**
 * `notice` with every agency that no longer exists on `date` replaced by its successor(s), and each block that
 * named one marked for review with the reason. Agencies without ids (not in the directory) are left as written.
 */
export function moveOntoAgenciesOfDate(notice: Notice, date: IsoDate, directory: readonly Agency[]): Notice {
  const succession = new Succession(directory, date);
  return { ...notice, body: notice.body.map((b) => block(b, succession)) };
}
