/**
 * Finding the agencies a piece of notice text names, against the directory.
 *
 * Text and names are compared as sequences of folded words (see agencyKey): case, diacritics (`đ` = `d`), spacing
 * and punctuation do not matter, and `&` reads as `và`, so "Sở NN&PTNT", "sở nn và ptnt" and "SỞ NN - PTNT" are one
 * name, as are "Sở Lao động - Thương binh và Xã hội" and "Sở Lao động Thương binh và Xã hội". Matches are whole
 * words only ("Công an tỉnh" never matches inside "Công an huyện …") and the longest name wins where several
 * start at the same word ("Văn phòng UBND tỉnh" over "UBND tỉnh").
 */
import { foldVietnamese } from '../text/fold';
import type { Agency } from './schema';

interface Token {
  /** The folded word. */
  word: string;
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/u;
const AND_WORD = 'va';

/** What a character is to a word: its fold when it is a letter or digit, a combining mark, or neither. */
type WordPart = string | typeof MARK | typeof NOT_IN_WORD;
const MARK = 1;
const NOT_IN_WORD = 0;

function wordPart(char: string): WordPart {
  if (LETTER_OR_DIGIT.test(char)) return foldVietnamese(char);
  return COMBINING_MARK.test(char) ? MARK : NOT_IN_WORD;
}

/**
 * Each UTF-16 unit's word part up to the Latin, Vietnamese and punctuation range, computed once (undefined: not
 * yet). Looking units up by number allocates nothing; a string per Vietnamese letter dominated long imports.
 * Higher units and surrogate pairs are worked out each time, so a hostile text cannot make the table grow.
 */
const WORD_PARTS: (WordPart | undefined)[] = new Array<WordPart | undefined>(0x3000).fill(undefined);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  /** Where the word being read starts (-1: between words), and its folded letters so far. */
  let start = -1;
  let word = '';
  const close = (at: number) => {
    if (start >= 0) {
      tokens.push({ word, start, end: at });
      start = -1;
    }
  };
  const length = text.length;
  let index = 0;
  while (index < length) {
    const unit = text.charCodeAt(index);
    let next = index + 1;
    let part: WordPart;
    if (unit < WORD_PARTS.length) {
      part = WORD_PARTS[unit] ?? (WORD_PARTS[unit] = wordPart(text.charAt(index)));
    } else {
      const low = text.charCodeAt(next);
      if (unit >= 0xd800 && unit < 0xdc00 && low >= 0xdc00 && low < 0xe000) next += 1;
      part = wordPart(text.slice(index, next));
    }
    if (typeof part === 'string') {
      if (start < 0) {
        start = index;
        word = '';
      }
      word += part;
    } else if (start >= 0 && part === MARK) {
      // A decomposed diacritic belongs to the word it follows; folding drops it.
    } else if (unit === 0x26 /* & */) {
      close(index);
      tokens.push({ word: AND_WORD, start: index, end: next });
    } else {
      close(index);
    }
    index = next;
  }
  close(index);
  return tokens;
}

/** The original characters between token `at` and the one before it (or the text's start). */
function gapBefore(text: string, tokens: Token[], at: number): string {
  return text.slice(tokens[at - 1]?.end ?? 0, tokens[at]?.start ?? text.length);
}

/** The normal form two names are compared in: folded words joined by single spaces ("so nn va ptnt"). */
export function agencyKey(text: string): string {
  return tokenize(text)
    .map((token) => token.word)
    .join(' ');
}

/** One place in a text where an agency is named. */
export interface AgencyMention {
  agency: Agency;
  /** The words as written, e.g. "Sở Nông nghiệp và PTNT", or "Tài chính" in "Các Sở: …, Tài chính, …". */
  text: string;
  start: number;
  end: number;
}

/**
 * Enumerations that name several agencies after one collective head, without repeating the common word:
 * "Các Sở: Kế hoạch và Đầu tư, Tài chính, Xây dựng" means "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Xây dựng".
 */
const ENUMERATIONS: { head: string[]; prefix: string[] }[] = [
  { head: ['cac', 'so'], prefix: ['so'] },
  { head: ['cac', 'ban'], prefix: ['ban'] },
  { head: ['cac', 'huyen'], prefix: ['ubnd', 'huyen'] },
];
const ITEM_SEPARATOR = /[,;]/;
/** The first words of the enumeration heads ("cac"). */
const ENUMERATION_OPENINGS = new Set(ENUMERATIONS.map(({ head }) => head[0]));

interface IndexedName {
  words: string[];
  agency: Agency;
}

