/**
 * Who a task names: the lead agencies (the sentence's subject, "Giao Sở …", "Sở … chủ trì", "Các Sở: A, B") and the
 * coordinating ones ("phối hợp với …"). Names come from the directory matcher (shared/agencies/match.ts); a name
 * that the directory does not know is still kept, unmatched, when it starts like an agency ("Sở …", "Ban …"), so
 * the user can link it in the preview.
 */
import { createAgencyMatcher, type AgencyMatcher, type AgencyMention } from '../agencies/match';
import { looksLikeAgencyName } from '../agencies/recognise';
import type { Agency } from '../agencies/schema';
import type { AgencyMatch } from './result';

/**
 * Folds each UTF-16 unit on its own (lower case, no diacritics, đ → d) so that offsets in the folded text are
 * offsets in the original: cue words are searched in the folded text and cut out of the original.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const base = (char.normalize('NFD')[0] ?? char).replace(/[đĐ]/, 'd').toLowerCase();
    out += base.length === char.length ? base : char.length === 1 ? char.toLowerCase().slice(0, 1) : char;
  }
  return out;
}

/** Words that end an agency's name in "X chủ trì …", "X tăng cường …" when the directory does not know X. */
const VERB_CUES = [
  'chu tri', 'chu dong', 'phoi hop', 'tiep tuc', 'tap trung', 'tang cuong', 'thuc hien', 'ra soat', 'kiem tra',
  'xay dung', 'to chuc', 'don doc', 'tham muu', 'huong dan', 'trien khai', 'duy tri', 'bam sat', 'khan truong',
  'nghien cuu', 'theo doi', 'day nhanh', 'day manh', 'hoan thien', 'hoan thanh', 'bao cao', 'chi dao', 'quan tam',
  'co trach nhiem', 'can doi', 'bo tri', 'tiep thu', 'giai quyet', 'dam bao', 'lam viec', 'de xuat', 'phoi, ket hop',
  'cap nhat', 'tong hop', 'xu ly', 'phan bo', 'soan thao', 'trinh',
];
const VERB_CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${VERB_CUES.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** Collective subjects that name no single agency ("Các cấp, các ngành", "Các chủ đầu tư"). */
const COLLECTIVE =
  /^[Cc]ác\s+(?:cấp,?\s+các\s+ngành|chủ\s+đầu\s+tư|cơ\s+quan,?\s+đơn\s+vị(?:\s+(?:có\s+)?liên\s+quan)?|cơ\s+quan(?:\s+(?:có\s+)?liên\s+quan)?|đơn\s+vị(?:\s+(?:có\s+)?liên\s+quan)?|địa\s+phương|ngành|cấp)(?![\p{L}\p{N}])/u;
/** An unknown name longer than this is a sentence, not a name. */
const MAX_UNKNOWN_WORDS = 9;
/** Characters looked at for an unknown name (keeps the work per clause constant on very long paragraphs). */
const UNKNOWN_WINDOW = 200;

/** Longest text allowed between two names of a list (", và ", "Các Sở: "). */
const MAX_LIST_GAP = 24;
/** What may stand between two agencies of one list: commas, "và", "cùng". */
const LIST_GAP = /^[\s,;]*(?:(?:và|cùng|với)\s+)?$/iu;
/** An enumeration's head before its first item: "Các Sở: ", "các Ban "; its noun prefixes every item. */
const ENUMERATION_HEAD = /^\s*các\s+(sở|ban|huyện)\s*:?\s*$/iu;
/** "Giao", "Giao cho" before the lead agency. */
const ASSIGN = /(?<![\p{L}\p{N}])(?:Giao|giao|GIAO)(?:\s+cho)?\s+/gu;
const COORDINATE = /(?<![\p{L}\p{N}])phoi hop(?:\s+(?:voi|cung))?\s+/gu;

export class TaskAgencyReader {
  private readonly matcher: AgencyMatcher;

  constructor(directory: readonly Agency[]) {
    this.matcher = createAgencyMatcher(directory);
  }

  /** The agencies listed from `from` on: directory names and agency-like unknown names, separated by commas or "và". */
  listAt(text: string, from: number, mentions = this.matcher.mentions(text)): AgencyMatch[] {
    const found: AgencyMatch[] = [];
    let position = from;
    let prefix = '';
    for (;;) {
      // Only the first mention from here can continue the list; a gap of words before it ends the list.
      const first = firstFrom(mentions, position);
      let next: AgencyMention | undefined;
      if (first && first.start - position <= MAX_LIST_GAP) {
        const gap = text.slice(position, first.start);
        const head = found.length === 0 ? ENUMERATION_HEAD.exec(gap) : null;
        // "Các Sở: Kế hoạch và Đầu tư, Tài chính" names "Sở Kế hoạch và Đầu tư" and "Sở Tài chính".
        const noun = head?.[1]?.toLocaleLowerCase('vi');
        if (noun) prefix = noun === 'sở' ? 'Sở ' : noun === 'ban' ? 'Ban ' : 'huyện ';
        if (LIST_GAP.test(gap) || head) next = first;
      }
      if (next) {
        const named = prefix && !foldSameLength(next.text).startsWith(foldSameLength(prefix)) ? prefix + next.text : next.text;
        found.push({ text: named, agencyId: next.agency.id });
        position = next.end;
        continue;
      }
      const unknown = this.unknownNameAt(text, position, mentions);
      if (!unknown) break;
      found.push({ text: unknown.text });
      position = unknown.end;
    }
    return found;
  }

  private unknownNameAt(text: string, from: number, mentions: AgencyMention[]): { text: string; end: number } | undefined {
    const lead = /^[\s,;]*(?:(?:và|cùng|với)\s+)?/iu.exec(text.slice(from, from + UNKNOWN_WINDOW))?.[0] ?? '';
    const start = from + lead.length;
    const window = text.slice(start, start + UNKNOWN_WINDOW);
    const collective = COLLECTIVE.exec(window);
    if (collective) return { text: collective[0], end: start + collective[0].length };
    if (!looksLikeAgencyName(window)) return undefined;
    // The name runs to the first verb, punctuation mark or known agency, whichever comes first.
    let end = start + window.length;
    const cue = VERB_CUE.exec(foldSameLength(window));
    if (cue) end = Math.min(end, start + cue.index);
    const punctuation = /[,;.:()“”"!?]/.exec(window);
    if (punctuation) end = Math.min(end, start + punctuation.index);
    const known = firstFrom(mentions, start + 1);
    if (known) end = Math.min(end, known.start);
    const name = text.slice(start, end).trim();
    const words = name.split(/\s+/).length;
    if (name === '' || words > MAX_UNKNOWN_WORDS) return undefined;
    return { text: name, end: start + name.length };
  }

  /**
   * Lead and coordinating agencies of a task's (or sub-item's) text: the list the text starts with (after an
   * optional "Giao"), every list after "Giao", the list starting a later clause that "chủ trì", and every list after
   * "phối hợp (với)".
   */
  read(text: string): { lead: AgencyMatch[]; coordinating: AgencyMatch[] } {
    const mentions = this.matcher.mentions(text);
    const folded = foldSameLength(text);
    const lead: AgencyMatch[] = [];
    const coordinating: AgencyMatch[] = [];

    const opening = /^\s*(?:(?:Giao|giao|GIAO)(?:\s+cho)?\s+)?/u.exec(text)?.[0].length ?? 0;
    lead.push(...this.listAt(text, opening, mentions));
    for (const match of text.matchAll(ASSIGN)) {
      if (match.index === 0) continue;
      lead.push(...this.listAt(text, match.index + match[0].length, mentions));
    }
    for (const clause of folded.matchAll(/[.;]\s+/g)) {
      const start = clause.index + clause[0].length;
      const listed = this.listAt(text, start, mentions);
      const after = this.endOfList(text, start, listed);
      if (listed.length > 0 && /^\s*,?\s*chu tri(?![\p{L}])/u.test(folded.slice(after, after + 20))) lead.push(...listed);
    }
    for (const match of folded.matchAll(COORDINATE)) {
      coordinating.push(...this.listAt(text, match.index + match[0].length, mentions));
    }
    const leadKeys = new Set(lead.map(keyOf));
    return { lead: unique(lead), coordinating: unique(coordinating).filter((m) => !leadKeys.has(keyOf(m))) };
  }

  /** Where the list read from `start` ends (the text after its last name). */
  private endOfList(text: string, start: number, listed: AgencyMatch[]): number {
    const last = listed[listed.length - 1];
    if (!last) return start;
    const at = text.indexOf(last.text, start);
    return at < 0 ? start : at + last.text.length;
  }

  /** The agency a scheme's conclusion names as the one that "tiếp thu" (takes in the comments). */
  responsible(conclusion: string): AgencyMatch | undefined {
    const folded = foldSameLength(conclusion);
    const cue = /(?<![\p{L}])tiep thu(?![\p{L}])/u.exec(folded);
    if (!cue) return undefined;
    const mentions = this.matcher.mentions(conclusion);
    const before = mentions.filter((m) => m.end <= cue.index && conclusion.slice(m.end, cue.index).trim() === '');
    const direct = before[before.length - 1];
    if (direct) return { text: direct.text, agencyId: direct.agency.id };
    return this.listAt(conclusion, 0, mentions)[0];
  }
}

/** The first mention starting at or after `position` (mentions are in text order): a binary search. */
function firstFrom(mentions: AgencyMention[], position: number): AgencyMention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return mentions[low];
}

function keyOf(match: AgencyMatch): string {
  return match.agencyId ?? `text:${foldSameLength(match.text)}`;
}

function unique(matches: AgencyMatch[]): AgencyMatch[] {
  const seen = new Set<string>();
  return matches.filter((match) => {
    const key = keyOf(match);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
