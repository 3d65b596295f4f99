/**
 * The spelling check of one text: each word is a syllable that must exist (./syllable.ts), a known word or name,
 * or an abbreviation; a known word is also weighed against its look-alikes in its context (a word-pair model), so
 * that "nhiệm vu", "kinh phi", "một sổ" are found although every syllable exists. Suggestions are ranked by how
 * well they fit between the neighbouring words and how small the typing change is (a noisy-channel ranking).
 */
import type { SpellingModel } from './lexicon';
import { analyseSyllable, canonicalSyllable, skeleton, toneOf, toneless, type SyllableProblem } from './syllable';
import { isCapitalised, tokenizeWords, upperCount, type WordToken } from './tokens';

export type SpellingIssueKind = 'invalid' | 'unknown' | 'context' | 'missing-word' | 'abbreviation' | 'dash' | 'word-order';

export interface SpellingIssue {
  kind: SpellingIssueKind;
  start: number;
  end: number;
  word: string;
  problem?: SyllableProblem;
  /** Replacements for word, best first. */
  suggestions: string[];
}

/** Cost of one changed mark (tone, hat, horn, breve, đ) and of one changed letter, in the channel's units. */
const MARK_COST = 1;
const LETTER_COST = 1.6;
/** log-probability of one unit of typing change. */
const LOG_CHANNEL = Math.log(0.01);
/** How much better a look-alike must fit before a known word is questioned (log units). */
const CONTEXT_MARGIN = 0.5;
/** A word is taken as left out after a word followed by it at least this often, and this share of the time. */
const MISSING_MIN_COUNT = 8;
const MISSING_MIN_SHARE = 0.65;
const DISCOUNT = 0.75;
const LETTERS = 'abcdeghiklmnopqrstuvxy';

function damerau(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((d[i - 1]?.[j] ?? 0) + 1, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return d[a.length]?.[b.length] ?? 0;
}

const costs = new Map<string, number>();

/** The typing change from `word` (canonical) to `candidate` (canonical), in channel units. */
export function changeCost(word: string, candidate: string): number {
  const key = `${word} ${candidate}`;
  let cost = costs.get(key);
  if (cost === undefined) {
    cost = computeChangeCost(word, candidate);
    if (costs.size > 100000) costs.clear();
    costs.set(key, cost);
  }
  return cost;
}

function computeChangeCost(word: string, candidate: string): number {
  const letters = damerau(skeleton(word), skeleton(candidate));
  let marks = toneOf(word) === toneOf(candidate) ? 0 : 1;
  const a = [...toneless(word)];
  const b = [...toneless(candidate)];
  if (letters === 0) {
    a.forEach((char, i) => {
      if (char !== b[i]) marks++;
    });
  } else {
    const marked = (chars: string[]) => chars.filter((c) => /[ăâêôơưđ]/u.test(c)).sort().join('');
    if (marked(a) !== marked(b)) marks++;
  }
  return letters * LETTER_COST + marks * MARK_COST;
}

/** Every known syllable one letter edit (or only marks) away from `canonical`. */
function lookAlikes(canonical: string, model: SpellingModel): string[] {
  const key = skeleton(canonical);
  const keys = new Set<string>([key]);
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length) keys.add(key.slice(0, i) + key.slice(i + 1));
    if (i < key.length - 1) keys.add(key.slice(0, i) + (key[i + 1] ?? '') + (key[i] ?? '') + key.slice(i + 2));
    for (const letter of LETTERS) {
      keys.add(key.slice(0, i) + letter + key.slice(i));
      if (i < key.length) keys.add(key.slice(0, i) + letter + key.slice(i + 1));
    }
  }
  const found: string[] = [];
  for (const k of keys) for (const word of model.withSkeleton(k)) if (word !== canonical) found.push(word);
  return found;
}

