/**
 * Agencies assigned to a task but not named in its text. A task's lead and coordinating agencies are data (the
 * chips); the printed notice carries only the prose the secretary writes. When a chip's agency appears nowhere in
 * that prose, the printed task does not say who must do it — the editor warns about it.
 *
 * An agency counts as named when the text mentions it under any of its directory names (full name, short name,
 * alias — including the enumerations "Các Sở: Tài chính, Xây dựng" the matcher reads), or when the chip's own name
 * appears as words in the text. Both compare folded words (agencyKey): case, diacritics, spacing and punctuation do
 * not matter.
 */
import { agencyKey, createAgencyMatcher, type AgencyMatcher } from '../agencies/match';
import type { Agency } from '../agencies/schema';
import { computeBlockLabels } from '../format/numbering';
import { excerpt } from '../notice/review';
import { plainText } from '../notice/rich-text';
import type { AgencyRef, Block, TaskBlock } from '../notice/schema';

export type AgencyRole = 'lead' | 'coordinating';

/** One chip whose agency the text does not name. */
export interface UnnamedAgency {
  agency: AgencyRef;
  role: AgencyRole;
  /** Set when the chip belongs to a sub-item of the task. */
  subItemId?: string;
}

/** A task with unnamed agencies, for the side panel. */
export interface UnnamedAgencyTask {
  id: string;
  /** "Nhiệm vụ 5" or "Nhiệm vụ 5, mục II", as the review list writes it. */
  label: string;
  /** The start of the task's text. */
  excerpt: string;
  agencies: UnnamedAgency[];
}

export interface AgencyMentionChecker {
  /** The chips of a task and of its sub-items whose agency its text does not name, in chip order. */
  unnamedInTask(task: TaskBlock): readonly UnnamedAgency[];
  /** Every task with such chips, in document order. */
  listTasks(body: readonly Block[]): UnnamedAgencyTask[];
}

interface ReadText {
  ids: Set<string>;
  words: string;
}

const TEXT_CACHE_SIZE = 5000;

/**
 * A checker over a directory (build it once per directory). Results are kept per TaskBlock object, so a body whose
 * unchanged blocks are the same objects as before (the editor's incremental reader) costs only its changed tasks.
 */
export function createAgencyMentionChecker(directory: readonly Agency[]): AgencyMentionChecker {
  // Built on the first text read, not with the checker: the editor makes its checkers while the notice is first
  // drawn, and reads no text before the browser is idle after it.
  let matcher: AgencyMatcher | undefined;
  const known = new Set(directory.map((agency) => agency.id));
  const cache = new WeakMap<TaskBlock, readonly UnnamedAgency[]>();

  /**
   * What a text names: directory ids it mentions, and its folded words for the chips' own names. Kept per text too:
   * the editor's warnings and the side panel's list read the same tasks from different block objects.
   */
  const texts = new Map<string, ReadText>();
  function readText(text: string): ReadText {
    const known = texts.get(text);
    if (known !== undefined) return known;
    matcher ??= createAgencyMatcher(directory);
    const read = { ids: new Set(matcher.find(text).map((agency) => agency.id)), words: ` ${agencyKey(text)} ` };
    // A bound on what a long session of typing leaves behind (every text a task had).
    if (texts.size >= TEXT_CACHE_SIZE) texts.clear();
    texts.set(text, read);
    return read;
  }

  function isNamed(agency: AgencyRef, text: ReadText): boolean {
    if (agency.id !== undefined && known.has(agency.id) && text.ids.has(agency.id)) return true;
    const key = agencyKey(agency.name);
    return key !== '' && text.words.includes(` ${key} `);
  }

  function collect(out: UnnamedAgency[], text: ReadText, owner: { leadAgencies: AgencyRef[]; coordinatingAgencies: AgencyRef[] }, subItemId?: string): void {
    const roles: [AgencyRole, AgencyRef[]][] = [
      ['lead', owner.leadAgencies],
      ['coordinating', owner.coordinatingAgencies],
    ];
    for (const [role, agencies] of roles) {
      for (const agency of agencies) {
        if (!isNamed(agency, text)) out.push(subItemId === undefined ? { agency, role } : { agency, role, subItemId });
      }
    }
  }

  function unnamedInTask(task: TaskBlock): readonly UnnamedAgency[] {
    const cached = cache.get(task);
    if (cached !== undefined) return cached;
    const head = [plainText(task.title), plainText(task.content)];
    const subTexts = task.subItems.map((sub) => plainText(sub.text));
    const out: UnnamedAgency[] = [];
    // The task's own chips: anywhere in the task. Lines are joined with a line break so words never run together.
    collect(out, readText([...head, ...subTexts].join('\n')), task);
    // A sub-item's chips: in its own text, or in the task's title and content that lead into it ("Giao Sở Y tế:").
    task.subItems.forEach((sub, index) => {
      if (sub.leadAgencies.length + sub.coordinatingAgencies.length === 0) return;
      collect(out, readText([...head, subTexts[index] ?? ''].join('\n')), sub, sub.id);
    });
    cache.set(task, out);
    return out;
  }

  function listTasks(body: readonly Block[]): UnnamedAgencyTask[] {
    const tasks: UnnamedAgencyTask[] = [];
    let labels: Map<string, string> | undefined;
    let section: string | undefined;
    for (const block of body) {
      if (block.type === 'heading' && block.numbered !== false) {
        // Labels are computed only once a task needs one.
        section = block.id;
      }
      if (block.type !== 'task') continue;
      const agencies = unnamedInTask(block);
      if (agencies.length === 0) continue;
      labels ??= computeBlockLabels(body);
      const number = labels.get(block.id)?.replace(/\.$/u, '');
      const sectionNumber = section === undefined ? undefined : labels.get(section)?.replace(/\.$/u, '');
      const text = [plainText(block.title), plainText(block.content), ...block.subItems.map((s) => plainText(s.text))]
        .filter(Boolean)
        .join(' ');
      tasks.push({
        id: block.id,
        label: `Nhiệm vụ ${number ?? ''}${sectionNumber ? `, mục ${sectionNumber}` : ''}`,
        excerpt: excerpt(text),
        agencies: [...agencies],
      });
    }
    return tasks;
  }

  return { unnamedInTask, listTasks };
}
