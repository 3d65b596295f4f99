/**
 * Search queries and snippets. The index holds folded text (see storage/search-index.ts); the query is folded
 * the same way, and the matches FTS5 marks in the folded text are mapped back onto the original text, so the
 * snippet shows the real Vietnamese words with their diacritics.
 */
import type { SnippetPart } from '../../../shared/api';
import { foldVietnamese } from '../../../shared/text/fold';
import { foldWithOffsets } from '../storage/search-index';

export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';
const MAX_TERMS = 16;

/**
 * An FTS5 MATCH expression for what the user typed: every word must appear; the last one may be the start of a
 * word (typing "dau t" already finds "Đầu tư"). Words are quoted, so nothing typed is read as FTS5 syntax.
 * Undefined when the text has no word at all.
 */
export function buildMatchQuery(query: string): string | undefined {
  const terms = foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term !== '')
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return undefined;
  return terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`)).join(' ');
}

interface Range {
  start: number;
  end: number;
}

/** Matched ranges of the folded text, read from FTS5 highlight() output with MATCH_START/MATCH_END marks. */
function rangesFromHighlight(highlighted: string): { ranges: Range[]; length: number } {
  const ranges: Range[] = [];
  let index = 0;
  let start = -1;
  for (const unit of highlighted.split('')) {
    if (unit === MATCH_START) start = index;
    else if (unit === MATCH_END) {
      if (start >= 0 && index > start) ranges.push({ start, end: index });
      start = -1;
    } else index++;
  }
  return { ranges, length: index };
}

const BEFORE = 60;
const AFTER = 160;
/** Past this many matches, only the first ones are weighed for where the snippet should be. */
const MAX_WEIGHED = 400;

/**
 * The match the snippet is built around: the one followed (within the snippet's length) by the most different
 * words of the query, so "so y te" shows "Sở Y tế" rather than the first lone "sở".
 */
function bestMatch(original: string, ranges: Range[]): Range | undefined {
  let best: Range | undefined;
  let bestScore = -1;
  const weighed = ranges.slice(0, MAX_WEIGHED);
  weighed.forEach((range, i) => {
    const words = new Set<string>();
    for (let j = i; j < weighed.length && (weighed[j] as Range).start < range.start + AFTER; j++) {
      const r = weighed[j] as Range;
      foldVietnamese(original.slice(r.start, r.end)).split(' ').forEach((w) => words.add(w));
    }
    if (words.size > bestScore) {
      best = range;
      bestScore = words.size;
    }
  });
  return best;
}
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

/**
 * A short passage of `original` around the first match, as parts with the matched words marked.
 * `highlighted` is the folded text of `original` as FTS5 returned it with the matches marked.
 */
export function makeSnippet(original: string, highlighted: string): SnippetPart[] {
  const { folded, originalStart, originalEnd } = foldWithOffsets(original);
  const { ranges, length } = rangesFromHighlight(highlighted);
  const mapped: Range[] = [];
  // A stale highlight (text changed under it) gives no marks rather than wrong ones.
  if (length === folded.length) {
    for (const r of ranges) {
      const range = { start: originalStart[r.start] as number, end: originalEnd[r.end - 1] as number };
      const previous = mapped[mapped.length - 1];
      // Words matched one after the other are shown as one highlighted phrase.
      if (previous && /^\s*$/.test(original.slice(previous.end, range.start))) previous.end = range.end;
      else mapped.push(range);
    }
  }

  const first = bestMatch(original, mapped);
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
  for (const range of mapped) {
    if (range.end <= cursor || range.start >= end) continue;
    push(squeeze(original.slice(cursor, Math.max(cursor, range.start))), false);
    push(original.slice(Math.max(cursor, range.start), Math.min(end, range.end)), true);
    cursor = Math.min(end, range.end);
  }
  push(squeeze(original.slice(cursor, end)), false);
  if (end < original.length) push('…', false);
  return parts;
}
