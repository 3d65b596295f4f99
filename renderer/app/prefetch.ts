/**
 * The request for the notice the page opens on, started before React's first render. On a cold start straight into
 * the editor (a reload, the desktop app restoring its window) the notice would otherwise be asked for only after the
 * whole app had rendered once; the editor screen takes the request over.
 */
import type { Api, NoticeRecord } from '../../shared/api';
import { parseRoute } from './router';

let opening: { noticeId: string; record: Promise<NoticeRecord> } | undefined;

export function prefetchOpeningNotice(api: Api, hash: string): void {
  const route = parseRoute(hash);
  if (route.screen !== 'editor') return;
  const record = api.getNotice({ id: route.noticeId });
  // A failure is reported by the screen that takes the request over.
  record.catch(() => undefined);
  opening = { noticeId: route.noticeId, record };
}

/** The notice's record: the request started at load when it was for this notice (once), else a new one. */
export function takeNoticeRequest(api: Api, noticeId: string): Promise<NoticeRecord> {
  const prefetched = opening?.noticeId === noticeId ? opening.record : undefined;
  opening = undefined;
  return prefetched ?? api.getNotice({ id: noticeId });
}
