/**
 * Dates and deadlines: the issue date against the meeting, each deadline against both, deadlines as data against
 * the deadlines the text states, the months the trích yếu names, and the notice's own due date (5 working days).
 */
import { deadlineDueDate, findDeadlines, formatDeadline } from '../format/deadline';
import { formatShortDate } from '../format/vietnamese';
import type { Deadline, IsoDate, Notice } from '../notice/schema';
import { listTextFields, locate, locateField, plainText } from './text-fields';
import type { CheckRule, Finding } from './types';
import { NOTICE_DUE_WORKING_DAYS, noticeDueDate, workingDaysBetween } from './working-days';

const sameDeadline = (a: Deadline, b: Deadline) => formatDeadline(a) === formatDeadline(b);

const stated = new Map<string, Deadline[]>();
/** The deadlines a text states, kept per text: most texts are unchanged between two checks. */
function statedDeadlines(text: string): Deadline[] {
  let found = stated.get(text);
  if (!found) {
    found = findDeadlines(text).map((m) => m.deadline);
    if (stated.size > 20000) stated.clear();
    stated.set(text, found);
  }
  return found;
}

const issueDateRule: CheckRule = {
  id: 'dates.issue-before-meeting',
  run(notice) {
    const { date } = notice;
    const meeting = notice.meeting.date;
    if (!date || !meeting || date >= meeting) return [];
    return [{
      ruleId: 'dates.issue-before-meeting',
      severity: 'error',
      message: `Ngày ban hành ${formatShortDate(date)} trước ngày họp ${formatShortDate(meeting)}. Thông báo kết luận ban hành sau cuộc họp: sửa ngày ban hành hoặc ngày họp.`,
      location: locateField('date'),
    }];
  },
};

/** A block's (or sub-item's) deadline as data, with the deadlines its text states. */
interface DeadlineOwner {
  field: string;
  subItemId?: string;
  deadline?: Deadline;
  inText: Deadline[];
}

/**
 * The owners of one block, kept per block object: the editor hands unchanged blocks over as the same objects, so a
 * check after typing reads the texts of the one block that changed.
 */
const ownersByBlock = new WeakMap<Notice['body'][number], DeadlineOwner[]>();

function blockOwners(block: Notice['body'][number]): DeadlineOwner[] {
  let owners = ownersByBlock.get(block);
  if (owners) return owners;
  owners = [];
  if (block.type === 'task') {
    const subTexts = block.subItems.map((s) => plainText(s.text));
    owners.push({ field: 'deadline', deadline: block.deadline, inText: statedDeadlines([plainText(block.title), plainText(block.content), ...subTexts].join('\n')) });
    block.subItems.forEach((sub, index) => {
      if (sub.deadline) {
        owners?.push({ field: `subItems[${index}].deadline`, subItemId: sub.id, deadline: sub.deadline, inText: statedDeadlines([plainText(block.content), subTexts[index] ?? ''].join('\n')) });
      }
    });
  } else if (block.type === 'scheme') {
    owners.push({ field: 'deadline', deadline: block.deadline, inText: statedDeadlines(`${plainText(block.title)}\n${plainText(block.conclusion)}`) });
  }
  ownersByBlock.set(block, owners);
  return owners;
}

/** Each block's deadline as data, with the text that should state it. */
function deadlineOwners(notice: Notice) {
  return notice.body.flatMap((block, blockIndex) =>
    blockOwners(block).map((owner) => ({ ...owner, path: `body[${blockIndex}].${owner.field}`, blockIndex, blockId: block.id })),
  );
}

