/** The register room: issuing a notice takes the next number of its code's series for the year. */
import { ApiError, type ApiImplementation } from '../../../shared/api';
import { splitIsoDate } from '../../../shared/format/dates';
import { formatRegisterNumber } from '../../../shared/format/vietnamese';
import { buildRegisterSheetDocx } from '../../../shared/register/register-sheet';
import type { RegisterSeries } from '../../../shared/register/schema';
import { issuerForm, issuerFormOfNotice } from '../../../shared/settings/defaults';
import {
  insertRegisterEntry,
  lastRegisterNumber,
  nextRegisterNumber,
  registerDetails,
  registerEntries,
  registerSeries,
  registerStart,
  setRegisterStart,
} from '../storage/register';
import { assertIssuable } from './checks';
import type { LibraryContext } from './context';
import { existingNotice, noticeDocument, noticeRecord, storeNotice } from './records';
import { readSettings } from './settings';

/** The register's key for a code: as printed, upper case without spaces ("tb-vp" and "TB-VP" are one series). */
export function registerCode(code: string): string {
  return code.replace(/\s+/gu, '').toLocaleUpperCase('vi');
}

function series(context: LibraryContext, rawCode: string, year: number): RegisterSeries {
  const { db } = context;
  const code = registerCode(rawCode);
  const startNumber = registerStart(db, code, year);
  return {
    code,
    year,
    entries: registerEntries(db, code, year).map((row) => ({
      number: row.number,
      issueDate: row.issue_date,
      summary: row.summary,
      signerTitle: row.signer_title,
      signerName: row.signer_name,
      recipients: JSON.parse(row.recipients_json) as string[],
      archive: row.archive,
      ...(row.notice_id ? { noticeId: row.notice_id } : {}),
    })),
    ...(startNumber !== undefined ? { startNumber } : {}),
    nextNumber: nextRegisterNumber(db, code, year),
    series: registerSeries(db),
  };
}

/** The agency the register sheet is kept by: the issuer form of that code, on one line. */
function sheetAgency(context: LibraryContext, code: string): string {
  const settings = readSettings(context);
  const form = issuerFormOfNotice(settings.issuerForms, { code, issuer: { parentAgency: '', agency: '' } }) ?? issuerForm(settings);
  return [form.agency, form.parentAgency].map((line) => line.replace(/\s+/gu, ' ').trim()).filter(Boolean).join(' ');
}

export function registerApi(
  context: LibraryContext,
): Pick<ApiImplementation, 'issueNotice' | 'listRegister' | 'setRegisterStart' | 'exportRegisterDocx'> {
  const { db } = context;
  return {
    listRegister: ({ code, year }) => series(context, code, year),

    setRegisterStart({ code: rawCode, year, startNumber }) {
      const code = registerCode(rawCode);
      context.write(() => {
        const last = lastRegisterNumber(db, code, year);
        if (startNumber <= last) {
          throw new ApiError(
            'conflict',
            `Sổ ${code} năm ${year} đã cấp đến số ${formatRegisterNumber(last, code)}; số bắt đầu phải lớn hơn ${last}.`,
          );
        }
        setRegisterStart(db, code, year, startNumber);
      });
      return series(context, code, year);
    },

    async exportRegisterDocx({ code: rawCode, year }) {
      const { code, entries } = series(context, rawCode, year);
      const bytes = await buildRegisterSheetDocx({ code, year, agency: sheetAgency(context, code), entries });
      return { fileName: `So-dang-ky-${code}-${year}.docx`, base64: Buffer.from(bytes).toString('base64') };
    },

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
        insertRegisterEntry(db, { code, year, number, noticeId: id, issueDate, issuedAt: context.timestamp(), ...registerDetails(notice) });
        storeNotice(context, id, { ...notice, number, date: issueDate }, 'issue', { status: 'issued' });
      });
      return noticeRecord(context, id);
    },
  };
}
