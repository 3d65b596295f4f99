/**
 * The countdown to the notice's due date in the editor's top bar: Decision 45/2018/QĐ-TTg has a notice of
 * conclusions issued within 5 working days after the meeting; weekends and Vietnam's public holidays (as the
 * Government scheduled them) are not counted (shared/checks/working-days.ts).
 */
import { memo, useMemo } from 'react';
import { NOTICE_DUE_WORKING_DAYS, noticeDueDate, workingDaysBetween } from '../../../shared/checks/working-days';
import { localTodayIso } from '../../../shared/format/dates';
import { formatShortDate } from '../../../shared/format/vietnamese';
import type { IsoDate } from '../../../shared/notice/schema';

/** Memoised: the top bar re-renders with the save state while typing; the count walks every day since the meeting. */
export const DueCountdown = memo(function DueCountdown({ meetingDate }: { meetingDate: IsoDate }) {
  const { due, left } = useMemo(() => {
    const dueDate = noticeDueDate(meetingDate);
    return { due: dueDate, left: workingDaysBetween(localTodayIso(), dueDate) };
  }, [meetingDate]);
  const state = left < 0 ? 'overdue' : left <= 1 ? 'soon' : 'ok';
  const text =
    left < 0
      ? `Quá hạn ban hành ${-left} ngày làm việc (hạn ${formatShortDate(due)})`
      : left === 0
        ? `Hôm nay là hạn ban hành (${formatShortDate(due)})`
        : `Hạn ban hành ${formatShortDate(due)}: còn ${left} ngày làm việc`;
  return (
    <span
      className={`due-countdown due-${state}`}
      data-due-date={due}
      data-working-days-left={left}
      title={`Quyết định 45/2018/QĐ-TTg: ban hành trong ${NOTICE_DUE_WORKING_DAYS} ngày làm việc sau cuộc họp ${formatShortDate(meetingDate)}, không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.`}
    >
      {state === 'ok' ? '' : state === 'soon' ? '⏳ ' : '⚠ '}
      {text}
    </span>
  );
});
