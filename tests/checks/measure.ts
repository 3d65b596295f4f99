/**
 * Measuring the spelling check on real text: which known errors it flags (and with the right first suggestion),
 * and how many findings it raises on text known to be clean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNoticeText } from '../../shared/import/parse-notice-text';
import type { Notice } from '../../shared/notice/schema';
import { spellingFindings } from '../../shared/checks/spelling';
import { canonicalSyllable } from '../../shared/checks/spelling/syllable';
import { listTextFields } from '../../shared/checks/text-fields';
import type { Finding } from '../../shared/checks/types';
import { loadSpellingWordList } from '../../electron/services/spelling/word-list';
import { laiChauDirectory, officeDefaults, ROOT } from '../import/helpers';

export const SHARED = join(ROOT, '..', 'shared');

/** The syllable list the app loads at run time (resources/spelling/hunspell-vi). */
export const dictionaryWords = () => loadSpellingWordList(join(ROOT, 'resources'));

/** The raw published sample, imported as the app imports a .txt file. */
export function importRawSample(): Notice {
  const text = readFileSync(join(SHARED, 'samples', 'lai-chau-2020-09-ket-luan.txt'), 'utf8');
  return parseNoticeText(text, { directory: laiChauDirectory(), defaults: officeDefaults() }).notice;
}

/** Words compared the way the check compares them: lower case, one tone placement. */
const fold = (text: string) =>
  (text.normalize('NFC').match(/[\p{L}\p{M}]+|[^\s\p{L}\p{M}]/gu) ?? []).map((w) => canonicalSyllable(w) ?? w.toLowerCase()).join(' ');

/** A typing error: more than a capital letter or the other accepted tone placement. */
export function isTypingError([published, corrected]: [string, string]): boolean {
  return fold(published) !== fold(corrected);
}

export interface ErrorResult {
  published: string;
  corrected: string;
  flagged: boolean;
  rightFirst: boolean;
  got?: string;
}

/**
 * For each error: the field that contains the published words; flagged when a finding covers a changed word (or,
 * for a word left out, the word after the gap); right first when the first fixes of those findings turn the
 * published words into the corrected ones.
 */
export function measureErrors(notice: Notice, errors: readonly [string, string][]): ErrorResult[] {
  const fields = listTextFields(notice);
  const findings = spellingFindings(notice, { dictionaryWords: dictionaryWords() });
  return errors.map(([published, corrected]) => {
    const field = fields.find((f) => f.text.includes(published));
    if (!field) return { published, corrected, flagged: false, rightFirst: false, got: '(không tìm thấy trong văn bản nhập)' };
    const at = field.text.indexOf(published);
    const inside = findings.filter((f: Finding) => f.location.path === field.path && f.location.offset >= at && f.location.offset + f.location.length <= at + published.length);
    // The changed words of the published phrase.
    const pw = published.split(' ');
    const cw = corrected.split(' ');
    let head = 0;
    while (head < pw.length && head < cw.length && fold(pw[head] ?? '') === fold(cw[head] ?? '')) head++;
    let tail = 0;
    while (tail < pw.length - head && tail < cw.length - head && fold(pw[pw.length - 1 - tail] ?? '') === fold(cw[cw.length - 1 - tail] ?? '')) tail++;
    const changeStart = at + pw.slice(0, head).join(' ').length + (head > 0 ? 1 : 0);
    const changeEnd = Math.max(changeStart + 1, at + published.length - pw.slice(pw.length - tail).join(' ').length - (tail > 0 ? 1 : 0));
    const flagged = inside.some((f) => f.location.offset < changeEnd && f.location.offset + f.location.length >= changeStart);
    let fixed = published;
    for (const f of [...inside].sort((a, b) => b.location.offset - a.location.offset)) {
      const replacement = f.fixes?.[0]?.replacement;
      if (replacement === undefined) continue;
      const start = f.location.offset - at;
      fixed = fixed.slice(0, start) + replacement + fixed.slice(start + f.location.length);
    }
    return { published, corrected, flagged, rightFirst: flagged && fold(fixed) === fold(corrected), got: fixed };
  });
}

export function wordCount(notice: Notice): number {
  return listTextFields(notice).reduce((sum, f) => sum + (f.text.match(/[\p{L}\p{M}]+/gu)?.length ?? 0), 0);
}
