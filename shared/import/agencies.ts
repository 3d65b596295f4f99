/**
 * Who a task names: the lead agencies (the sentence's subject, "Giao Sở …", "Sở … chủ trì", "Các Sở: A, B") and the
 * coordinating ones ("phối hợp với …"). Names come from the directory matcher (shared/agencies/match.ts); a name
 * that the directory does not know is still kept, unmatched, when it starts like an agency ("Sở …", "Ban …"), so
 * the user can link it in the preview.
 */
import { createAgencyMatcher, type AgencyMatcher, type AgencyMention } from '../agencies/match';
import { looksLikeAgencyName } from '../agencies/recognise';
import { createSpellingMatcher, type SpellingMatch } from '../agencies/spelling-match';
import type { Agency } from '../agencies/schema';
import type { AgencyMatch } from './result';

/**
 * Folds each UTF-16 unit on its own (lower case, no diacritics, đ → d) so that offsets in the folded text are
 * offsets in the original: cue words are searched in the folded text and cut out of the original.
 */
export function foldSameLength(text: string): string {
  const normal = text.normalize('NFC');
  // Unit by unit through a table: a callback per character allocated a string for every Vietnamese letter, and
  // that garbage dominated long imports. Nothing is built until the first unit that changes.
  const length = normal.length;
  let index = 0;
  while (index < length && foldUnit(normal.charCodeAt(index)) === normal.charCodeAt(index)) index++;
  if (index === length) return normal;
  const units = length <= FOLD_BUFFER.length ? FOLD_BUFFER : new Uint16Array(length);
  for (let k = 0; k < length; k++) units[k] = k < index ? normal.charCodeAt(k) : foldUnit(normal.charCodeAt(k));
  return unitsToString(units, length);
}

/** The fold of one UTF-16 unit; surrogates stay (an astral character folds to itself). */
function foldUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  if (unit >= 0xd800 && unit < 0xe000) return unit;
  if (unit >= FOLDED_UNITS.length) return foldCharacter(String.fromCharCode(unit));
  let folded = FOLDED_UNITS[unit] ?? 0;
  if (folded === 0) {
    folded = foldCharacter(String.fromCharCode(unit));
    FOLDED_UNITS[unit] = folded;
  }
  return folded;
}

function foldCharacter(char: string): number {
  const base = (char.normalize('NFD')[0] ?? char).replace(/[đĐ]/, 'd').toLowerCase();
  return (base.length === 1 ? base : char.toLowerCase().slice(0, 1)).charCodeAt(0);
}

/**
 * Each unit's fold up to the Latin, Vietnamese and punctuation range, computed once (0: not yet); higher units are
 * folded each time, so a hostile text cannot make the table grow.
 */
const FOLDED_UNITS = new Uint16Array(0x3000);
/** Reused for the short texts most folds are of (names, windows, paragraphs). */
const FOLD_BUFFER = new Uint16Array(4096);

/** A string from UTF-16 units, in chunks small enough for an argument list. */
function unitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 4096;
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let at = 0; at < length; at += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]);
  }
  return out;
}

