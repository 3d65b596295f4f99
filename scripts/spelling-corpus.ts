/**
 * The texts the spelling lexicon is built from (see build-spelling-lexicon.ts), each with a name, so that the
 * tests can rebuild the lexicon and measure it on a text it was not built from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LAI_CHAU_PLACE_NAMES } from '../shared/checks/spelling/place-names';

/** The typing slips of the real notices, corrected before counting: [file, as written, as meant]. */
export const REAL_NOTICE_SLIPS: [string, string, string][] = [
  ['03-lamdong-caotoc-tanphu-baoloc-sonhai.txt', 'bô xit', 'bô xít'],
  ['03-lamdong-caotoc-tanphu-baoloc-sonhai.txt', 'kinh tế xã hội', 'kinh tế - xã hội'],
  ['05-lamdong-xuctien-dautu-pci.txt', '(DCCI)', '(DDCI)'],
  ['06-lamdong-cchc-2025-hoinghi.txt', 'qui phạm', 'quy phạm'],
];

export interface CorpusText {
  name: string;
  text: string;
  /** Clean prose on which the check's false alarms are measured (lists of names are not). */
  prose: boolean;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (['id', 'templateId', 'kind', 'schemaVersion', 'type', 'subItemStyle'].includes(key) ? [] : strings(v)));
  }
  return [];
}

export function realNoticeText(shared: string, file: string): string {
  let text = readFileSync(join(shared, 'real-notices', file), 'utf8').replace(/^SOURCE:.*\n/u, '').normalize('NFC');
  for (const [slipFile, wrong, right] of REAL_NOTICE_SLIPS) if (slipFile === file) text = text.split(wrong).join(right);
  return text;
}

/** `root` is the repository; `shared` the read-only folder beside it. */
export function spellingCorpus(root: string, shared = join(root, '..', 'shared')): CorpusText[] {
  const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const corpus: CorpusText[] = [];
  corpus.push({ name: 'resources/samples/lai-chau-2020-09.notice.json', text: strings(json(join(root, 'resources/samples/lai-chau-2020-09.notice.json'))).join('\n'), prose: true });
  for (const file of readdirSync(join(root, 'resources/templates')).sort()) {
    corpus.push({ name: `resources/templates/${file}`, text: strings(json(join(root, 'resources/templates', file))).join('\n'), prose: false });
  }
  corpus.push({ name: 'resources/agencies/lai-chau.json', text: strings(json(join(root, 'resources/agencies/lai-chau.json'))).join('\n'), prose: false });
  for (const file of readdirSync(join(shared, 'reference/nd30')).filter((f) => f.endsWith('.md')).sort()) {
    // Markdown marks are not words; table bars and emphasis become spaces.
    corpus.push({ name: `reference/nd30/${file}`, text: readFileSync(join(shared, 'reference/nd30', file), 'utf8').replace(/[*#_|`]/gu, ' '), prose: true });
  }
  for (const file of readdirSync(join(shared, 'real-notices')).filter((f) => f.endsWith('.txt')).sort()) {
    corpus.push({ name: `real-notices/${file}`, text: realNoticeText(shared, file), prose: true });
  }
  corpus.push({ name: 'place names', text: LAI_CHAU_PLACE_NAMES.join('\n'), prose: false });
  return corpus;
}
