/**
 * The structure of a Vietnamese syllable: onset + rhyme (glide, nucleus, final) + one tone. A syllable that breaks
 * the structure cannot be Vietnamese whatever the dictionary says: a tone other than sắc/nặng on a stop final
 * ("quyêt" with no tone, "chỉ đạọ" has the dot on a vowel that does not carry the tone), two tone marks, a rhyme
 * no word has ("khia"), a spelling rule broken ("ke" for "kê" is fine, "ce" is not), or the tone on the wrong vowel
 * of "ươ". Both tone placements of "oa", "oe", "uy" ("hoà"/"hòa") are accepted.
 */

export const TONES = ['ngang', 'huyền', 'sắc', 'hỏi', 'ngã', 'nặng'] as const;
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Combining marks of the five tones, in NFD. */
const TONE_MARKS: Record<string, Tone> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
const TONE_MARK_OF: Record<Tone, string> = { 0: '', 1: '\u0300', 2: '\u0301', 3: '\u0309', 4: '\u0303', 5: '\u0323' };

const VOWELS = new Set([...'aăâeêioôơuưy']);
const MARKED_VOWELS = new Set([...'ăâêôơư']);

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Every rhyme (without tone) of Vietnamese words, standard orthography. */
const OPEN_RHYMES = 'a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu';
const CLOSED: Record<string, string> = {
  a: 'c ch m n ng nh p t', ă: 'c m n ng p t', â: 'c m n ng p t', e: 'c m n ng p t', ê: 'ch m n nh p t', i: 'ch m n nh p t',
  o: 'c m n ng p t', oo: 'c ng', ô: 'c m n ng p t', ơ: 'm n p t', u: 'c m n ng p t', ư: 'c m n ng t',
  iê: 'c m n ng p t', yê: 'm n t', uô: 'c m n ng t', ươ: 'c m n ng p t', oa: 'c ch m n ng nh p t', oă: 'c m n ng t',
  oe: 'm n t', uâ: 'n ng t', uê: 'ch nh', uy: 'ch n nh p t', uyê: 'n t',
};
export const RHYMES: ReadonlySet<string> = new Set([
  ...OPEN_RHYMES.split(' '),
  ...Object.entries(CLOSED).flatMap(([nucleus, finals]) => finals.split(' ').map((final) => nucleus + final)),
]);
const STOP_FINALS = ['ch', 'c', 'p', 't'];

export type SyllableProblem =
  | 'two-tones'
  | 'tone-on-stop'
  | 'bad-rhyme'
  | 'bad-onset'
  | 'tone-position'
  | 'not-letters';

export interface Syllable {
  /** Lower case, NFC, tone removed: "nghiêp". */
  base: string;
  onset: string;
  rhyme: string;
  tone: Tone;
  /** Index in `base` of the vowel carrying the tone (-1 without a tone). */
  toneAt: number;
}

export interface Analysis {
  syllable?: Syllable;
  problem?: SyllableProblem;
}

/** Lower case letters with their quality marks, the tone taken off, and where the tone was. */
function splitTone(word: string): { base: string; tones: Tone[]; toneAt: number } {
  const chars: string[] = [];
  const tones: Tone[] = [];
  let toneAt = -1;
  for (const char of word.toLowerCase().normalize('NFD')) {
    const tone = TONE_MARKS[char];
    if (tone !== undefined) {
      tones.push(tone);
      toneAt = chars.length - 1;
    } else if (/\p{M}/u.test(char) && chars.length > 0) {
      chars[chars.length - 1] = `${chars[chars.length - 1]}${char}`.normalize('NFC');
    } else {
      chars.push(char);
    }
  }
  return { base: chars.join(''), tones, toneAt };
}

/** Where the tone belongs in a rhyme: one index, or two for "oa", "oe", "uy" (both placements in use). */
function toneSlots(rhyme: string): number[] {
  const chars = [...rhyme];
  const vowelIndexes = chars.flatMap((char, i) => (VOWELS.has(char) ? [i] : []));
  const marked = vowelIndexes.filter((i) => MARKED_VOWELS.has(chars[i] ?? ''));
  if (marked.length > 0) return [marked[marked.length - 1] as number];
  const hasFinal = vowelIndexes.length > 0 && (vowelIndexes[vowelIndexes.length - 1] as number) < chars.length - 1;
  if (hasFinal || vowelIndexes.length === 1) return [vowelIndexes[vowelIndexes.length - 1] as number];
  if (vowelIndexes.length === 3) return [vowelIndexes[1] as number];
  const pair = vowelIndexes.map((i) => chars[i]).join('');
  if (pair === 'oa' || pair === 'oe' || pair === 'uy') return [vowelIndexes[0] as number, vowelIndexes[1] as number];
  return [vowelIndexes[0] as number];
}

