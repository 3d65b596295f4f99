/**
 * A template assumes the structure of the province on the date it was written: the agencies it names. Used for a
 * meeting after that structure changed (departments merged on 01/3/2025, districts gone on 01/7/2025), it names
 * agencies that no longer exist. This says which, and what replaced them, so the template warns before it is used.
 */
import type { Agency } from '../agencies/schema';
import { moveOntoAgenciesOfDate } from './agency-succession';
import type { IsoDate, Notice } from './schema';

/** The changes of structure between the template's agencies and `date`, one sentence each (empty: up to date). */
export function templateStructureChanges(template: Notice, date: IsoDate, directory: readonly Agency[]): string[] {
  const moved = moveOntoAgenciesOfDate(template, date, directory);
  const reasons = new Set<string>();
  const add = (reason: string | undefined, before: string | undefined) => {
    if (!reason) return;
    const old = new Set((before ?? '').split('; '));
    for (const part of reason.split('; ')) if (!old.has(part)) reasons.add(part);
  };
  moved.body.forEach((block, index) => {
    const original = template.body[index];
    add(block.reviewReason, original?.reviewReason);
    if (block.type === 'task' && original?.type === 'task') {
      block.subItems.forEach((sub, i) => add(sub.reviewReason, original.subItems[i]?.reviewReason));
    }
  });
  return [...reasons];
}
