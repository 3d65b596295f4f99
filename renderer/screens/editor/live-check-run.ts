/**
 * One run of the check engine for the editor's live checks. Imported on first use (live-checks.ts), so the engine
 * and the spelling lexicon it carries are not in the script the editor needs to show a notice.
 */
import { describeLocation, locatedExcerpt } from '../../../shared/checks/describe';
import { runChecks } from '../../../shared/checks/engine';
import { listTextFields } from '../../../shared/checks/text-fields';
import type { CheckContext } from '../../../shared/checks/types';
import type { Notice } from '../../../shared/notice/schema';
import type { LiveFinding } from './live-checks';

/**
 * The findings with their located text and stable keys: the rule, the field (by block id, not position), the text,
 * and its occurrence among equal findings of that field, so that typing elsewhere does not bring an ignored one back.
 */
export function findLiveFindings(notice: Notice, context: CheckContext): LiveFinding[] {
  const findings = runChecks(notice, context);
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
