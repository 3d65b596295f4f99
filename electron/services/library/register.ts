/** The register room: issuing a notice takes the next number of its code's series for the year. */
import { ApiError, type ApiImplementation } from '../../../shared/api';
import { splitIsoDate } from '../../../shared/format/dates';
import { formatRegisterNumber } from '../../../shared/format/vietnamese';
import { insertRegisterEntry, nextRegisterNumber } from '../storage/register';
import { assertIssuable } from './checks';
import type { LibraryContext } from './context';
import { existingNotice, noticeDocument, noticeRecord, storeNotice } from './records';

/** The register's key for a code: as printed, upper case without spaces ("tb-vp" and "TB-VP" are one series). */
function registerCode(code: string): string {
  return code.replace(/\s+/gu, '').toLocaleUpperCase('vi');
}

export function registerApi(context: LibraryContext): Pick<ApiImplementation, 'issueNotice'> {
  const { db } = context;
  return {
    issueNotice({ id, date, acceptance }) {
      context.write(() => {
        const found = existingNotice(context, id);
        if (found.status === 'issued') {
          throw new ApiError('conflict', `Thông báo đã được ban hành với số ${formatRegisterNumber(found.number ?? 0, found.code)}.`);
        }
        if (found.trashed_at) throw new ApiError('conflict', 'Thông báo đang ở thùng rác. Hãy khôi phục trước khi ban hành.');
        if (found.to_review_count > 0) {
          throw new ApiError('conflict', `Còn ${found.to_review_count} đoạn chép từ thông báo trước chưa được rà soát. Hãy rà soát hết trước khi ban hành.`);
        }
        const issueDate = date ?? context.today();
        const { year } = splitIsoDate(issueDate);
        const notice = noticeDocument(context, id);
        assertIssuable(context, id, { ...notice, date: issueDate }, issueDate, acceptance);
        const code = registerCode(notice.code);
        // Inside the write lock: nobody else can take the same number between this read and the insert.
        const number = nextRegisterNumber(db, code, year);
        insertRegisterEntry(db, { code, year, number, noticeId: id, issueDate, issuedAt: context.timestamp() });
        storeNotice(context, id, { ...notice, number, date: issueDate }, 'issue', { status: 'issued' });
      });
      return noticeRecord(context, id);
    },
  };
}
