/**
 * The checks as the user types: the engine runs over the notice once typing pauses (never on the keystroke path),
 * with the library's directory, the user's dictionary and the syllable list checkNotice uses, so the editor finds
 * what "Ban hành" will find. Findings ignored once ("Bỏ qua") stay hidden while the notice is open.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Agency, CheckFinding } from '../../../shared/api';
import { localTodayIso } from '../../../shared/format/dates';
import type { Notice } from '../../../shared/notice/schema';
import { useApi } from '../../app/api-context';
import { useFeedback } from '../../app/feedback';
import type { FindingMark } from '../../editor';
import { whenIdle } from '../../editor/idle';

/** The engine (with the spelling lexicon) is loaded once, after the notice is shown: the first frame needs none of it. */
let engine: Promise<typeof import('./live-check-run')> | undefined;
const loadEngine = () =>
  (engine ??= import('./live-check-run').catch((error: unknown) => {
    // Not kept: the next run tries again (the host may have been restarted meanwhile).
    engine = undefined;
    throw error;
  }));

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
    // The word lists (the syllable list is large) and the engine are fetched once the notice has been drawn.
    const cancelIdle = whenIdle(() => {
      loadEngine().catch((error: unknown) => latest.current.showError(error));
      Promise.all([api.listDictionaryWords({}), api.listSpellingSyllables({})]).then(
        ([user, list]) => {
          if (cancelled) return;
          setUserWords(user.words);
          setSyllables(list.words);
        },
        (error: unknown) => latest.current.showError(error),
      );
    });
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [api, enabled]);

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(() => {
    if (latest.current.userWords === null || latest.current.syllables === null) return;
    void loadEngine().then(({ findLiveFindings }) => {
      // Read after the engine arrived: the notice may have changed meanwhile.
      const { options: current, userWords: user, syllables: known } = latest.current;
      if (!mounted.current || !current.enabled || user === null || known === null) return;
      const notice = current.readNotice();
      if (!notice) return;
      const found = findLiveFindings(notice, { directory: current.agencies, userWords: user, dictionaryWords: known, today: localTodayIso() });
      const shown = found.filter((finding) => !ignored.current.has(finding.key));
      setFindings(shown);
      current.showMarks(shown.map(({ location, severity }) => ({ location, severity })));
    }, latest.current.showError);
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
