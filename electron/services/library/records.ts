/**
 * Reading and storing one notice's state, for every room of the library: each saved state is a revision, and the
 * list columns, the search index and the agency links follow the document in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { ApiError, type NoticeRecord, type NoticeStatus, type RevisionReason } from '../../../shared/api';
import { formatRegisterNumber } from '../../../shared/format/vietnamese';
import { parseStoredNotice } from '../../../shared/notice/migrate';
import { countReviewMarks } from '../../../shared/notice/review';
import type { Notice } from '../../../shared/notice/schema';
import {
  insertNoticeRow,
  noticeDocumentJson,
  noticeRow,
  setCurrentRevision,
  setNoticeAgencies,
  summaryFromRow,
  updateNoticeRow,
  writeNoticeDocument,
  type NoticeRow,
} from '../storage/notices';
import { revisionIsReferenced } from '../storage/review-copies';
import { deleteRevision, insertRevision, latestRevision } from '../storage/revisions';
import { indexNotice, noticeAgencyIds } from '../storage/search-index';
import type { LibraryContext } from './context';

/** A writer's autosaves closer together than this collapse into its previous autosave revision. */
export const AUTOSAVE_COLLAPSE_MS = 5_000;
/** …but one autosave revision never spans more than this, so a long session still leaves a readable trail. */
export const AUTOSAVE_MAX_SPAN_MS = 10 * 60_000;

function noticeTitle(notice: Notice): string {
  return notice.summary.trim().replace(/\s+/g, ' ') || 'Thông báo chưa có trích yếu';
}

/** A stored document (current, revision or template) → the Notice of today's shape. */
export const parseNoticeJson = (json: string): Notice => parseStoredNotice(JSON.parse(json));

export function existingNotice({ db }: LibraryContext, id: string): NoticeRow {
  const found = noticeRow(db, id);
  if (!found) throw new ApiError('not-found', 'Không tìm thấy thông báo này (có thể đã bị xoá hẳn).');
  return found;
}

export const noticeDocument = ({ db }: LibraryContext, id: string): Notice => parseNoticeJson(noticeDocumentJson(db, id));

export function noticeRecord(context: LibraryContext, id: string): NoticeRecord {
  const found = existingNotice(context, id);
  return { ...summaryFromRow(found), notice: noticeDocument(context, id), revisionId: found.revision_id };
}

/** An issued notice is read-only (a correction is a new draft); a trashed one must be restored first. */
export function assertEditable(found: NoticeRow): void {
  if (found.status === 'issued') {
    throw new ApiError(
      'read-only',
      `Thông báo số ${formatRegisterNumber(found.number ?? 0, found.code)} đã ban hành nên không sửa trực tiếp được. ` +
        'Để đính chính, hãy nhân bản thành một bản dự thảo mới.',
    );
  }
  if (found.trashed_at) throw new ApiError('conflict', 'Thông báo đang ở thùng rác. Hãy khôi phục trước khi sửa.');
}

/** Who saved and on what: the revision the text started from and the editor session, when named. */
export interface SaveOrigin {
  baseRevisionId?: number;
  writerId?: string;
}

/**
 * Appends the revision. An autosave right after the same writer's own autosave, which is still the notice's
 * current state, is merged with it: the merged state gets a new id and the replaced row goes, so an id never
 * names two contents and another writer's revision is never folded in. A revision a review copy shows or a comment
 * concerns is never merged away.
 */
function addRevision(
  { db, timestamp }: LibraryContext,
  found: NoticeRow,
  json: string,
  reason: RevisionReason,
  origin: SaveOrigin & { restoredFrom?: number },
): number {
  const at = timestamp();
  const noticeId = found.id;
  const revision = { reason, restoredFrom: origin.restoredFrom, json, savedAt: at, writerId: origin.writerId ?? null };
  if (reason === 'autosave' && origin.writerId !== undefined) {
    const last = latestRevision(db, noticeId);
    const nowMs = Date.parse(at);
    if (
      last?.reason === 'autosave' &&
      last.writer_id === origin.writerId &&
      last.id === found.revision_id &&
      last.id === origin.baseRevisionId &&
      nowMs - Date.parse(last.saved_at) <= AUTOSAVE_COLLAPSE_MS &&
      nowMs - Date.parse(last.created_at) < AUTOSAVE_MAX_SPAN_MS &&
      !revisionIsReferenced(db, last.id)
    ) {
      const merged = insertRevision(db, { ...revision, noticeId, createdAt: last.created_at, baseRevisionId: last.base_revision_id });
      deleteRevision(db, last.id);
      return merged;
    }
  }
  return insertRevision(db, { ...revision, noticeId, createdAt: at, baseRevisionId: origin.baseRevisionId ?? null });
}

/** Writes the notice's current state (row, document, revision, search index, agency links). Inside a transaction. */
export function storeNotice(
  context: LibraryContext,
  id: string,
  given: Notice,
  reason: RevisionReason,
  extra: { status?: NoticeStatus; restoredFrom?: number } & SaveOrigin = {},
): number {
  const { db } = context;
  let found = noticeRow(db, id);
  // Only the register gives numbers: a notice that is not (being) issued never keeps one, whatever it came from.
  const notice = extra.status === 'issued' || found?.status === 'issued' ? given : withoutRegisterNumber(given);
  const columns = {
    title: noticeTitle(notice),
    meetingDate: notice.meeting.date ?? null,
    templateId: notice.templateId ?? null,
    number: notice.number ?? null,
    code: notice.code,
    issueDate: notice.date ?? null,
    toReviewCount: countReviewMarks(notice),
    updatedAt: context.timestamp(),
  };
  if (!found) {
    insertNoticeRow(db, id, columns);
  } else {
    updateNoticeRow(db, id, columns);
  }
  found = existingNotice(context, id);
  const json = JSON.stringify(notice);
  writeNoticeDocument(db, id, json);
  const revisionId = addRevision(context, found, json, reason, extra);
  setCurrentRevision(db, id, revisionId, extra.status);
  indexNotice(db, found.seq, notice);
  setNoticeAgencies(db, id, noticeAgencyIds(notice));
  return revisionId;
}

/**
 * A save whose writer did not see the current revision (another window, tab or process saved since): kept as its
 * own revision for the writer to compare or take, while the notice stays as the other writer left it.
 */
export function keepStaleSave(context: LibraryContext, found: NoticeRow, notice: Notice, reason: RevisionReason, origin: SaveOrigin): number {
  const at = context.timestamp();
  return insertRevision(context.db, {
    noticeId: found.id,
    reason,
    json: JSON.stringify(notice),
    createdAt: at,
    savedAt: at,
    baseRevisionId: origin.baseRevisionId ?? null,
    writerId: origin.writerId ?? null,
  });
}

/** The notice without what only issuing gives it: the register number. */
function withoutRegisterNumber(notice: Notice): Notice {
  if (notice.number === undefined) return notice;
  const { number: _number, ...rest } = notice;
  return rest;
}

/**
 * A new draft in the library, with its first revision. Whatever it was made from (an imported or an issued
 * notice, a template, last month's notice), it has no register number (storeNotice drops it).
 */
export function createDraft(context: LibraryContext, notice: Notice): NoticeRecord {
  const id = randomUUID();
  context.write(() => storeNotice(context, id, notice, 'create'));
  return noticeRecord(context, id);
}
