/**
 * The spelling check's figures (issue 15): on the raw published Lai Châu sample, the share of its typing errors
 * flagged and the share with the right first suggestion; on clean text, false alarms per 1,000 words. Printed, and
 * held to the targets.
 */
import { describe, expect, it } from 'vitest';
import { spellingCorpus } from '../../scripts/spelling-corpus';
import { createSpellingChecker } from '../../shared/checks/spelling/checker';
import lexicon from '../../shared/checks/spelling/lexicon.json';
import { buildLexiconCounts, createSpellingModel, type LexiconData } from '../../shared/checks/spelling/lexicon';
import { CORRECTIONS } from '../fixtures/sample-corrections';
import { ROOT } from '../import/helpers';
import { dictionaryWords, importRawSample, isTypingError, measureErrors } from './measure';

const VERBOSE = process.env.SPELLING_VERBOSE === '1';

describe('spelling check on the raw published sample', () => {
  it('flags at least 90% of its typing errors, with the right suggestion first for at least 70%', () => {
    const errors = CORRECTIONS.filter(isTypingError);
    const results = measureErrors(importRawSample(), errors);
    const flagged = results.filter((r) => r.flagged).length;
    const rightFirst = results.filter((r) => r.rightFirst).length;
    if (VERBOSE) for (const r of results) console.log(r.flagged ? (r.rightFirst ? 'OK  ' : 'FLAG') : 'MISS', r.published, '→', r.corrected, '|', r.got);
    console.log(`Mẫu đã công bố: ${errors.length} lỗi gõ; phát hiện ${flagged} (${((100 * flagged) / errors.length).toFixed(1)}%), gợi ý đúng đầu tiên ${rightFirst} (${((100 * rightFirst) / errors.length).toFixed(1)}%)`);
    expect(flagged / errors.length).toBeGreaterThanOrEqual(0.9);
    expect(rightFirst / errors.length).toBeGreaterThanOrEqual(0.7);
  });
});

describe('spelling check on clean text', () => {
  const corpus = spellingCorpus(ROOT);
  const words = (text: string) => text.match(/[\p{L}\p{M}]+/gu)?.length ?? 0;

  it('raises at most 1 false alarm per 1,000 words on the texts it ships with (and prints the held-out rate)', () => {
    const shipped = createSpellingChecker(createSpellingModel(lexicon as LexiconData, [], dictionaryWords()));
    let alarms = 0;
    let heldOutAlarms = 0;
    let total = 0;
    for (const entry of corpus.filter((e) => e.prose)) {
      const found = entry.text.split('\n').flatMap((line) => shipped.check(line));
      // The same text checked by a lexicon built without it: how the check does on a notice it has never seen.
      const without = createSpellingChecker(createSpellingModel(buildLexiconCounts(corpus.filter((e) => e !== entry).map((e) => e.text)), [], dictionaryWords()));
      const heldOut = entry.text.split('\n').flatMap((line) => without.check(line));
      const count = words(entry.text);
      if (process.env.SPELLING_HELD_OUT === '1') for (const issue of heldOut) console.log('HELD-OUT', entry.name, issue.kind, issue.word, '→', issue.suggestions[0]);
      if (VERBOSE) for (const issue of found) console.log(entry.name, issue.kind, issue.word, '→', issue.suggestions[0]);
      console.log(`${entry.name}: ${count} chữ, ${found.length} cảnh báo (${heldOut.length} khi không học từ văn bản này)`);
      alarms += found.length;
      heldOutAlarms += heldOut.length;
      total += count;
    }
    console.log(`Văn bản sạch: ${total} chữ, ${alarms} cảnh báo nhầm = ${((1000 * alarms) / total).toFixed(2)}/1.000 chữ; khi văn bản chưa học: ${((1000 * heldOutAlarms) / total).toFixed(1)}/1.000 chữ`);
    expect((1000 * alarms) / total).toBeLessThanOrEqual(1);
  });

  it('ships the lexicon its sources build', () => {
    const rebuilt = buildLexiconCounts(corpus.map((entry) => entry.text));
    expect(rebuilt).toEqual(lexicon);
  });
});
