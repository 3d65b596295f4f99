/** The notices room: the list, one notice, new drafts, saving, the trash. */
import { randomUUID } from 'node:crypto';
import { ApiError, type ApiImplementation } from '../../../shared/api';
import { moveOntoAgenciesOfDate } from '../../../shared/notice/agency-succession';
import { makeFromPrevious } from '../../../shared/notice/from-previous';
import { listAgencyRows } from '../storage/agencies';
import { deleteNoticeRow, listNoticeRows, noticeDocumentJson, setTrashedAt, summaryFromRow } from '../storage/notices';
import type { LibraryContext } from './context';
import { assertEditable, createDraft, existingNotice, keepStaleSave, noticeDocument, noticeRecord, storeNotice } from './records';

type NoticesApi = Pick<
  ApiImplementation,
  | 'listNotices'
  | 'getNotice'
  | 'createFromNotice'
  | 'createFromPrevious'
  | 'duplicateNotice'
  | 'saveNotice'
  | 'trashNotice'
  | 'restoreFromTrash'
  | 'deleteForever'
>;

export function noticesApi(context: LibraryContext): NoticesApi {
  const { db, write } = context;
  return {
    listNotices({ status, trashed, limit, offset }) {
      const { rows, total } = listNoticeRows(db, { status, trashed, limit, offset });
      return { notices: rows.map(summaryFromRow), total };
    },

    getNotice: ({ id }) => noticeRecord(context, id),

    createFromNotice: ({ notice }) => createDraft(context, notice),

    createFromPrevious({ sourceId, meetingDate }) {
      existingNotice(context, sourceId);
      const copy = makeFromPrevious(noticeDocument(context, sourceId), { newId: () => randomUUID() });
      const dated = meetingDate ? { ...copy, meeting: { ...copy.meeting, date: meetingDate } } : copy;
      // The new notice is issued today at the earliest: it names the agencies that exist then.
      const today = context.today();
      const onDate = dated.meeting.date && dated.meeting.date > today ? dated.meeting.date : today;
      return createDraft(context, moveOntoAgenciesOfDate(dated, onDate, listAgencyRows(db)));
    },

    duplicateNotice({ id }) {
      existingNotice(context, id);
      return createDraft(context, { ...noticeDocument(context, id), date: undefined });
    },

    saveNotice({ id, notice, reason, baseRevisionId, writerId }) {
      const origin = { baseRevisionId, ...(writerId !== undefined ? { writerId } : {}) };
      return write(() => {
        const found = existingNotice(context, id);
        assertEditable(found);
        if (found.revision_id !== baseRevisionId) {
          // The same text as the current one (a reload re-sending what the closing page already saved): nothing to keep.
          if (JSON.stringify(notice) === noticeDocumentJson(db, id)) return { revisionId: found.revision_id, updatedAt: found.updated_at };
          const revisionId = keepStaleSave(context, found, notice, reason, origin);
          return { revisionId, updatedAt: found.updated_at, conflict: { currentRevisionId: found.revision_id } };
        }
        const revisionId = storeNotice(context, id, notice, reason, origin);
        return { revisionId, updatedAt: existingNotice(context, id).updated_at };
      }, reason === 'autosave' ? 'normal' : 'full');
    },

    trashNotice({ id }) {
      write(() => {
        const found = existingNotice(context, id);
        if (!found.trashed_at) setTrashedAt(db, id, context.timestamp());
      });
      return { ok: true as const };
    },

    restoreFromTrash({ id }) {
      write(() => {
        existingNotice(context, id);
        setTrashedAt(db, id, null);
      });
      return { ok: true as const };
    },

    deleteForever({ id }) {
      write(() => {
        const found = existingNotice(context, id);
        if (!found.trashed_at) throw new ApiError('conflict', 'Chỉ xoá hẳn được thông báo đã chuyển vào thùng rác.');
        if (found.status === 'issued') {
          throw new ApiError('read-only', 'Thông báo đã ban hành là văn bản đã vào sổ nên phải được lưu giữ, không xoá hẳn được.');
        }
        deleteNoticeRow(db, found);
      });
      return { ok: true as const };
    },
  };
}
