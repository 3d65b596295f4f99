/**
 * A template's blanks as fields: a blank bound to a meeting detail (a run with `field` in rich text, a
 * `summaryBlanks` entry in the trích yếu) shows that detail as the meeting panel gives it, or "…" while it is empty,
 * so the secretary types each fact once. A blank edited by hand becomes plain text and is left alone from then on.
 */
import { nextMonth, splitIsoDate } from '../format/dates';
import { formatDay, formatMonth } from '../format/vietnamese';
import type { Block, BlankField, Meeting, Notice, RichText, SummaryBlank } from './schema';

/**
 * The meeting details a template's blank can be bound to. Here rather than beside the schema, which builds zod
 * schemas when loaded: the editor's first frame draws blanks without it.
 */
export const BLANK_FIELDS = [
  'meeting.day',
  'meeting.month',
  'meeting.year',
  'meeting.timeOfDay',
  'meeting.place',
  'meeting.chairName',
  'meeting.chairTitle',
  // The month after the meeting's and its year: a monthly session's "NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2026".
  'meeting.nextMonth',
  'meeting.nextMonthYear',
] as const;

/** What an unfilled blank prints: the check engine's "unfinished content" rule lists every one left. */
export const BLANK_TEXT = '…';

/** The text a blank bound to `field` shows for these meeting details. */
export function blankFieldText(field: BlankField, meeting: Pick<Meeting, 'date' | 'timeOfDay' | 'place' | 'chairName' | 'chairTitle'>): string {
  let text = '';
  if (field === 'meeting.day' || field === 'meeting.month' || field === 'meeting.year') {
    if (meeting.date !== undefined) {
      const { year, month, day } = splitIsoDate(meeting.date);
      text = field === 'meeting.day' ? formatDay(day) : field === 'meeting.month' ? formatMonth(month) : String(year);
    }
  } else if (field === 'meeting.nextMonth' || field === 'meeting.nextMonthYear') {
    if (meeting.date !== undefined) {
      const next = nextMonth(splitIsoDate(meeting.date));
      text = field === 'meeting.nextMonth' ? formatMonth(next.month) : String(next.year);
    }
  } else {
    const key = field.slice('meeting.'.length) as 'timeOfDay' | 'place' | 'chairName' | 'chairTitle';
    text = meeting[key].trim();
  }
  return text === '' ? BLANK_TEXT : text;
}

/** The runs with every blank's text set from the meeting; the same array when nothing changes. */
export function fillRuns(runs: RichText, meeting: Meeting): RichText {
  let changed = false;
  const filled = runs.map((run) => {
    if (run.field === undefined) return run;
    const text = blankFieldText(run.field, meeting);
    if (text === run.text) return run;
    changed = true;
    return { ...run, text };
  });
  return changed ? filled : runs;
}

function fillBlock(block: Block, meeting: Meeting): Block {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'dash': {
      const text = fillRuns(block.text, meeting);
      return text === block.text ? block : { ...block, text };
    }
    case 'task': {
      const title = fillRuns(block.title, meeting);
      const content = fillRuns(block.content, meeting);
      const subItems = block.subItems.map((sub) => {
        const text = fillRuns(sub.text, meeting);
        return text === sub.text ? sub : { ...sub, text };
      });
      const same = title === block.title && content === block.content && subItems.every((sub, i) => sub === block.subItems[i]);
      return same ? block : { ...block, title, content, subItems };
    }
    case 'scheme': {
      const title = fillRuns(block.title, meeting);
      const conclusion = fillRuns(block.conclusion, meeting);
      return title === block.title && conclusion === block.conclusion ? block : { ...block, title, conclusion };
    }
  }
}

/** The trích yếu with each blank's text set from the meeting (later blanks move with the length of earlier ones). */
export function fillSummary(summary: string, blanks: readonly SummaryBlank[], meeting: Meeting): { summary: string; summaryBlanks: SummaryBlank[] } {
  let text = '';
  let from = 0;
  const filled: SummaryBlank[] = [];
  for (const blank of [...blanks].sort((a, b) => a.start - b.start)) {
    if (blank.start < from || blank.start + blank.length > summary.length) continue;
    const value = blankFieldText(blank.field, meeting);
    text += summary.slice(from, blank.start);
    filled.push({ field: blank.field, start: text.length, length: value.length });
    text += value;
    from = blank.start + blank.length;
  }
  return { summary: text + summary.slice(from), summaryBlanks: filled };
}

/**
 * The trích yếu's blanks after the secretary changed its text from `before` to `after` (one edit: what differs
 * between the common start and the common end). Blanks the edit touched became plain text and are dropped; blanks
 * after it move by the change in length.
 */
export function blanksAfterSummaryEdit(before: string, after: string, blanks: readonly SummaryBlank[]): SummaryBlank[] {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const editStart = prefix;
  const editEnd = before.length - suffix;
  const shift = after.length - before.length;
  const kept: SummaryBlank[] = [];
  for (const blank of blanks) {
    // Typing just before or just after a blank leaves it whole.
    if (blank.start + blank.length <= editStart) kept.push(blank);
    else if (blank.start >= editEnd) kept.push({ ...blank, start: blank.start + shift });
  }
  return kept;
}

/** The notice with its meeting details set and every blank (body and trích yếu) filled from them. */
export function withMeeting<T extends Pick<Notice, 'body' | 'summary' | 'summaryBlanks'>>(notice: T, meeting: Meeting): T & { meeting: Meeting } {
  const body = notice.body.map((block) => fillBlock(block, meeting));
  const filled = notice.summaryBlanks && notice.summaryBlanks.length > 0 ? fillSummary(notice.summary, notice.summaryBlanks, meeting) : null;
  return {
    ...notice,
    meeting,
    body: body.every((block, i) => block === notice.body[i]) ? notice.body : body,
    ...(filled ? filled : {}),
  };
}
