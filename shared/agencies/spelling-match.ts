/**
 * Matching an agency name with a typing slip ("Trung tâm Xúc đầu tư" for "Trung tâm Xúc tiến Đầu tư") to its
 * directory entry: an edit distance over the names' folded words, where a word missing, added, or mistyped by a
 * letter counts one. Hand-written: the libraries on npm measure letters in strings; a distance over words whose
 * substitution cost depends on how close the two words are is this short dynamic programme.
 */
import { agencyKey } from './match';
import type { Agency } from './schema';

export interface SpellingMatch {
  agency: Agency;
  /** The directory's spelling that was closest (the name, the short name or an alias). */
  directoryName: string;
  /** The same words but for a "tỉnh" at the end: not a slip, nothing to review. */
  exact: boolean;
}

/** Letters two words may differ by and still be one word mistyped: none for short words (place names "Tè", "Mô"). */
function typoAllowance(length: number): number {
  if (length >= 6) return 2;
  if (length >= 4) return 1;
  return 0;
}

/** Letter edit distance of two short words, stopping early above `limit`. */
function letterDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Word edit distance: a word added or left out costs 1, a word mistyped 1, two different words 2. */
function wordDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] ?? '';
      const y = b[j - 1] ?? '';
      const allowance = typoAllowance(Math.min(x.length, y.length));
      const substitution = x === y ? 0 : letterDistance(x, y, allowance) <= allowance ? 1 : 2;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? Number.POSITIVE_INFINITY;
}

/** The words of a name without a trailing "tỉnh …" (notices write "Trung tâm … tỉnh" or leave "tỉnh" out). */
function nameWords(name: string): string[] {
  const words = agencyKey(name).split(' ').filter((word) => word !== '');
  const province = words.lastIndexOf('tinh');
  return province > 0 && words.length - province <= 3 ? words.slice(0, province) : words;
}

/** Slips allowed in a name of this many words: none below 4 words (too many real names differ by one word there). */
function slipsAllowed(words: number): number {
  if (words >= 8) return 2;
  if (words >= 4) return 1;
  return 0;
}

/**
 * Finds, for a name the directory does not know as written, the one entry it names but for a "tỉnh" at the end or
 * is a misspelling of (none when two entries are as close).
 */
export function createSpellingMatcher(directory: readonly Agency[]): (name: string) => SpellingMatch | undefined {
  const entries = directory.flatMap((agency) =>
    [agency.name, agency.shortName, ...agency.aliases]
      .filter((name): name is string => !!name)
      .map((name) => ({ agency, name, words: nameWords(name) })),
  );
  return (name) => {
    const words = nameWords(name);
    const allowed = slipsAllowed(words.length);
    if (words.length === 0) return undefined;
    let best: { entry: (typeof entries)[number]; distance: number } | undefined;
    let tied = false;
    for (const entry of entries) {
      if (Math.abs(entry.words.length - words.length) > allowed) continue;
      const distance = wordDistance(words, entry.words);
      if (distance > allowed) continue;
      if (best === undefined || distance < best.distance) {
        best = { entry, distance };
        tied = false;
      } else if (distance === best.distance && best.entry.agency.id !== entry.agency.id) tied = true;
    }
    return best && !tied ? { agency: best.entry.agency, directoryName: best.entry.name, exact: best.distance === 0 } : undefined;
  };
}