/** The interpolated word-pair model: log P(second | first). */
function createScorer(model: SpellingModel) {
  const unigram = (word: string) => Math.log((model.count(word) + 0.5) / (model.totalWords + 0.5 * model.vocabularySize));
  const contextTotals = new Map<string, { total: number; kinds: number }>();
  const context = (first: string) => {
    let totals = contextTotals.get(first);
    if (!totals) {
      let total = 0;
      for (const count of model.followers(first).values()) total += count;
      totals = { total, kinds: model.followers(first).size };
      contextTotals.set(first, totals);
    }
    return totals;
  };
  const pair = (first: string | undefined, second: string): number => {
    if (first === undefined) return unigram(second);
    const { total, kinds } = context(first);
    if (total === 0) return unigram(second);
    const seen = Math.max(model.pairCount(first, second) - DISCOUNT, 0);
    return Math.log((seen + DISCOUNT * kinds * Math.exp(unigram(second))) / total);
  };
  /** How well `word` fits between its neighbours. */
  const fit = (previous: string | undefined, word: string, next: string | undefined) =>
    pair(previous, word) + (next === undefined ? 0 : pair(word, next) - unigram(next));
  return { fit, pair, unigram };
}

/** The suggestion written like the word it replaces: "Bảo" → "Báo", "SỔ" → "SỐ". */
function matchCase(original: string, suggestion: string): string {
  if (upperCount(original) >= 2) return suggestion.toLocaleUpperCase('vi');
  if (isCapitalised(original)) return (suggestion[0] ?? '').toLocaleUpperCase('vi') + suggestion.slice(1);
  return suggestion;
}

interface Ranked {
  text: string;
  score: number;
}

export interface SpellingChecker {
  check(text: string): SpellingIssue[];
}

