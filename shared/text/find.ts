/**
 * Finding a phrase in Vietnamese text the way a secretary expects: case and diacritics do not matter ("thang 11"
 * finds "Tháng 11", "dong" finds "đồng"), and each match is reported in offsets of the original text, so it can be
 * highlighted and replaced there. Folding is done character by character (not with foldVietnamese on the whole
 * string) because that keeps every folded character tied to its original position.
 */

export interface TextMatch {
  start: number;
  end: number;
}

/** One character folded: lower case, no combining marks, đ → d, any white space → one space. */
function foldChar(char: string): string {
  if (/\s/.test(char)) return ' ';
  return char
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The folded text, and for each folded character the offset of the original character it came from. */
function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const part = foldChar(char);
    folded += part;
    for (let i = 0; i < part.length; i++) origin.push(offset);
    offset += char.length;
  }
  origin.push(offset);
  return { folded, origin };
}

/** The folded form of a query: what findMatches compares. Empty when the query is only spaces. */
export function foldQuery(query: string): string {
  return foldWithOffsets(query.normalize('NFC')).folded;
}

/** Every non-overlapping occurrence of `query` in `text`, left to right, ignoring case and diacritics. */
export function findMatches(text: string, query: string): TextMatch[] {
  const needle = foldQuery(query);
  if (needle.trim() === '') return [];
  const { folded, origin } = foldWithOffsets(text);
  const matches: TextMatch[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) break;
    const start = origin[at] ?? 0;
    // The end is the start of the character after the last matched one, so a character that folded into
    // several (rare) is taken whole.
    const end = origin[at + needle.length] ?? text.length;
    matches.push({ start, end });
    from = at + needle.length;
  }
  return matches;
}

/** `text` with every occurrence of `query` replaced by `replacement`. */
export function replaceAll(text: string, query: string, replacement: string): string {
  const matches = findMatches(text, query);
  let result = '';
  let last = 0;
  for (const match of matches) {
    result += text.slice(last, match.start) + replacement;
    last = match.end;
  }
  return result + text.slice(last);
}
