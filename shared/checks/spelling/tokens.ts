/**
 * Words of a text for the spelling check, with their offsets: runs of letters. Word pairs (bigrams) are read only
 * between words that follow each other within a phrase: punctuation, digits and line breaks end a phrase; a dash
 * between spaces ("kinh tế - xã hội") does not.
 */

export interface WordToken {
  text: string;
  start: number;
  end: number;
  /** First word of the text or of a sentence (after ".", "!", "?", ":", a line break or a list mark). */
  sentenceStart: boolean;
  /** The previous word belongs to the same phrase. */
  joinedToPrevious: boolean;
  /** A spaced dash stands between this word and the previous one ("kinh tế - xã hội"). */
  dashBefore: boolean;
  /** Part of a hyphenated compound: a transliterated name ("Mát-xcơ-va") or a code ("NĐ-CP"). */
  hyphenated: boolean;
}

const WORD = /[\p{L}\p{M}]+|[^\p{L}\p{M}]+/gu;
const SENTENCE_END = /[.!?:\n;]|^\s*[-–+•]\s*$/u;
const TRANSPARENT = /^\s+[-–]\s+$|^\s+$/u;

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let sentenceStart = true;
  let joined = false;
  let dash = false;
  for (const match of text.matchAll(WORD)) {
    const part = match[0];
    const start = match.index ?? 0;
    if (/^[\p{L}\p{M}]/u.test(part)) {
      const hyphenated = text[start - 1] === '-' && /[\p{L}\p{M}]/u.test(text[start - 2] ?? '');
      const previous = tokens[tokens.length - 1];
      if (hyphenated && previous) previous.hyphenated = true;
      tokens.push({ text: part, start, end: start + part.length, sentenceStart, joinedToPrevious: joined && tokens.length > 0, dashBefore: joined && dash, hyphenated });
      sentenceStart = false;
      joined = true;
      dash = false;
    } else {
      if (SENTENCE_END.test(part) || tokens.length === 0) sentenceStart = true;
      if (!TRANSPARENT.test(part)) joined = false;
      dash = /[-–]/u.test(part);
    }
  }
  return tokens;
}

/** Upper-case letters counted in a word: two or more make it an abbreviation or a word in capitals. */
export function upperCount(word: string): number {
  return [...word].filter((char) => char !== char.toLowerCase()).length;
}

export function isCapitalised(word: string): boolean {
  const first = [...word][0] ?? '';
  return first !== first.toLowerCase() && upperCount(word) === 1;
}