export function createSpellingChecker(model: SpellingModel): SpellingChecker {
  const scorer = createScorer(model);
  const analyses = new Map<string, { canonical?: string; problem?: SyllableProblem }>();
  const analyse = (word: string) => {
    let result = analyses.get(word);
    if (!result) {
      const { syllable, problem } = analyseSyllable(word);
      result = { canonical: syllable ? canonicalSyllable(word) : undefined, problem };
      if (analyses.size > 20000) analyses.clear();
      analyses.set(word, result);
    }
    return result;
  };
  const alikes = new Map<string, string[]>();
  const lookAlikesOf = (canonical: string) => {
    let list = alikes.get(canonical);
    if (!list) {
      list = lookAlikes(canonical, model);
      if (alikes.size > 20000) alikes.clear();
      alikes.set(canonical, list);
    }
    return list;
  };

  const isKnown = (canonical: string, token: WordToken) =>
    model.isWord(canonical) || ((isCapitalised(token.text) || upperCount(token.text) >= 2) && model.isName(canonical));

  /** Look-alikes of a word ranked by fit + channel; the word itself is scored in `own`. */
  function rank(word: string, previous: string | undefined, next: string | undefined, allowNames: boolean): Ranked[] {
    const ranked: Ranked[] = [];
    for (const candidate of lookAlikesOf(word)) {
      if (!model.isWord(candidate) && !allowNames) continue;
      const score = scorer.fit(previous, candidate, next) + changeCost(word, candidate) * LOG_CHANNEL;
      ranked.push({ text: candidate, score });
    }
    return ranked.sort((a, b) => b.score - a.score);
  }

  /** Words a letter-less slip ran together: "tổchức" → "tổ chức". */
  function splits(raw: string, previous: string | undefined, next: string | undefined): Ranked[] {
    const chars = [...raw.toLowerCase()];
    const out: Ranked[] = [];
    for (let i = 1; i < chars.length; i++) {
      const left = canonicalSyllable(chars.slice(0, i).join(''));
      const right = canonicalSyllable(chars.slice(i).join(''));
      if (!left || !right || !model.isWord(left) || !model.isWord(right)) continue;
      const score = scorer.pair(previous, left) + scorer.pair(left, right) + (next === undefined ? 0 : scorer.pair(right, next) - scorer.unigram(next)) + LOG_CHANNEL;
      out.push({ text: `${left} ${right}`, score });
    }
    return out;
  }

  function checkAbbreviation(token: WordToken): SpellingIssue | undefined {
    if (model.isAbbreviation(token.text) || token.text.length < 3) return undefined;
    const upper = token.text.toLocaleUpperCase('vi');
    const near = model
      .abbreviations()
      .filter((known) => known.length >= 3 && Math.abs(known.length - upper.length) <= 1 && damerau(known, upper) === 1)
      .sort();
    // "LJBND" for "UBND": a scanner reads U as LJ; one letter more and one changed.
    const scanned = model.abbreviations().filter((known) => known.length >= 3 && upper.replace(/LJ/gu, 'U').replace(/0/gu, 'O') === known && upper !== known);
    const suggestions = [...new Set([...scanned, ...near])];
    if (suggestions.length === 0) return undefined;
    return { kind: 'abbreviation', start: token.start, end: token.end, word: token.text, suggestions };
  }

  /** "tháng 3 cuối năm" for "3 tháng cuối năm": a count of months written as a month. */
  function wordOrder(text: string): SpellingIssue[] {
    const issues: SpellingIssue[] = [];
    for (const match of text.matchAll(/(?<!\d\s?)(tháng)\s+(\d{1,2})\s+(đầu|cuối)\s+năm/giu)) {
      const swapped = `${match[2] ?? ''} ${match[1] ?? ''}`;
      const start = match.index ?? 0;
      issues.push({ kind: 'word-order', start, end: start + (match[1] ?? '').length + 1 + (match[2] ?? '').length, word: `${match[1] ?? ''} ${match[2] ?? ''}`, suggestions: [swapped] });
    }
    return issues;
  }

  /** Results per text: the editor re-checks a whole notice after each pause, and most of it has not changed. */
  const results = new Map<string, SpellingIssue[]>();
  function check(text: string): SpellingIssue[] {
    let found = results.get(text);
    if (!found) {
      found = checkUncached(text);
      if (results.size > 20000) results.clear();
      results.set(text, found);
    }
    return found.map((issue) => ({ ...issue, suggestions: [...issue.suggestions] }));
  }

  function checkUncached(text: string): SpellingIssue[] {
    const normalised = text.normalize('NFC');
    const tokens = tokenizeWords(normalised);
    const issues: SpellingIssue[] = [];
    // Pass 1: each word on its own. Abbreviations are context as written; other words by their canonical form.
    const context: (string | undefined)[] = tokens.map((token) => {
      if (upperCount(token.text) >= 2 && model.isAbbreviation(token.text)) return token.text;
      return analyse(token.text).canonical;
    });
    const neighbours = (index: number) => ({
      previous: tokens[index]?.joinedToPrevious ? context[index - 1] : undefined,
      next: tokens[index + 1]?.joinedToPrevious ? context[index + 1] : undefined,
    });
    const settled = new Map<number, SpellingIssue>();
    tokens.forEach((token, index) => {
      const raw = token.text;
      const caps = upperCount(raw);
      if (caps >= 2 && model.isAbbreviation(raw)) return;
      const { canonical, problem } = analyse(raw);
      if (problem === 'not-letters') return;
      if (caps >= 2 && (canonical === undefined || (!/[^\p{ASCII}]/u.test(raw) && !model.isWord(canonical)))) {
        // Capitals that are no known word: an abbreviation or a code, checked against the known ones.
        const issue = checkAbbreviation(token);
        if (issue) {
          settled.set(index, issue);
          context[index] = issue.suggestions[0];
        }
        return;
      }
      const named = caps >= 1 && !token.sentenceStart;
      const { previous, next } = neighbours(index);
      if (problem !== undefined || canonical === undefined) {
        // Letters no Vietnamese syllable has, without Vietnamese marks, are a foreign word, a unit or a list mark
        // ("Unicode", "mm", "b)"), unless a known word has just those letters (typed without its marks: "nguoi").
        if (raw.length < 2 || token.hyphenated) return;
        if (!/[^\p{ASCII}]/u.test(raw) && model.withSkeleton(skeleton(raw)).length === 0) return;
        // Ethnic place names keep a final k ("Đắk Lắk").
        if (named && /k$/u.test(raw) && analyseSyllable(raw.replace(/k$/u, 'c')).problem === undefined) return;
        // No such syllable: suggest the nearest known words (a wrong tone, a vowel, a letter, a missing space).
        const base = canonical ?? raw.toLowerCase();
        const ranked = [...rank(base, previous, next, named), ...splits(raw, previous, next)].sort((a, b) => b.score - a.score);
        // The tone on the wrong vowel: the same word with the tone moved comes first.
        const moved = problem === 'tone-position' && canonical !== undefined ? [canonical] : [];
        const suggestions = [...moved, ...ranked.map((r) => r.text).filter((text) => !moved.includes(text))].slice(0, 5);
        settled.set(index, { kind: 'invalid', start: token.start, end: token.end, word: raw, problem: problem ?? 'bad-rhyme', suggestions: suggestions.map((text) => matchCase(raw, text)) });
        context[index] = suggestions[0];
        return;
      }
      if (isKnown(canonical, token) || named) return;
      // An unknown word is reported when a known look-alike is close and used: it fits a neighbour, or it is common.
      const ranked = [...rank(canonical, previous, next, false), ...splits(raw, previous, next)].sort((a, b) => b.score - a.score);
      const best = ranked[0];
      if (best && (changeCost(canonical, best.text.split(' ')[0] ?? '') <= 2 * LETTER_COST)) {
        settled.set(index, { kind: 'unknown', start: token.start, end: token.end, word: raw, suggestions: ranked.slice(0, 5).map((r) => matchCase(raw, r.text)) });
        context[index] = best.text.split(' ').at(-1);
      }
    });
    // Pass 2: known words in context, the neighbours read as corrected by pass 1.
    tokens.forEach((token, index) => {
      const settledIssue = settled.get(index);
      if (settledIssue) {
        issues.push(settledIssue);
        return;
      }
      const canonical = context[index];
      if (canonical === undefined || (upperCount(token.text) >= 2 && model.isAbbreviation(token.text))) return;
      if (!isKnown(canonical, token) || model.isUserWord(canonical)) return;
      const { previous, next } = neighbours(index);
      const unseenBefore = previous !== undefined && model.pairCount(previous, canonical) === 0;
      const unseenAfter = next !== undefined && model.pairCount(canonical, next) === 0;
      if (token.dashBefore === false && previous !== undefined && !unseenBefore && model.dashedCount(previous, canonical) >= 2 && model.dashedCount(previous, canonical) >= 0.75 * model.pairCount(previous, canonical)) {
        const gapStart = tokens[index - 1]?.end ?? token.start;
        issues.push({ kind: 'dash', start: gapStart, end: token.start, word: normalised.slice(gapStart, token.start), suggestions: [' - '] });
        return;
      }
      if (!unseenBefore && !unseenAfter) return;
      const named = upperCount(token.text) >= 1 && !token.sentenceStart;
      const ownFit = scorer.fit(previous, canonical, next);
      const ranked = rank(canonical, previous, next, named);
      const best = ranked[0];
      const bestSeen = best !== undefined && ((previous !== undefined && model.pairCount(previous, best.text) > 0) || (next !== undefined && model.pairCount(best.text, next) > 0));
      if (best && bestSeen && best.score > ownFit + CONTEXT_MARGIN) {
        issues.push({ kind: 'context', start: token.start, end: token.end, word: token.text, suggestions: ranked.filter((r) => r.score > ownFit).slice(0, 5).map((r) => matchCase(token.text, r.text)) });
        return;
      }
      // A word left out between two words that never meet: "đầu [tư] xây dựng", "UBND [tỉnh] trước". Only after a
      // word that is nearly always followed by the same one, and when that one is known to precede this word.
      if (previous !== undefined && unseenBefore) {
        const followers = model.followers(previous);
        let total = 0;
        let top: [string, number] | undefined;
        for (const entry of followers) {
          total += entry[1];
          if (!top || entry[1] > top[1]) top = entry;
        }
        if (top && top[1] >= MISSING_MIN_COUNT && top[1] >= MISSING_MIN_SHARE * total && model.pairCount(top[0], canonical) > 0) {
          issues.push({ kind: 'missing-word', start: token.start, end: token.end, word: token.text, suggestions: [`${matchCase(upperCount(token.text) >= 2 ? 'aa' : 'a', top[0])} ${token.text}`] });
        }
      }
    });
    return [...issues, ...wordOrder(normalised)].sort((a, b) => a.start - b.start);
  }

  return { check };
}
