/**
 * The Vietnamese syllable list the spelling check accepts beside its own lexicon: resources/spelling/hunspell-vi
 * (GPL-2, kept as a separate data file with its licence, see the README there). Read once per process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const cache = new Map<string, readonly string[]>();

/** The words of a Hunspell .dic file: the first line is a count, each entry may carry "/flags". */
export function readHunspellWords(dicText: string): string[] {
  return dicText
    .split(/\r?\n/u)
    .slice(1)
    .map((line) => line.split('/')[0]?.trim() ?? '')
    .filter((word) => word !== '');
}

export function loadSpellingWordList(resourcesDir: string): readonly string[] {
  const file = path.join(resourcesDir, 'spelling', 'hunspell-vi', 'vi_VN.dic');
  let words = cache.get(file);
  if (!words) {
    words = readHunspellWords(readFileSync(file, 'utf8'));
    cache.set(file, words);
  }
  return words;
}