export interface AgencyMatcher {
  /** Every mention in the text, in order of appearance, without overlaps. */
  mentions(text: string): AgencyMention[];
  /** The agencies the text names, in order of first appearance, each once. */
  find(text: string): Agency[];
  /** The one agency the text names (e.g. a name typed in a field); undefined when it names none or several. */
  match(text: string): Agency | undefined;
}

/** A matcher over a directory; build it once when matching many texts against the same directory. */
export function createAgencyMatcher(directory: readonly Agency[]): AgencyMatcher {
  // Names indexed by their first word, longest first, so the first hit at a position is the longest.
  const index = new Map<string, IndexedName[]>();
  for (const agency of directory) {
    for (const name of [agency.name, agency.shortName, ...agency.aliases]) {
      const words = agencyKey(name).split(' ').filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      list.push({ words, agency });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);

  /** The longest name equal to `prefix` followed by the text's words from `at`; `length` counts text words. */
  function longestAt(tokens: Token[], at: number, prefix?: readonly string[]): { agency: Agency; length: number } | undefined {
    const prefixLength = prefix?.length ?? 0;
    const first = prefix?.[0] ?? tokens[at]?.word;
    if (first === undefined) return undefined;
    // Plain loops, no closures: this runs at every word of every text an import reads.
    candidates: for (const candidate of index.get(first) ?? []) {
      const length = candidate.words.length - prefixLength;
      if (length <= 0 || at + length > tokens.length) continue;
      for (let k = 0; k < candidate.words.length; k++) {
        const word = k < prefixLength ? prefix?.[k] : tokens[at + k - prefixLength]?.word;
        if (candidate.words[k] !== word) continue candidates;
      }
      return { agency: candidate.agency, length };
    }
    return undefined;
  }

  function mention(text: string, tokens: Token[], from: number, length: number, agency: Agency): AgencyMention {
    const start = tokens[from]?.start ?? 0;
    const end = tokens[from + length - 1]?.end ?? start;
    return { agency, text: text.slice(start, end), start, end };
  }

  /** The items of an enumeration whose head starts at `at`, and the index of the word after it; undefined for none. */
  function enumerationAt(text: string, tokens: Token[], at: number): { items: AgencyMention[]; next: number } | undefined {
    for (const { head, prefix } of ENUMERATIONS) {
      if (head.some((word, k) => tokens[at + k]?.word !== word)) continue;
      const items: AgencyMention[] = [];
      let position = at + head.length;
      for (;;) {
        const direct = longestAt(tokens, position);
        const found = direct ?? longestAt(tokens, position, prefix);
        if (!found) break;
        items.push(mention(text, tokens, position, found.length, found.agency));
        position += found.length;
        const following = tokens[position];
        if (following && ITEM_SEPARATOR.test(gapBefore(text, tokens, position))) continue;
        if (following?.word === AND_WORD) {
          position += 1;
          continue;
        }
        break;
      }
      if (items.length > 0) return { items, next: position };
    }
    return undefined;
  }

  function mentions(text: string): AgencyMention[] {
    const tokens = tokenize(text);
    const found: AgencyMention[] = [];
    let at = 0;
    while (at < tokens.length) {
      const direct = longestAt(tokens, at);
      if (direct) {
        found.push(mention(text, tokens, at, direct.length, direct.agency));
        at += direct.length;
        continue;
      }
      // An enumeration's head is "các …": only such a word is worth trying.
      const enumeration = ENUMERATION_OPENINGS.has(tokens[at]?.word) ? enumerationAt(text, tokens, at) : undefined;
      if (enumeration) {
        found.push(...enumeration.items);
        at = enumeration.next;
      } else at += 1;
    }
    return found;
  }

  function find(text: string): Agency[] {
    const seen = new Set<Agency>();
    for (const { agency } of mentions(text)) seen.add(agency);
    return [...seen];
  }

  function match(text: string): Agency | undefined {
    const agencies = find(text);
    return agencies.length === 1 ? agencies[0] : undefined;
  }

  return { mentions, find, match };
}

/** The one agency `text` names, e.g. "Sở NN&PTNT" or "Giao Sở Nông nghiệp và PTNT:"; undefined for none or several. */
export function matchAgency(text: string, directory: readonly Agency[]): Agency | undefined {
  return createAgencyMatcher(directory).match(text);
}

/** All agencies a sentence names, in order of first appearance, each once. */
export function findAgencies(text: string, directory: readonly Agency[]): Agency[] {
  return createAgencyMatcher(directory).find(text);
}

/** Every place a sentence names an agency, with the words as written. */
export function findAgencyMentions(text: string, directory: readonly Agency[]): AgencyMention[] {
  return createAgencyMatcher(directory).mentions(text);
}