/** Words that end an agency's name in "X chủ trì …", "X tăng cường …" when the directory does not know X. */
const VERB_CUES = [
  'chu tri', 'chu dong', 'phoi hop', 'tiep tuc', 'tap trung', 'tang cuong', 'thuc hien', 'ra soat', 'kiem tra',
  'xay dung', 'to chuc', 'don doc', 'tham muu', 'huong dan', 'trien khai', 'duy tri', 'bam sat', 'khan truong',
  'nghien cuu', 'theo doi', 'day nhanh', 'day manh', 'hoan thien', 'hoan thanh', 'bao cao', 'chi dao', 'quan tam',
  'co trach nhiem', 'can doi', 'bo tri', 'tiep thu', 'giai quyet', 'dam bao', 'lam viec', 'de xuat', 'phoi, ket hop',
  'cap nhat', 'tong hop', 'xu ly', 'phan bo', 'soan thao', 'trinh', 'xac dinh',
];
const VERB_CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${VERB_CUES.join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** The same, for matchAll (which copies the expression, so sharing it is safe). */
const VERB_CUES_ALL = new RegExp(VERB_CUE.source, 'gu');

/** Collective subjects that name no single agency ("Các cấp, các ngành", "Các chủ đầu tư", "Các sở, ban, ngành"). */
const COLLECTIVE =
  /^[Cc]ác\s+(?:cấp,?\s+các\s+ngành|chủ\s+đầu\s+tư|sở,?\s+(?:ban,?\s+)?ngành(?:,?\s+(?:đơn\s+vị|địa\s+phương))?(?:\s+(?:thuộc\s+)?tỉnh|\s+(?:có\s+)?liên\s+quan)?|cơ\s+quan,?\s+đơn\s+vị(?:\s+(?:có\s+)?liên\s+quan)?|cơ\s+quan(?:\s+(?:có\s+)?liên\s+quan)?|đơn\s+vị(?:\s+(?:có\s+)?liên\s+quan)?|địa\s+phương|ngành|cấp)(?![\p{L}\p{N}])/u;
/** Leads that are not state agencies and are named by their role alone: "Đề nghị Nhà đầu tư …". */
const ROLE_NAME = /^(?:Nhà\s+[Đđ]ầu\s+tư|Chủ\s+đầu\s+tư)(?![\p{L}\p{N}])/u;
/** Words that end an unknown name ("Nhà đầu tư của 02 dự án", "Ban X tại …"). */
const NAME_STOP = /\s(?:của|trong|tại|để|về|theo|có|đã|phải|cần|lập|nộp|gửi|thẩm\s+định|cùng|với|và\s+(?:các|những|địa\s+phương|đơn\s+vị))(?![\p{L}\p{N}])/u;
/** A name with a comma inside: "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh". */
const COMMA_IN_NAME = /^,\s*(\p{Lu}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*)*)\s+và\s+\p{Lu}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*)*/u;
/** An abbreviation in brackets right after a name: "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)". */
const ABBREVIATION = /^\s*\([\p{Lu}\d&.-]{2,12}\)/u;
/** "UBND các xã: A, B và C", "các Sở: A, B": an enumeration whose head prefixes every item. */
const NAMED_ENUMERATION =
  /^\s*(?:(UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+các\s+(xã|phường|huyện|thị\s+trấn)(?:,\s*(?:xã|phường|đặc\s+khu|thị\s+trấn))*|các\s+(sở|Sở|ban|Ban))\s*:\s*/u;
/**
 * One item of such an enumeration: it starts with a capital and runs to a comma, a "và" before a lower-case word, a
 * stop word or a verb ("Nông nghiệp và Môi trường", "Đinh Văn Lâm Hà").
 */
const ENUMERATION_ITEM = /^\p{Lu}[^,;:.()]*?(?=\s*(?:[,;:.()]|\svà\s+\p{Ll}|$))/u;
/** Between enumeration items. */
const ENUMERATION_GAP = /^\s*(?:,|;|và)\s*/u;
/** Most words an enumeration item has. */
const MAX_ITEM_WORDS = 7;
/** An unknown name longer than this is a sentence, not a name. */
const MAX_UNKNOWN_WORDS = 14;
/** Characters looked at for an unknown name (keeps the work per clause constant on very long paragraphs). */
const UNKNOWN_WINDOW = 200;

/** Longest text allowed between two names of a list (", và ", "Các Sở: "). */
const MAX_LIST_GAP = 24;
/** What may stand between two agencies of one list: commas, "và", "cùng". */
const LIST_GAP = /^[\s,;]*(?:(?:và|cùng|với)\s+)?$/iu;
/** An enumeration's head before its first item: "Các Sở: ", "các Ban "; its noun prefixes every item. */
const ENUMERATION_HEAD = /^\s*các\s+(sở|ban|huyện)\s*:?\s*$/iu;
/** "Giao", "Giao cho" before the lead agency. */
const ASSIGN = /(?<![\p{L}\p{N}])(?:[Gg]iao|GIAO|[Yy]êu\s+cầu|[Đđ]ề\s+nghị)(?:\s+cho)?\s+/gu;
/** What may open a task's text before its lead agency. */
const OPENING = /^\s*(?:(?:[Gg]iao|GIAO|[Yy]êu\s+cầu|[Đđ]ề\s+nghị|[Tt]rách\s+nhiệm\s+của|[Đđ]ối\s+với)(?:\s+cho)?\s+)?/u;
const COORDINATE = /(?<![\p{L}\p{N}])phoi hop(?:\s+chat che)?(?:\s+(?:voi|cung))?\s+/gu;

export class TaskAgencyReader {
  private readonly matcher: AgencyMatcher;
  private readonly spelling: (name: string) => SpellingMatch | undefined;

  constructor(directory: readonly Agency[]) {
    this.matcher = createAgencyMatcher(directory);
    this.spelling = createSpellingMatcher(directory);
  }

  /** An agency-like name the directory does not know as written: linked when it is a known name with a slip. */
  private unknownMatch(text: string): AgencyMatch {
    const close = this.spelling(text);
    if (!close) return { text };
    return { text, agencyId: close.agency.id, ...(close.exact ? {} : { directorySpelling: close.directoryName }) };
  }

  /** The agencies listed from `from` on: directory names and agency-like unknown names, separated by commas or "và". */
  listAt(text: string, from: number, mentions = this.matcher.mentions(text)): AgencyMatch[] {
    const found: AgencyMatch[] = [];
    let position = from;
    let prefix = '';
    const enumerated = this.enumerationAt(text, from, mentions);
    if (enumerated) {
      found.push(...enumerated.items);
      position = enumerated.end;
    }
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
      found.push(unknown.agencyLike ? this.unknownMatch(unknown.text) : { text: unknown.text });
      position = unknown.end;
    }
    return found;
  }

  /** "UBND các xã: Đức Trọng, Hiệp Thạnh" → "UBND xã Đức Trọng", "UBND xã Hiệp Thạnh"; "các Sở: Tài chính, Y tế" likewise. */
  private enumerationAt(
    text: string,
    from: number,
    mentions: AgencyMention[],
  ): { items: AgencyMatch[]; end: number } | undefined {
    const head = NAMED_ENUMERATION.exec(text.slice(from, from + UNKNOWN_WINDOW));
    if (!head) return undefined;
    const places = head[1] !== undefined;
    const prefix = places ? `${head[1]} ${head[2] ?? ''} ` : `${(head[3] ?? '').replace(/^s/u, 'S').replace(/^b/u, 'B')} `;
    const items: AgencyMatch[] = [];
    let position = from + head[0].length;
    for (;;) {
      const window = text.slice(position, position + UNKNOWN_WINDOW);
      const item = ENUMERATION_ITEM.exec(window);
      if (!item) break;
      let length = item[0].length;
      // Place names never hold "và" ("xã A và B" are two communes); department names may ("Nông nghiệp và Môi trường").
      const and = places ? /\svà\s/u.exec(item[0]) : null;
      if (and) length = and.index;
      // A stop word or a verb ends the item and the enumeration ("… Lâm Hà trong trường hợp …").
      let ended = false;
      const stop = NAME_STOP.exec(item[0]);
      const cue = this.verbCue(item[0]);
      for (const at of [stop?.index, cue]) {
        if (at !== undefined && at > 0 && at < length) {
          length = at;
          ended = true;
        }
      }
      const name = window.slice(0, length).trim();
      if (name === '' || name.split(/\s+/u).length > MAX_ITEM_WORDS) break;
      const known = mentions.find((mention) => mention.start === position);
      const named = prefix + name;
      items.push(known ? { text: named, agencyId: known.agency.id } : this.unknownMatch(named));
      position += name.length;
      if (ended) break;
      const gap = ENUMERATION_GAP.exec(text.slice(position, position + MAX_LIST_GAP));
      if (!gap) break;
      position += gap[0].length;
    }
    return items.length > 0 ? { items, end: position } : undefined;
  }

  /** `agencyLike`: named like an agency ("Trung tâm …"), not a collective subject or a role ("Nhà đầu tư"). */
  private unknownNameAt(text: string, from: number, mentions: AgencyMention[]): { text: string; end: number; agencyLike?: true } | undefined {
    const lead = /^[\s,;]*(?:(?:và|cùng|với)\s+)?/iu.exec(text.slice(from, from + UNKNOWN_WINDOW))?.[0] ?? '';
    const start = from + lead.length;
    const window = text.slice(start, start + UNKNOWN_WINDOW);
    const collective = COLLECTIVE.exec(window);
    if (collective) return { text: collective[0], end: start + collective[0].length };
    const role = ROLE_NAME.exec(window);
    if (role) return { text: role[0], end: start + role[0].length };
    if (!looksLikeAgencyName(window)) return undefined;
    // The name runs to the first verb, stop word, punctuation mark or known agency, whichever comes first.
    let limit = window.length;
    const cue = this.verbCue(window);
    if (cue !== undefined) limit = Math.min(limit, cue);
    const stop = NAME_STOP.exec(window);
    if (stop) limit = Math.min(limit, stop.index);
    // "… liên quan" ends an addressee: "UBND các xã liên quan xác định trách nhiệm …".
    const related = /\sliên\s+quan(?![\p{L}\p{N}])/u.exec(window);
    if (related) limit = Math.min(limit, related.index + related[0].length);
    const punctuation = /[,;.:()“”"!?]/.exec(window)?.index;
    let end = start + limit;
    if (punctuation !== undefined && punctuation < limit) {
      const inside = COMMA_IN_NAME.exec(window.slice(punctuation));
      if (inside && !looksLikeAgencyName(inside[1] ?? '')) {
        let extended = punctuation + inside[0].length;
        const after = /^\s*(?:tỉnh|thành\s+phố)(?![\p{L}])/u.exec(window.slice(extended));
        if (after) extended += after[0].length;
        end = start + Math.min(limit, extended);
      } else end = start + punctuation;
    }
    const known = firstFrom(mentions, start + 1);
    if (known) end = Math.min(end, known.start);
    // Cut before a known agency, the name keeps no conjunction: "Ban Quản lý dự án … số 1 và" + "Công an tỉnh".
    let name = text.slice(start, end).trim().replace(/[\s,;]+(?:và|cùng|với|hoặc)$/u, '');
    const abbreviation = ABBREVIATION.exec(text.slice(start + name.length, start + name.length + 20));
    if (abbreviation) name = text.slice(start, start + name.length + abbreviation[0].length);
    const words = name.split(/\s+/).length;
    if (name === '' || words > MAX_UNKNOWN_WORDS) return undefined;
    return { text: name, end: start + name.length, agencyLike: true };
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

    const opening = OPENING.exec(text)?.[0].length ?? 0;
    lead.push(...this.listAt(text, opening, mentions));
    for (const match of text.matchAll(ASSIGN)) {
      if (match.index === 0) continue;
      lead.push(...this.listAt(text, match.index + match[0].length, mentions));
    }
    for (const clause of folded.matchAll(/[.;]\s+/g)) {
      const start = clause.index + clause[0].length;
      // Only a list followed by "chủ trì" counts: without one further on, no later clause can lead.
      if (!folded.includes('chu tri', start)) break;
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

  /**
   * Where the first verb starts in a name's window; "xây dựng" after "đầu tư" belongs to the name ("Ban Quản lý dự
   * án đầu tư xây dựng số 1").
   */
  private verbCue(window: string): number | undefined {
    const folded = foldSameLength(window);
    for (const cue of folded.matchAll(VERB_CUES_ALL)) {
      if (cue[0] === 'xay dung' && /dau tu\s+$/u.test(folded.slice(0, cue.index))) continue;
      return cue.index;
    }
    return undefined;
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

/** Two matches name the same agency (the same directory entry, or the same words). */
export function sameMatch(a: AgencyMatch, b: AgencyMatch): boolean {
  return keyOf(a) === keyOf(b);
}

/** The matches without repeats, in order. */
export function uniqueMatches(matches: AgencyMatch[]): AgencyMatch[] {
  return unique(matches);
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
