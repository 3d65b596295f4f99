/**
 * The checks room: the user's dictionary (table user_words), the check of a stored notice with the library's
 * directory and dictionary, and the errors accepted at "Ban hành" with their reason (table check_acceptances, part
 * of the notice's history). The register room asks assertIssuable before it takes a number.
 */
import { ApiError, type ApiImplementation, type CheckAcceptance, type CheckFinding } from '../../../shared/api';
import { noticeDue } from '../../../shared/checks/dates';
import { describeLocation, locatedExcerpt } from '../../../shared/checks/describe';
import { countErrors, runChecks } from '../../../shared/checks/engine';
import type { IsoDate, Notice } from '../../../shared/notice/schema';
import { loadSpellingWordList } from '../spelling/word-list';
import { listAgencyRows } from '../storage/agencies';
import { statement } from '../storage/statements';
import type { LibraryContext } from './context';
import { existingNotice, noticeDocument } from './records';
import { findResourcesDir } from './resources';

/** The user's words, one array per change: the spelling check keeps its model while the array is the same. */
const userWordCache = new WeakMap<LibraryContext['db'], readonly string[]>();

function userWords({ db }: LibraryContext): readonly string[] {
  let words = userWordCache.get(db);
  if (!words) {
    words = (statement(db, 'SELECT word FROM user_words ORDER BY word').all() as { word: string }[]).map((r) => r.word);
    userWordCache.set(db, words);
  }
  return words;
}

export function checkStoredNotice(context: LibraryContext, notice: Notice, on: IsoDate = context.today()) {
  const dictionaryWords = loadSpellingWordList(context.resourcesDir ?? findResourcesDir());
  const findings = runChecks(notice, { directory: listAgencyRows(context.db), userWords: userWords(context), dictionaryWords, today: on });
  const described: CheckFinding[] = findings.map((finding) => {
    const excerpt = locatedExcerpt(notice, finding.location);
    return { ...finding, where: describeLocation(notice, finding.location), ...(excerpt ? { excerpt } : {}) };
  });
  const due = noticeDue(notice, on);
  return { findings: described, errors: countErrors(findings), ...(due ? { due } : {}) };
}

/**
 * Before "Ban hành", inside its transaction: a notice with errors is refused unless the user accepted them with a
 * reason, which is recorded with the errors it covered.
 */
export function assertIssuable(context: LibraryContext, noticeId: string, notice: Notice, issueDate: IsoDate, acceptance?: { reason: string }): void {
  const errors = checkStoredNotice(context, notice, issueDate).findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  if (!acceptance) {
    throw new ApiError(
      'conflict',
      `Thông báo còn ${errors.length} lỗi. Sửa các lỗi, hoặc ghi lý do để vẫn ban hành.`,
      errors.map((f) => ({ path: f.location.path, message: `${f.where}: ${f.message}` })),
    );
  }
  statement(context.db, 'INSERT INTO check_acceptances (notice_id, accepted_at, reason, findings_json) VALUES (?, ?, ?, ?)').run(
    noticeId,
    context.timestamp(),
    acceptance.reason,
    JSON.stringify(errors),
  );
}

type ChecksMethods = 'checkNotice' | 'listCheckAcceptances' | 'listDictionaryWords' | 'addDictionaryWord' | 'removeDictionaryWord' | 'listSpellingSyllables';

export function checksApi(context: LibraryContext): Pick<ApiImplementation, ChecksMethods> {
  const { db } = context;
  const changeWords = (sql: string, word: string) => {
    context.write(() => {
      statement(db, sql).run(word.normalize('NFC'), ...(sql.startsWith('INSERT') ? [context.timestamp()] : []));
    });
    userWordCache.delete(db);
    return { words: [...userWords(context)] };
  };
  return {
    checkNotice: ({ id, today }) => checkStoredNotice(context, noticeDocument(context, existingNotice(context, id).id), today),
    listCheckAcceptances({ id }) {
      existingNotice(context, id);
      const rows = statement(db, 'SELECT accepted_at, reason, findings_json FROM check_acceptances WHERE notice_id = ? ORDER BY id').all(id) as {
        accepted_at: string;
        reason: string;
        findings_json: string;
      }[];
      const acceptances: CheckAcceptance[] = rows.map((r) => ({ acceptedAt: r.accepted_at, reason: r.reason, findings: JSON.parse(r.findings_json) as CheckFinding[] }));
      return { acceptances };
    },
    listDictionaryWords: () => ({ words: [...userWords(context)] }),
    addDictionaryWord: ({ word }) => changeWords('INSERT INTO user_words (word, added_at) VALUES (?, ?) ON CONFLICT (word) DO NOTHING', word),
    removeDictionaryWord: ({ word }) => changeWords('DELETE FROM user_words WHERE word = ?', word),
    listSpellingSyllables: () => ({ words: [...loadSpellingWordList(context.resourcesDir ?? findResourcesDir())] }),
  };
}
