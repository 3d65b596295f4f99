/**
 * Search queries and snippets. The index holds folded text (see storage/search-index.ts) and the query is folded
 * the same way. The snippet is cut from the original text: each folded query word becomes a pattern that accepts
 * every spelling folding to it (`dau` matches `Đầu`, `dâu`, `DẦU` …), so the snippet shows the real Vietnamese
 * words, with their diacritics, without folding the whole document again.
 */
import type { SnippetPart } from '../../../shared/api';
import { foldVietnamese } from '../../../shared/text/fold';

const MAX_TERMS = 16;

export interface ParsedQuery {
  /** The FTS5 MATCH expression: every word must appear; words are quoted, so nothing typed is FTS5 syntax. */
  match: string;
  /** The folded words. */
  terms: string[];
}

/** Undefined when the text has no word at all. */
export function parseQuery(query: string): ParsedQuery | undefined {
  const terms = [
    ...new Set(
      foldVietnamese(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((term) => term !== ''),
    ),
  ].slice(0, MAX_TERMS);
  if (terms.length === 0) return undefined;
  return { match: terms.map((term) => `"${term}"`).join(' '), terms };
}

/** For every folded letter, the characters (Latin, Vietnamese) that fold to it. */
const SPELLINGS = (() => {
  const spellings = new Map<string, string>();
  const ranges: [number, number][] = [
    [0x30, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      const folded = foldVietnamese(char);
      if (folded.length === 1 && /[\p{L}\p{N}]/u.test(folded)) spellings.set(folded, (spellings.get(folded) ?? '') + char);
    }
  }
  return spellings;
})();

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

/** A pattern matching the folded `term` in NFC text, however it is spelled (the caller checks word boundaries). */
function termPattern(term: string): string {
  const letters = [...term].map((letter) => {
    const spellings = SPELLINGS.get(letter);
    return spellings ? `[${escapeClass(spellings)}]` : letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return letters.join('');
}

const BEFORE = 60;
const AFTER = 160;

interface Range {
  start: number;
  end: number;
  /** Which query words the range holds, one bit per word (a query has at most MAX_TERMS words). */
  terms: number;
  /** How many words the range holds. */
  words: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const INLINE_SPACE = /^[^\S\n]*$/;
let cachedPattern: { key: string; pattern: RegExp; groupTerm: number[] } | undefined;

/**
 * One pattern for all the words of a query, compiled once per query (a search cuts many snippets). Each word is a
 * capturing group, so a match tells which word it is without folding the matched text again.
 */
function patternFor(terms: readonly string[]): { pattern: RegExp; groupTerm: number[] } {
  const key = terms.join(' ');
  if (cachedPattern?.key !== key) {
    // Longest first: at any position the longest word is tried before a shorter one that starts it.
    const groupTerm = terms.map((_, i) => i).sort((a, b) => (terms[b] as string).length - (terms[a] as string).length);
    const alternatives = groupTerm.map((i) => `(${termPattern(terms[i] as string)})`);
    cachedPattern = { key, pattern: new RegExp(alternatives.join('|'), 'g'), groupTerm };
  }
  return cachedPattern;
}

const popCount = (bits: number) => {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
};

/**
 * Where the query's words appear in `text` (NFC), words next to each other merged into one range. The scan stops
 * once one range holds every word of the query and the snippet's length after it has been read: no passage
 * further on can be better.
 */
export function findMatches(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const { pattern, groupTerm } = patternFor(terms);
  const all = 2 ** terms.length - 1;
  const ranges: Range[] = [];
  let complete: Range | undefined;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (complete && start > complete.end + AFTER) break;
    // Whole words only; checked here rather than by a lookbehind, which would run at every position of the text.
    if ((start > 0 && WORD_CHAR.test(text[start - 1] as string)) || (end < text.length && WORD_CHAR.test(text[end] as string))) {
      continue;
    }
    let group = 1;
    while (match[group] === undefined) group++;
    const term = 1 << (groupTerm[group - 1] as number);
    const previous = ranges[ranges.length - 1];
    // Not across a line break: each line of the text is a block of its own.
    if (previous && INLINE_SPACE.test(text.slice(previous.end, start))) {
      previous.end = end;
      previous.terms |= term;
      previous.words++;
    } else {
      ranges.push({ start, end, terms: term, words: 1 });
    }
    const range = ranges[ranges.length - 1] as Range;
    if (!complete && range.terms === all) complete = range;
  }
  return ranges;
}

/** Past this many matches, only the first ones are weighed for where the snippet should be. */
const MAX_WEIGHED = 400;

/**
 * The match the snippet is built around: the longest run of query words, then the one followed (within the
 * snippet's length) by the most different query words, so "so y te" shows "Sở Y tế" rather than a lone "sở".
 */
function bestMatch(ranges: Range[]): Range | undefined {
  let best: Range | undefined;
  let bestScore = -1;
  const weighed = ranges.slice(0, MAX_WEIGHED);
  weighed.forEach((range, i) => {
    let terms = 0;
    for (let j = i; j < weighed.length && (weighed[j] as Range).start < range.start + AFTER; j++) terms |= (weighed[j] as Range).terms;
    const score = popCount(terms) + 2 * range.words;
    if (score > bestScore) {
      best = range;
      bestScore = score;
    }
  });
  return best;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

/** A short passage of `original` around the best match of `terms`, as parts with the matched words marked. */
export function makeSnippet(text: string, terms: readonly string[]): SnippetPart[] {
  // Composed form, so each letter is one character whatever the keyboard typed (shown the same).
  const original = text.normalize('NFC');
  const ranges = findMatches(original, terms);
  const first = bestMatch(ranges);
  let start = first ? Math.max(0, first.start - BEFORE) : 0;
  let end = Math.min(original.length, (first ? first.end : 0) + AFTER);
  // Cut at spaces so no word is shown in half.
  if (start > 0) {
    const space = original.slice(start, first?.start ?? start).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  if (end < original.length) {
    const tail = original.slice(first?.end ?? 0, end);
    const lastSpace = tail.search(/\s\S*$/);
    if (lastSpace >= 0) end = (first?.end ?? 0) + lastSpace;
  }

  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  if (start > 0) push('…', false);
  let cursor = start;
  for (const range of ranges) {
    if (range.end <= cursor || range.start >= end) continue;
    push(squeeze(original.slice(cursor, Math.max(cursor, range.start))), false);
    push(original.slice(Math.max(cursor, range.start), Math.min(end, range.end)), true);
    cursor = Math.min(end, range.end);
  }
  push(squeeze(original.slice(cursor, end)), false);
  if (end < original.length) push('…', false);
  return parts;
}
