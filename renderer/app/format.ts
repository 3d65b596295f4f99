/** Small display helpers shared by the screens. */
import type { NoticeSummary } from '../../shared/api';
import { formatRegisterNumber, formatShortDate } from '../../shared/format/vietnamese';

export { REASON_LABELS as REVISION_REASON_LABELS } from '../../shared/compare/history';

export function displayDate(date: string | undefined): string {
  return date ? formatShortDate(date) : '—';
}

/** "05/TB-VP" once issued; a dash while the notice is a draft. */
export function displayNumber(summary: Pick<NoticeSummary, 'number' | 'code'>): string {
  return summary.number === undefined ? '—' : formatRegisterNumber(summary.number, summary.code);
}

const two = (n: number) => String(n).padStart(2, '0');

/** "27/11/2026 09:41:42", in local time. */
export function displayTimestamp(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

export function noticeTitle(summary: Pick<NoticeSummary, 'title'>): string {
  return summary.title.trim() || 'Thông báo chưa có trích yếu';
}
