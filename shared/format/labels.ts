/** Vietnamese labels of the states a user reads in every front end (app, command line). */
import type { NoticeStatus } from '../api';

/** "Dự thảo" is Decree 30's word for a document not yet issued. */
export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = { draft: 'Dự thảo', issued: 'Đã ban hành' };
