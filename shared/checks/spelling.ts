/**
 * Vietnamese spelling, offline: impossible syllables (errors), and unknown or out-of-place words with ranked
 * suggestions (warnings), over every piece of prose in the notice. The knowledge is ./spelling/lexicon.json (see
 * scripts/build-spelling-lexicon.ts) plus the user's dictionary from the library.
 */
import type { Notice } from '../notice/schema';
import { createSpellingChecker, type SpellingChecker, type SpellingIssue } from './spelling/checker';
import lexiconData from './spelling/lexicon.json';
import { createSpellingModel, type LexiconData } from './spelling/lexicon';
import type { SyllableProblem } from './spelling/syllable';
import { listTextFields, locate } from './text-fields';
import type { CheckContext, CheckRule, Finding } from './types';

const PROBLEMS: Record<SyllableProblem, string> = {
  'two-tones': 'có hai dấu thanh',
  'tone-on-stop': 'vần tắc (kết thúc bằng c, ch, p, t) chỉ mang dấu sắc hoặc dấu nặng',
  'bad-rhyme': 'không phải âm tiết tiếng Việt (vần không có trong tiếng Việt)',
  'bad-onset': 'không phải âm tiết tiếng Việt (phụ âm đầu sai)',
  'tone-position': 'dấu thanh đặt sai nguyên âm',
  'not-letters': 'có ký tự lạ',
};

function message(issue: SpellingIssue): string {
  const suggestion = issue.suggestions[0];
  const fix = suggestion === undefined ? '' : ` Có phải «${suggestion}»?`;
  switch (issue.kind) {
    case 'invalid':
      return `«${issue.word}» ${PROBLEMS[issue.problem ?? 'bad-rhyme']}.${fix || ' Sửa lại chính tả.'}`;
    case 'unknown':
      return `«${issue.word}» không có trong từ điển.${fix} Nếu từ đúng, thêm vào từ điển.`;
    case 'context':
      return `«${issue.word}» ít gặp ở vị trí này, có thể gõ nhầm dấu hoặc chữ.${fix} Nếu đúng, bỏ qua.`;
    case 'missing-word':
      return `Có thể thiếu một chữ trước «${issue.word}».${fix}`;
    case 'abbreviation':
      return `Chữ viết tắt «${issue.word}» lạ.${fix} Nếu đúng, thêm vào từ điển.`;
    case 'dash':
      return 'Cụm từ này thường viết có dấu gạch nối « - » ở giữa (ví dụ «kinh tế - xã hội»).';
    case 'word-order':
      return `«${issue.word}» có thể bị đảo thứ tự: «${issue.suggestions[0] ?? ''}».`;
  }
}

const RULE_IDS: Record<SpellingIssue['kind'], string> = {
  invalid: 'spelling.invalid-syllable',
  unknown: 'spelling.unknown-word',
  context: 'spelling.context',
  'missing-word': 'spelling.missing-word',
  abbreviation: 'spelling.abbreviation',
  dash: 'spelling.dash',
  'word-order': 'spelling.word-order',
};

const baseLexicon = lexiconData as LexiconData;
let cached: { userWords?: readonly string[]; dictionaryWords?: readonly string[]; checker: SpellingChecker } | undefined;

/**
 * One checker per pair of word lists (compared by identity: the model is built once and its caches make re-checks
 * of unchanged text cheap, so callers keep passing the same arrays).
 */
export function spellingCheckerFor(userWords?: readonly string[], dictionaryWords?: readonly string[]): SpellingChecker {
  if (!cached || cached.userWords !== userWords || cached.dictionaryWords !== dictionaryWords) {
    const checker = createSpellingChecker(createSpellingModel(baseLexicon, userWords ?? [], dictionaryWords ?? []));
    cached = { userWords, dictionaryWords, checker };
  }
  return cached.checker;
}

export function spellingFindings(notice: Notice, context: Pick<CheckContext, 'userWords' | 'dictionaryWords'> = {}): Finding[] {
  const checker = spellingCheckerFor(context.userWords, context.dictionaryWords);
  return listTextFields(notice).flatMap((field) =>
    checker.check(field.text).map((issue): Finding => {
      const finding: Finding = {
        ruleId: RULE_IDS[issue.kind],
        severity: issue.kind === 'invalid' ? 'error' : 'warning',
        message: message(issue),
        location: locate(field, issue.start, issue.end - issue.start),
      };
      if (issue.suggestions.length > 0) finding.fixes = issue.suggestions.map((s) => ({ label: s.trim() === '-' ? 'Thêm « - »' : `Sửa thành «${s}»`, replacement: s }));
      return finding;
    }),
  );
}

export const spellingRules: readonly CheckRule[] = [{ id: 'spelling', run: (notice, context) => spellingFindings(notice, context) }];
