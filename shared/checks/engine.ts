/**
 * The check engine: runs every rule family over a Notice and returns the findings, errors first, each group in
 * document order. Pure and synchronous: the editor runs it after a pause in typing, the export and "Ban hành" run
 * it before they proceed, and the command line runs it on a file.
 */
import type { Notice } from '../notice/schema';
import { agencyRules } from './agencies';
import { dateRules } from './dates';
import { decree30FormRules } from './decree30-form';
import { spellingRules } from './spelling';
import type { CheckContext, CheckRule, Finding } from './types';
import { unfinishedRules } from './unfinished';

export const ALL_RULES: readonly CheckRule[] = [...unfinishedRules, ...decree30FormRules, ...dateRules, ...agencyRules, ...spellingRules];

/** The order fields are read in, for sorting findings the way the notice reads. */
function fieldRank(path: string): number[] {
  const top = ['date', 'summary', 'meeting', 'body', 'closing', 'signature', 'recipients', 'archive', 'source'];
  const head = path.split(/[.[]/u)[0] ?? '';
  const numbers = [...path.matchAll(/\[(\d+)\]/gu)].map((m) => Number(m[1]));
  return [top.indexOf(head), ...numbers];
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? -1) - (b[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function runChecks(notice: Notice, context: CheckContext = {}, rules: readonly CheckRule[] = ALL_RULES): Finding[] {
  const findings = rules.flatMap((rule) => rule.run(notice, context));
  const ranked = findings.map((finding) => ({ finding, rank: fieldRank(finding.location.path) }));
  ranked.sort((a, b) => (a.finding.severity === b.finding.severity ? 0 : a.finding.severity === 'error' ? -1 : 1) || compareRank(a.rank, b.rank) || a.finding.location.offset - b.finding.location.offset);
  return ranked.map((r) => r.finding);
}

export const countErrors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error').length;