const deadlineRule: CheckRule = {
  id: 'dates.deadline',
  run(notice) {
    const findings: Finding[] = [];
    const meeting = notice.meeting.date;
    for (const owner of deadlineOwners(notice)) {
      const location = { path: owner.path, blockIndex: owner.blockIndex, blockId: owner.blockId, offset: 0, length: 0, ...(owner.subItemId ? { subItemId: owner.subItemId } : {}) };
      const { inText } = owner;
      if (owner.deadline) {
        const due = deadlineDueDate(owner.deadline);
        const shown = formatDeadline(owner.deadline);
        // A recurring deadline ("trước ngày 15 hằng tháng") has no single due date to compare.
        if (due !== undefined && meeting && due < meeting) {
          findings.push({ ruleId: 'dates.deadline-before-meeting', severity: 'error', message: `Thời hạn «${shown}» đã qua trước ngày họp ${formatShortDate(meeting)}. Sửa thời hạn (có thể còn từ thông báo tháng trước).`, location });
        } else if (due !== undefined && notice.date && due < notice.date) {
          // Passed between the meeting and the issue: worth a look, not a reason to hold the notice back.
          findings.push({ ruleId: 'dates.deadline-before-issue', severity: 'warning', message: `Thời hạn «${shown}» trước ngày ban hành ${formatShortDate(notice.date)}. Sửa thời hạn hoặc ngày ban hành.`, location });
        }
        if (!inText.some((d) => sameDeadline(d, owner.deadline as Deadline))) {
          findings.push({ ruleId: 'dates.deadline-not-in-text', severity: 'warning', message: `Thời hạn «${shown}» có trong dữ liệu nhưng nội dung không ghi. Thêm «${shown}» vào nội dung, vì bản in chỉ có nội dung.`, location });
        }
      } else if (inText.length > 0 && !owner.subItemId) {
        const last = inText.at(-1) as Deadline;
        findings.push({ ruleId: 'dates.deadline-not-in-data', severity: 'warning', message: `Nội dung ghi thời hạn «${formatDeadline(last)}» nhưng chưa đặt thời hạn cho nhiệm vụ. Đặt thời hạn để theo dõi.`, location });
      }
    }
    return findings;
  },
};

const MONTH_MENTION = /(?<![\p{L}\p{N}])tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4})|\/(\d{4}))?(?![\p{L}\p{N}])/giu;

/** The summary names the session's month; a month that is neither the meeting's nor the one before is a leftover. */
const summaryMonthRule: CheckRule = {
  id: 'dates.summary-month',
  run(notice) {
    const meeting = notice.meeting.date;
    const field = listTextFields(notice).find((f) => f.kind === 'summary');
    if (!meeting || !field) return [];
    const [year, month] = meeting.split('-').map(Number) as [number, number];
    const previous = month === 1 ? { month: 12, year: year - 1 } : { month: month - 1, year };
    const findings: Finding[] = [];
    for (const match of field.text.matchAll(MONTH_MENTION)) {
      // "3 tháng cuối năm", "6 tháng đầu năm": a count of months, not a month.
      if (/\d\s+$/u.test(field.text.slice(0, match.index))) continue;
      const m = Number(match[1]);
      const y = match[2] ?? match[3] ? Number(match[2] ?? match[3]) : undefined;
      const fits = (candidate: { month: number; year: number }) => candidate.month === m && (y === undefined || candidate.year === y);
      if (fits({ month, year }) || fits(previous)) continue;
      findings.push({
        ruleId: 'dates.summary-month',
        severity: 'error',
        message: `Trích yếu ghi «${match[0]}» nhưng cuộc họp ngày ${formatShortDate(meeting)}. Sửa tháng (có thể còn từ thông báo cũ) hoặc ngày họp.`,
        location: locate(field, match.index ?? 0, match[0].length),
      });
    }
    return findings;
  },
};

/** What the editor shows: the due date and the working days left (negative once overdue). */
export interface NoticeDue {
  dueDate: IsoDate;
  workingDaysLeft?: number;
}

export function noticeDue(notice: Notice, today?: IsoDate): NoticeDue | undefined {
  const meeting = notice.meeting.date;
  if (!meeting) return undefined;
  const dueDate = noticeDueDate(meeting);
  return today ? { dueDate, workingDaysLeft: workingDaysBetween(today, dueDate) } : { dueDate };
}

const dueRule: CheckRule = {
  id: 'dates.notice-due',
  run(notice, context) {
    const due = noticeDue(notice, context.today);
    if (!due) return [];
    const law = `Quyết định 45/2018/QĐ-TTg: ban hành trong ${NOTICE_DUE_WORKING_DAYS} ngày làm việc sau cuộc họp`;
    if (notice.date) {
      if (notice.date <= due.dueDate) return [];
      return [{ ruleId: 'dates.notice-due', severity: 'warning', message: `Ngày ban hành ${formatShortDate(notice.date)} quá hạn ${formatShortDate(due.dueDate)} (${law}).`, location: locateField('date') }];
    }
    if (due.workingDaysLeft === undefined || due.workingDaysLeft > 1) return [];
    const message = due.workingDaysLeft < 0
      ? `Thông báo đã quá hạn ban hành ${formatShortDate(due.dueDate)} (${law}).`
      : `Hạn ban hành là ${formatShortDate(due.dueDate)}, còn ${due.workingDaysLeft} ngày làm việc (${law}).`;
    return [{ ruleId: 'dates.notice-due', severity: 'warning', message, location: locateField('date') }];
  },
};

export const dateRules: readonly CheckRule[] = [issueDateRule, deadlineRule, summaryMonthRule, dueRule];
