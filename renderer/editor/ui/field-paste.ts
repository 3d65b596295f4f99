/**
 * Page fields carry `maxLength` (the notice's limits, shared/notice/limits.ts), so typing stops at the limit and
 * Chromium cuts a longer paste to fit. This tells the user when a paste was cut, instead of losing text silently.
 */
import type { ClipboardEvent } from 'react';
import { formatCount } from '../../../shared/notice/limits';

export function pasteCutMessage(field: string, max: number): string {
  return `${field} dài quá ${formatCount(max)} ký tự: phần dán vào đã được cắt bớt cho vừa.`;
}

/** An onPaste handler that reports, through `onMessage`, a paste that does not fit in `max` characters. */
export function reportCutPaste(field: string, max: number, onMessage: ((message: string) => void) | undefined) {
  return (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const target = event.currentTarget;
    const pasted = event.clipboardData.getData('text/plain').replace(/\r\n?/gu, '\n');
    const selected = (target.selectionEnd ?? 0) - (target.selectionStart ?? 0);
    const wanted = target.value.length - selected + (target instanceof HTMLInputElement ? pasted.replace(/\n/gu, '').length : pasted.length);
    if (wanted <= max || onMessage === undefined) return;
    // After the paste's own change: every edit clears the editor's message (NoticeEditor's onBody), this one included.
    setTimeout(() => onMessage(pasteCutMessage(field, max)), 0);
  };
}
