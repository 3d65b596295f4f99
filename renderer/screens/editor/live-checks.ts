/**
 * The checks as the user types: the engine runs over the notice once typing pauses (never on the keystroke path),
 * with the library's directory, the user's dictionary and the syllable list checkNotice uses, so the editor finds
 * what "Ban hành" will find. Findings ignored once ("Bỏ qua") stay hidden while the notice is open.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Agency, CheckFinding } from '../../../shared/api';
import { describeLocation, locatedExcerpt } from '../../../shared/checks/describe';
import { runChecks } from '../../../shared/checks/engine';
import { listTextFields } from '../../../shared/checks/text-fields';
import { localTodayIso } from '../../../shared/format/dates';
import type { Notice } from '../../../shared/notice/schema';
import { useApi } from '../../app/api-context';
import { useFeedback } from '../../app/feedback';
import type { FindingMark } from '../../editor';

/** A finding as the editor lists it: with the characters it names and a key that survives edits elsewhere. */
export interface LiveFinding extends CheckFinding {
  key: string;
  /** The located characters when the check ran ('' for a whole field). */
  text: string;
}

/** How long typing must pause before the checks run. */
const CHECK_DELAY_MS = 400;

/**
 * Spelling findings whose words the user may add to the dictionary: unknown words, abbreviations, words out of
 * place. Not impossible syllables (they cannot be Vietnamese: fix or ignore), nor the dash, order or missing-word hints.
 */
const DICTIONARY_RULES = new Set(['spelling.unknown-word', 'spelling.abbreviation', 'spelling.context']);

export function canAddToDictionary(finding: LiveFinding): boolean {
  return DICTIONARY_RULES.has(finding.ruleId) && /^[\p{L}\p{N}-]+$/u.test(finding.text);
}

/**
 * The findings with their located text and stable keys: the rule, the field (by block id, not position), the text,
 * and its occurrence among equal findings of that field, so that typing elsewhere does not bring an ignored one back.
 */
function liveFindings(notice: Notice, findings: readonly ReturnType<typeof runChecks>[number][]): LiveFinding[] {
  const texts = new Map(listTextFields(notice).map((field) => [field.path, field.text]));
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const { location } = finding;
    const text = texts.get(location.path)?.slice(location.offset, location.offset + location.length) ?? '';
    const field = location.blockId === undefined ? location.path : `${location.blockId}${location.path.replace(/^body\[\d+\]/u, '')}`;
    const base = `${finding.ruleId}|${field}|${text}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const excerpt = locatedExcerpt(notice, location);
    return { ...finding, where: describeLocation(notice, location), ...(excerpt ? { excerpt } : {}), text, key: `${base}|${occurrence}` };
  });
}

export interface LiveChecks {
  findings: LiveFinding[];
  /** Runs the checks after the next pause in typing. */
  schedule(): void;
  ignore(finding: LiveFinding): void;
  addToDictionary(word: string): Promise<void>;
}

export function useLiveChecks(options: {
  agencies: readonly Agency[];
  /** The notice as it is now (the editor's latest content with the side panel's meeting). */
  readNotice(): Notice | null;
  showMarks(marks: readonly FindingMark[]): void;
  enabled: boolean;
}): LiveChecks {
  const { agencies, enabled } = options;
  const api = useApi();
  const { showError } = useFeedback();
  const [userWords, setUserWords] = useState<readonly string[] | null>(null);
  const [syllables, setSyllables] = useState<readonly string[] | null>(null);
  const [findings, setFindings] = useState<LiveFinding[]>([]);
  const ignored = useRef(new Set<string>());
  // Everything a run reads, so that `schedule` stays one function for the editor's change handler.
  const latest = useRef({ options, userWords, syllables, showError });
  useEffect(() => {
    latest.current = { options, userWords, syllables, showError };
  });
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    Promise.all([api.listDictionaryWords({}), api.listSpellingSyllables({})]).then(
      ([user, list]) => {
        if (cancelled) return;
        setUserWords(user.words);
        setSyllables(list.words);
      },
      (error: unknown) => latest.current.showError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [api, enabled]);

  const run = useCallback(() => {
    const { options: current, userWords: user, syllables: known } = latest.current;
    if (!current.enabled || user === null || known === null) return;
    const notice = current.readNotice();
    if (!notice) return;
    const found = runChecks(notice, { directory: current.agencies, userWords: user, dictionaryWords: known, today: localTodayIso() });
    const shown = liveFindings(notice, found).filter((finding) => !ignored.current.has(finding.key));
    setFindings(shown);
    current.showMarks(shown.map(({ location, severity }) => ({ location, severity })));
  }, []);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(run, CHECK_DELAY_MS);
  }, [run]);

  // The word lists or the directory arrived or changed: check again.
  useEffect(() => {
    if (enabled) schedule();
  }, [schedule, enabled, agencies, userWords, syllables]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const ignore = useCallback(
    (finding: LiveFinding) => {
      ignored.current.add(finding.key);
      run();
    },
    [run],
  );

  const addToDictionary = useCallback(
    async (word: string) => {
      try {
        const { words } = await api.addDictionaryWord({ word });
        setUserWords(words);
      } catch (error) {
        latest.current.showError(error);
      }
    },
    [api],
  );

  return { findings, schedule, ignore, addToDictionary };
}
