/**
 * The spelling check's knowledge: how often each syllable and each pair of neighbouring syllables occurs in the
 * texts it was built from (scripts/build-spelling-lexicon.ts), which syllables occur only capitalised (names,
 * places), and the abbreviations and document codes in use. Counted on canonical forms (lower case, NFC, one tone
 * placement), so "Hoà" and "hòa" are one word.
 */
import { analyseSyllable, canonicalSyllable, skeleton } from './syllable';
import { isCapitalised, tokenizeWords, upperCount } from './tokens';

export interface LexiconData {
  /** Syllables seen in lower case, with their counts. */
  words: Record<string, number>;
  /** Syllables seen only capitalised (names of people and places). */
  names: string[];
  /** Abbreviations and codes as written ("UBND", "NĐ", "TTg"). */
  abbreviations: string[];
  /** "a b" → how often b followed a within a phrase (abbreviations as written: "UBND tỉnh"). */
  bigrams: Record<string, number>;
  /** "a b" → how many of those times a spaced dash stood between them ("tế xã" in "kinh tế - xã hội"). */
  dashed: Record<string, number>;
}

/** A word of the text, as the lexicon sees it. */
export type WordKind = 'abbreviation' | 'syllable' | 'other';

export function classifyWord(word: string): { kind: WordKind; canonical?: string } {
  if (upperCount(word) >= 2) {
    const canonical = canonicalSyllable(word);
    // A word in capitals ("THÔNG BÁO") is a syllable; letters that are no syllable are an abbreviation.
    return canonical !== undefined && analyseSyllable(word).problem === undefined && /[^\p{ASCII}]/u.test(word)
      ? { kind: 'syllable', canonical }
      : { kind: 'abbreviation' };
  }
  const canonical = canonicalSyllable(word);
  return canonical === undefined ? { kind: 'other' } : { kind: 'syllable', canonical };
}

export function buildLexiconCounts(texts: readonly string[]): LexiconData {
  const words = new Map<string, number>();
  const capitalised = new Set<string>();
  /** Capitalised only because a sentence starts with them: ordinary words unless seen as names elsewhere. */
  const sentenceInitial = new Set<string>();
  const abbreviations = new Set<string>();
  const bigrams = new Map<string, number>();
  const dashed = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const text of texts) {
    let previous: string | undefined;
    for (const token of tokenizeWords(text.normalize('NFC'))) {
      const { kind, canonical } = classifyWord(token.text);
      if (kind === 'abbreviation') {
        abbreviations.add(token.text);
        if (previous !== undefined && token.joinedToPrevious) add(bigrams, `${previous} ${token.text}`);
        previous = token.text;
        continue;
      }
      if (kind !== 'syllable' || canonical === undefined || analyseSyllable(token.text).problem !== undefined) {
        previous = undefined;
        continue;
      }
      if (isCapitalised(token.text) && !token.sentenceStart) capitalised.add(canonical);
      else if (isCapitalised(token.text)) sentenceInitial.add(canonical);
      else if (!isCapitalised(token.text) && upperCount(token.text) === 0) words.set(canonical, (words.get(canonical) ?? 0) + 1);
      else if (upperCount(token.text) >= 2) words.set(canonical, (words.get(canonical) ?? 0) + 1);
      if (previous !== undefined && token.joinedToPrevious) {
        add(bigrams, `${previous} ${canonical}`);
        if (token.dashBefore) add(dashed, `${previous} ${canonical}`);
      }
      previous = canonical;
    }
  }
  for (const word of sentenceInitial) if (!words.has(word) && !capitalised.has(word)) words.set(word, 1);
  const sorted = <T>(map: Map<string, T>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    words: sorted(words),
    names: [...capitalised].filter((name) => !words.has(name)).sort(),
    abbreviations: [...abbreviations].sort(),
    bigrams: sorted(bigrams),
    dashed: sorted(dashed),
  };
}

/** The lexicon ready for look-ups, with the user's own words added. */
export interface SpellingModel {
  isWord(canonical: string): boolean;
  isName(canonical: string): boolean;
  isAbbreviation(word: string): boolean;
  /** A word of the user's dictionary: accepted as it is, never questioned in its context. */
  isUserWord(canonical: string): boolean;
  count(canonical: string): number;
  pairCount(first: string, second: string): number;
  /** How often the pair was written with a spaced dash between. */
  dashedCount(first: string, second: string): number;
  /** Known syllables sharing the letters of `skeletonKey` (any marks). */
  withSkeleton(skeletonKey: string): readonly string[];
  /** Words seen right after `first`, with counts. */
  followers(first: string): ReadonlyMap<string, number>;
  abbreviations(): readonly string[];
  /** Totals for smoothing. */
  totalWords: number;
  vocabularySize: number;
}

/**
 * `dictionaryWords`: a plain list of syllables (no counts) known beside the lexicon; `userWords`: the user's
 * dictionary (words, names, abbreviations as typed).
 */
export function createSpellingModel(data: LexiconData, userWords: readonly string[] = [], dictionaryWords: readonly string[] = []): SpellingModel {
  const words = new Map(Object.entries(data.words));
  const names = new Set(data.names);
  const abbreviations = new Set(data.abbreviations);
  for (const entry of dictionaryWords) {
    const canonical = canonicalSyllable(entry.normalize('NFC'));
    if (canonical === undefined || analyseSyllable(entry).problem !== undefined) continue;
    if (isCapitalised(entry)) names.add(canonical);
    else if (upperCount(entry) === 0 && !words.has(canonical)) words.set(canonical, 0);
  }
  const own = new Set<string>();
  for (const entry of userWords) {
    for (const token of tokenizeWords(entry.normalize('NFC'))) {
      const { kind, canonical } = classifyWord(token.text);
      if (canonical !== undefined) own.add(canonical);
      if (kind === 'abbreviation') abbreviations.add(token.text);
      else if (canonical !== undefined && isCapitalised(token.text)) names.add(canonical);
      else if (canonical !== undefined) words.set(canonical, (words.get(canonical) ?? 0) + 1);
    }
  }
  const pairs = new Map<string, number>();
  const followers = new Map<string, Map<string, number>>();
  const contexts = new Map<string, number>();
  for (const [pair, count] of Object.entries(data.bigrams)) {
    pairs.set(pair, count);
    const [first = '', second = ''] = pair.split(' ');
    let map = followers.get(first);
    if (!map) followers.set(first, (map = new Map()));
    map.set(second, count);
    contexts.set(first, (contexts.get(first) ?? 0) + count);
  }
  const bySkeleton = new Map<string, string[]>();
  for (const word of [...words.keys(), ...names]) {
    const key = skeleton(word);
    const list = bySkeleton.get(key);
    if (list) list.push(word);
    else bySkeleton.set(key, [word]);
  }
  let totalWords = 0;
  for (const count of words.values()) totalWords += count;
  const empty = new Map<string, number>();
  return {
    isWord: (canonical) => words.has(canonical),
    isName: (canonical) => names.has(canonical),
    isAbbreviation: (word) => abbreviations.has(word),
    isUserWord: (canonical) => own.has(canonical),
    count: (canonical) => words.get(canonical) ?? 0,
    pairCount: (first, second) => pairs.get(`${first} ${second}`) ?? 0,
    dashedCount: (first, second) => data.dashed[`${first} ${second}`] ?? 0,
    withSkeleton: (key) => bySkeleton.get(key) ?? [],
    followers: (first) => followers.get(first) ?? empty,
    abbreviations: () => [...abbreviations],
    totalWords,
    vocabularySize: words.size + names.size,
  };
}
