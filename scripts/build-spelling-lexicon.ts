/**
 * Builds shared/checks/spelling/lexicon.json, the word list and word-pair counts of the spelling check, from
 * public-domain administrative texts (Vietnam's IP law, Art. 15: legal and administrative documents are not
 * protected works): Decree 30/2020/NĐ-CP's appendices, the corrected Lai Châu sample notice, the notice templates,
 * the agency directory, Lai Châu's place names, and seven real conclusion notices of Lâm Đồng (2025–2026) with
 * their few typing slips corrected first. Only counts are kept, not the texts.
 *
 *   npx tsx scripts/build-spelling-lexicon.ts        (reads ../shared/ beside the repository)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLexiconCounts } from '../shared/checks/spelling/lexicon';
import { spellingCorpus } from './spelling-corpus';

const root = fileURLToPath(new URL('..', import.meta.url));
const lexicon = buildLexiconCounts(spellingCorpus(root).map((entry) => entry.text));
writeFileSync(join(root, 'shared/checks/spelling/lexicon.json'), `${JSON.stringify(lexicon)}\n`);
console.log(`${Object.keys(lexicon.words).length} words, ${lexicon.names.length} names, ${lexicon.abbreviations.length} abbreviations, ${Object.keys(lexicon.bigrams).length} word pairs`);
