/** The revisions room: a notice's saved states, reading one, and restoring one as a new state. */
import { ApiError, type ApiImplementation } from '../../../shared/api';
import { listReviewCopies, listRevisionComments } from '../storage/review-copies';
import { listRevisionRows, revisionFromRow, revisionRow } from '../storage/revisions';
import type { LibraryContext } from './context';
import { assertEditable, existingNotice, noticeRecord, parseNoticeJson, storeNotice } from './records';

export function revisionsApi(context: LibraryContext): Pick<ApiImplementation, 'listRevisions' | 'getRevision' | 'restoreRevision'> {
  const { db } = context;
  return {
    listRevisions({ id }) {
      existingNotice(context, id);
      return {
        revisions: listRevisionRows(db, id).map(revisionFromRow),
        reviewCopies: listReviewCopies(db, id),
        comments: listRevisionComments(db, id),
      };
    },

    getRevision({ revisionId }) {
      const found = revisionRow(db, revisionId);
      if (!found) throw new ApiError('not-found', 'Không tìm thấy phiên bản này.');
      return { revision: revisionFromRow(found), notice: parseNoticeJson(found.notice_json) };
    },

    restoreRevision({ id, revisionId }) {
      context.write(() => {
        assertEditable(existingNotice(context, id));
        const found = revisionRow(db, revisionId, id);
        if (!found) throw new ApiError('not-found', 'Không tìm thấy phiên bản này của thông báo.');
        storeNotice(context, id, parseNoticeJson(found.notice_json), 'restore', { restoredFrom: revisionId });
      });
      return noticeRecord(context, id);
    },
  };
}