function spellingAllows(onset: string, rhyme: string): boolean {
  const first = rhyme[0] ?? '';
  const front = first === 'i' || first === 'e' || first === 'ê' || first === 'y';
  switch (onset) {
    case 'c':
    case 'g':
    case 'ng':
      return !front;
    case 'k':
      return front;
    case 'gh':
    case 'ngh':
      return front && first !== 'y';
    case 'qu':
      return first !== 'u' && first !== 'o' && rhyme !== '';
    case 'gi':
      return first !== 'i';
    default:
      return true;
  }
}

/** The onset and rhyme a toneless base splits into, if any split is Vietnamese. */
function parseBase(base: string): { onset: string; rhyme: string } | undefined {
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (RHYMES.has(rhyme) && spellingAllows(onset, rhyme)) return { onset, rhyme };
    // "gì", "gìn", "giếng": the i of "gi" doubles as the rhyme's vowel.
    if (onset === 'gi' && (rhyme === '' || !VOWELS.has(rhyme[0] ?? '') || rhyme.startsWith('ê'))) {
      if (RHYMES.has(`i${rhyme}`)) return { onset: 'g', rhyme: `i${rhyme}` };
    }
  }
  return undefined;
}

/** Analyses one word (letters only). */
export function analyseSyllable(word: string): Analysis {
  if (!/^\p{L}+$/u.test(word.normalize('NFC'))) return { problem: 'not-letters' };
  const { base, tones, toneAt } = splitTone(word);
  if (tones.length > 1) return { problem: 'two-tones' };
  const tone = (tones[0] ?? 0) as Tone;
  const parsed = parseBase(base);
  if (!parsed) {
    // An onset no word has ("f", "bl", "ce") or a rhyme no word has ("ưot", "jbnd").
    const onset = ONSETS.find((o) => base.startsWith(o)) ?? '';
    return { problem: onset === '' && !VOWELS.has(base[0] ?? '') ? 'bad-onset' : 'bad-rhyme' };
  }
  const syllable: Syllable = { base, onset: parsed.onset, rhyme: parsed.rhyme, tone, toneAt };
  if (STOP_FINALS.some((f) => parsed.rhyme.endsWith(f)) && tone !== 2 && tone !== 5) {
    return { syllable, problem: 'tone-on-stop' };
  }
  if (tone !== 0) {
    const onsetLength = [...base].length - [...parsed.rhyme].length;
    const slots = toneSlots(parsed.rhyme).map((i) => i + onsetLength);
    if (!slots.includes(toneAt)) return { syllable, problem: 'tone-position' };
  }
  return { syllable };
}

/** The syllable written with its tone on the first accepted slot ("hoà" → "hòa", "thuỷ" → "thủy"), NFC. */
export function composeSyllable(base: string, rhyme: string, tone: Tone): string {
  const chars = [...base];
  if (tone !== 0) {
    const onsetLength = chars.length - [...rhyme].length;
    const at = (toneSlots(rhyme)[0] ?? 0) + onsetLength;
    chars[at] = `${chars[at] ?? ''}${TONE_MARK_OF[tone]}`;
  }
  return chars.join('').normalize('NFC');
}

/**
 * The form words are looked up in: lower case, NFC, one tone placement. Undefined for what is not a syllable.
 * Structural problems other than the tone position do not stop it: "tổt" → "tổt" (looked up, not found).
 */
export function canonicalSyllable(word: string): string | undefined {
  const { syllable } = analyseSyllable(word);
  if (!syllable) return undefined;
  return composeSyllable(syllable.base, syllable.rhyme, syllable.tone);
}

/** The letters without any mark, "đ" as "d": "nghiệp" → "nghiep". Words that differ only in marks share it. */
export function skeleton(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
}

/** Tone of a word (0 when none). */
export function toneOf(word: string): Tone {
  return (splitTone(word).tones[0] ?? 0) as Tone;
}

/** The toneless base with quality marks ("nghiệp" → "nghiêp"). */
export function toneless(word: string): string {
  return splitTone(word).base;
}
