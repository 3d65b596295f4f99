/**
 * The importer on real notices written by another Office (../shared/real-notices/, read in place, never copied):
 * each notice is imported from its original .docx (through the app's .docx import) and from its text, and scored
 * against the hand-written expected.json (rules in its CONVENTIONS.md). A task is fully right when it is found at
 * the right level (same position among the imported tasks), with the right lead (its first lead agency), every
 * coordinating agency (and none but generic phrases where none is expected) and the right deadline (several accepted
 * dates where the ground truth lists the different dates of the sub-items). Prints the per-notice figures; fails below 90% fully right or when a
 * task is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../electron/services/import/import-file';
import { deadlineDueDate } from '../../shared/format/deadline';
import { parseNoticeText } from '../../shared/import/parse-notice-text';
import { strFromU8, unzipSync } from 'fflate';
import type { AgencyRef, Block, Deadline, RichText, SubItem, TaskBlock } from '../../shared/notice/schema';
import { foldVietnamese } from '../../shared/text/fold';
import { ROOT, laiChauDirectory, officeDefaults } from './helpers';

const CORPUS = join(ROOT, '..', 'shared', 'real-notices');
const TARGET = 0.9;

interface Expected {
  n: string;
  lead: string | null;
  coord: string[];
  deadline?: string | null;
  deadline_any?: string[];
  subtasks?: Expected[];
}
interface ExpectedNotice {
  file: string;
  tasks: Expected[];
}

/** Folded words: case, diacritics and punctuation do not matter. */
function key(text: string): string {
  return foldVietnamese(text.normalize('NFC')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function names(text: string, part: string): boolean {
  return ` ${key(text)} `.includes(` ${key(part)} `);
}

/** "Các sở, ngành", "các đơn vị liên quan": generic phrases the ground truth leaves out. */
function isGeneric(agency: AgencyRef): boolean {
  return /^(?:cac|nhung)\s/u.test(key(agency.name));
}

/** A date the work is due by; recurring deadlines ("hằng tháng") are not one. */
function dueDate(deadline: Deadline | undefined): string | null {
  if (!deadline) return null;
  return deadlineDueDate(deadline) ?? null;
}

/**
 * A task's due date as the ground truth reads it (CONVENTIONS.md): its own deadline, else the one date its sub-items
 * state (none when they state several; deadline_any then lists them).
 */
function taskDueDate(task: TaskBlock): string | null {
  const own = dueDate(task.deadline);
  if (own) return own;
  const dates = new Set(task.subItems.map((sub) => dueDate(sub.deadline)).filter((date) => date !== null));
  return dates.size === 1 ? ([...dates][0] ?? null) : null;
}

interface Unit {
  lead: AgencyRef[];
  coord: AgencyRef[];
  deadlines: (string | null)[];
}

/** Which parts of an expected task (or subtask) the imported one gets right. */
function score(expected: Expected, unit: Unit): { lead: boolean; coord: boolean; deadline: boolean } {
  const lead = expected.lead === null ? unit.lead.length === 0 : names(unit.lead[0]?.name ?? '', expected.lead);
  // Every expected agency is named; where none is expected, none but generic phrases may be. (The ground truth gives
  // one distinctive part for an enumeration: "Đức Trọng" for "UBND các xã: Đức Trọng, Hiệp Thạnh, …".)
  const coord =
    expected.coord.every((part) => unit.coord.some((agency) => names(agency.name, part))) &&
    (expected.coord.length > 0 || unit.coord.every(isGeneric));
  const dates = unit.deadlines.filter((date): date is string => date !== null);
  const deadline = expected.deadline_any
    ? dates.every((date) => expected.deadline_any?.includes(date))
    : expected.deadline
      ? dates.length > 0 && dates.every((date) => date === expected.deadline)
      : dates.length === 0;
  return { lead, coord, deadline };
}

/** A lettered sub-item with the dash items under it: one agency's part of a thematic task. */
function subItemGroups(task: TaskBlock): Unit[] {
  const groups: { head: SubItem; rest: SubItem[] }[] = [];
  for (const sub of task.subItems) {
    const last = groups[groups.length - 1];
    if (sub.level === 2 && last) last.rest.push(sub);
    else groups.push({ head: sub, rest: [] });
  }
  return groups.map(({ head, rest }) => ({
    lead: head.leadAgencies.length > 0 ? head.leadAgencies : (rest.find((sub) => sub.leadAgencies.length > 0)?.leadAgencies ?? []),
    coord: [head, ...rest].flatMap((sub) => sub.coordinatingAgencies),
    deadlines: [head, ...rest].map((sub) => dueDate(sub.deadline)),
  }));
}

interface NoticeScore {
  expected: number;
  imported: number;
  right: number;
  lead: number;
  coord: number;
  deadline: number;
  subtasks: number;
  subtasksRight: number;
  misses: string[];
}

function scoreNotice(expected: ExpectedNotice, tasks: TaskBlock[]): NoticeScore {
  const result: NoticeScore = {
    expected: expected.tasks.length, imported: tasks.length, right: 0, lead: 0, coord: 0, deadline: 0, subtasks: 0, subtasksRight: 0, misses: [],
  };
  expected.tasks.forEach((task, index) => {
    const block = tasks[index];
    result.subtasks += task.subtasks?.length ?? 0;
    if (!block) {
      result.misses.push(`${task.n}: not found`);
      return;
    }
    const unit = { lead: block.leadAgencies, coord: block.coordinatingAgencies, deadlines: [taskDueDate(block)] };
    const parts = score(task, unit);
    if (parts.lead) result.lead += 1;
    if (parts.coord) result.coord += 1;
    if (parts.deadline) result.deadline += 1;
    if (parts.lead && parts.coord && parts.deadline) result.right += 1;
    else {
      const wrong = Object.entries(parts).filter(([, ok]) => !ok).map(([part]) => part);
      const got = `lead=[${unit.lead.map((a) => a.name).join('; ')}] coord=[${unit.coord.map((a) => a.name).join('; ')}] deadline=${unit.deadlines[0] ?? '-'}`;
      result.misses.push(`${task.n}: ${wrong.join(', ')} wrong (${got})`);
    }
    // Subtasks are matched in order: each to the next group of sub-items that gets it fully right.
    const groups = subItemGroups(block);
    let from = 0;
    for (const sub of task.subtasks ?? []) {
      const at = groups.findIndex((group, position) => {
        if (position < from) return false;
        const parts = score(sub, group);
        return parts.lead && parts.coord && parts.deadline;
      });
      if (at >= 0) {
        result.subtasksRight += 1;
        from = at + 1;
      }
    }
  });
  return result;
}

const corpusPresent = existsSync(join(CORPUS, 'expected.json'));
const expectedNotices: ExpectedNotice[] = corpusPresent
  ? (JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as ExpectedNotice[])
  : [];
const options = () => ({ directory: laiChauDirectory(), defaults: officeDefaults() });
const tasksOf = (body: { type: string }[]) => body.filter((block): block is TaskBlock => block.type === 'task');

function readText(file: string): string {
  // The first line says where the text came from; it is not part of the notice.
  return readFileSync(join(CORPUS, file), 'utf8').replace(/^SOURCE:[^\n]*\n/u, '');
}

function report(kind: string, scores: [string, NoticeScore][]): { right: number; expected: number; found: number } {
  const lines = scores.map(
    ([file, s]) =>
      `${file.slice(0, 40).padEnd(40)} tasks ${String(s.imported).padStart(2)}/${String(s.expected).padStart(2)}` +
      `  fully right ${String(s.right).padStart(2)}  lead ${s.lead} coord ${s.coord} deadline ${s.deadline}` +
      `  subtasks ${s.subtasksRight}/${s.subtasks}${s.misses.length > 0 ? `\n    ${s.misses.join('\n    ')}` : ''}`,
  );
  const right = scores.reduce((sum, [, s]) => sum + s.right, 0);
  const expected = scores.reduce((sum, [, s]) => sum + s.expected, 0);
  const found = scores.reduce((sum, [, s]) => sum + Math.min(s.imported, s.expected), 0);
  const exact = scores.every(([, s]) => s.imported === s.expected);
  console.log(
    `Real notices from ${kind}: ${right}/${expected} tasks fully right (${((100 * right) / expected).toFixed(1)}%), ` +
      `${found}/${expected} found${exact ? '' : ' (task count differs somewhere)'}\n${lines.join('\n')}`,
  );
  return { right, expected, found };
}

/** The footnote references of a notice's body, with their notes' text. */
function footnotesOf(body: Block[]): string[] {
  const runs = body.flatMap((block): RichText[] => {
    if (block.type === 'task') return [block.title, block.content, ...block.subItems.map((sub) => sub.text)];
    if (block.type === 'scheme') return [block.title, block.conclusion];
    return [block.text];
  });
  return runs.flat().filter((run) => run.footnote).map((run) => (run.footnote ?? []).map((part) => part.text).join(''));
}

describe.skipIf(!corpusPresent)('import of the real notices of ../shared/real-notices', () => {
  it('keeps every footnote of the .docx files, with its text, and every glued reference of their text files', () => {
    for (const notice of expectedNotices) {
      const file = notice.file.replace(/\.txt$/u, '.docx');
      if (!existsSync(join(CORPUS, file))) continue;
      const bytes = readFileSync(join(CORPUS, file));
      const references = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array()).match(/<w:footnoteReference\b/gu)?.length ?? 0;
      const fromDocx = footnotesOf(importBytes(bytes, file, options()).notice.body);
      expect(fromDocx, file).toHaveLength(references);
      for (const note of fromDocx) expect(note.trim(), file).not.toBe('');
      // "Save as text" keeps only the number glued to the word: the reference stays, its note is to be typed again.
      const fromText = footnotesOf(parseNoticeText(readText(notice.file), options()).notice.body);
      expect(fromText, notice.file).toHaveLength(references);
    }
  });

  it('reads the tasks of the text files: ≥ 90% fully right, every one found', () => {
    const scores = expectedNotices.map((notice): [string, NoticeScore] => {
      const { notice: imported } = parseNoticeText(readText(notice.file), options());
      return [notice.file, scoreNotice(notice, tasksOf(imported.body))];
    });
    const total = report('.txt', scores);
    for (const [file, s] of scores) expect(s.imported, file).toBe(s.expected);
    expect(total.right / total.expected).toBeGreaterThanOrEqual(TARGET);
  });

  it('reads the tasks of the original .docx files: ≥ 90% fully right, every one found', () => {
    const withDocx = expectedNotices.filter((notice) => existsSync(join(CORPUS, notice.file.replace(/\.txt$/u, '.docx'))));
    expect(withDocx.length).toBeGreaterThanOrEqual(6);
    const scores = withDocx.map((notice): [string, NoticeScore] => {
      const file = notice.file.replace(/\.txt$/u, '.docx');
      const { notice: imported } = importBytes(readFileSync(join(CORPUS, file)), file, options());
      return [file, scoreNotice(notice, tasksOf(imported.body))];
    });
    const total = report('.docx', scores);
    for (const [file, s] of scores) expect(s.imported, file).toBe(s.expected);
    expect(total.right / total.expected).toBeGreaterThanOrEqual(TARGET);
  });
});
