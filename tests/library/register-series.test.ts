/**
 * The register per code and year: what each entry records, the start number of a year, and the register sheet of
 * Decree 30 Appendix IV read back from the exported .docx.
 */
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/notice/schema';
import { REGISTER_SHEET_COLUMNS } from '../../shared/register/register-sheet';
import { COMMITTEE_FORM_ID, defaultSettings, issuerForm, noticeFieldsFromIssuerForm } from '../../shared/settings/defaults';
import { Docx, all, attr, numberAttr, one, text } from '../docx/ooxml';
import { call, openTestLibrary, sampleNotice } from './helpers';

const committeeNotice = (summary: string): Notice => ({
  ...sampleNotice(),
  ...noticeFieldsFromIssuerForm(issuerForm(defaultSettings(), COMMITTEE_FORM_ID), 'ubnd-pho-chu-tich'),
  summary,
  signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', signerName: 'Lê Văn C' },
  recipients: ['Sở Tài chính', 'UBND các xã, phường'],
  archive: 'VT, KT',
});

async function issue(library: ReturnType<typeof openTestLibrary>, notice: Notice, date: string) {
  const { id } = await call(library, 'createFromNotice', { notice });
  return call(library, 'issueNotice', { id, date });
}

describe('the register per code and year', () => {
  it('keeps a series per issuer form, each entry with its date, trích yếu, signer and recipients', async () => {
    const library = openTestLibrary();
    const office = await issue(library, sampleNotice(), '2026-03-02');
    const committee = await issue(library, committeeNotice('Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Tài chính'), '2026-03-03');
    await issue(library, sampleNotice(), '2026-03-04');
    expect([office.notice.code, office.number, committee.notice.code, committee.number]).toEqual(['TB-VP', 1, 'TB-UBND', 1]);

    const register = await call(library, 'listRegister', { code: 'tb-ubnd', year: 2026 });
    expect(register).toMatchObject({ code: 'TB-UBND', year: 2026, nextNumber: 2 });
    expect(register.startNumber).toBeUndefined();
    expect(register.entries).toEqual([
      {
        number: 1,
        issueDate: '2026-03-03',
        summary: 'Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Tài chính',
        signerTitle: 'PHÓ CHỦ TỊCH',
        signerName: 'Lê Văn C',
        recipients: ['Sở Tài chính', 'UBND các xã, phường'],
        archive: 'VT, KT',
        noticeId: committee.id,
      },
    ]);
    expect(register.series).toEqual([
      { code: 'TB-UBND', year: 2026, count: 1 },
      { code: 'TB-VP', year: 2026, count: 2 },
    ]);
    expect((await call(library, 'listRegister', { code: 'TB-VP', year: 2026 })).entries.map((e) => e.number)).toEqual([1, 2]);
    expect(await call(library, 'listRegister', { code: 'TB-VP', year: 2025 })).toMatchObject({ entries: [], nextNumber: 1 });
  });

  it('starts a year at the number set, goes on after it, and refuses a start at or below a number given', async () => {
    const library = openTestLibrary();
    const started = await call(library, 'setRegisterStart', { code: 'TB-VP', year: 2026, startNumber: 42 });
    expect(started).toMatchObject({ code: 'TB-VP', year: 2026, startNumber: 42, nextNumber: 42, entries: [] });
    expect(started.series).toEqual([{ code: 'TB-VP', year: 2026, count: 0 }]);
    expect((await issue(library, sampleNotice(), '2026-06-01')).number).toBe(42);
    expect((await issue(library, sampleNotice(), '2026-06-02')).number).toBe(43);
    // Another year and another code are their own series.
    expect((await issue(library, sampleNotice(), '2027-01-04')).number).toBe(1);
    expect((await issue(library, committeeNotice('Kết luận'), '2026-06-03')).number).toBe(1);

    await expect(call(library, 'setRegisterStart', { code: 'TB-VP', year: 2026, startNumber: 43 })).rejects.toMatchObject({
      code: 'conflict',
      message: 'Sổ TB-VP năm 2026 đã cấp đến số 43/TB-VP; số bắt đầu phải lớn hơn 43.',
    });
    await expect(call(library, 'setRegisterStart', { code: 'TB-VP', year: 2026, startNumber: 0 })).rejects.toMatchObject({
      code: 'invalid-request',
      problems: [{ path: 'startNumber', message: 'Số bắt đầu phải từ 1 trở lên' }],
    });
    // Moving the start on leaves a gap the next notice jumps to.
    await call(library, 'setRegisterStart', { code: 'tb-vp', year: 2026, startNumber: 50 });
    expect((await issue(library, sampleNotice(), '2026-06-04')).number).toBe(50);
  });

  it('exports the register sheet of Decree 30 Appendix IV: landscape A4, the ten columns numbered, one row per number', async () => {
    const library = openTestLibrary();
    await call(library, 'setRegisterStart', { code: 'TB-UBND', year: 2026, startNumber: 7 });
    await issue(library, committeeNotice('Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Tài chính'), '2026-03-03');
    await issue(library, committeeNotice('Hội nghị sơ kết công tác cải cách hành chính'), '2026-03-09');
    const file = await call(library, 'exportRegisterDocx', { code: 'TB-UBND', year: 2026 });
    expect(file.fileName).toBe('So-dang-ky-TB-UBND-2026.docx');

    const docx = new Docx(new Uint8Array(Buffer.from(file.base64, 'base64')));
    const document = docx.xml('word/document.xml');
    const size = one('//w:sectPr/w:pgSz', document);
    expect(attr(size, 'w:orient')).toBe('landscape');
    expect([numberAttr(size, 'w:w'), numberAttr(size, 'w:h')]).toEqual([16838, 11906]);
    const paragraphs = all('/w:document/w:body/w:p', document).map(text);
    expect(paragraphs).toEqual(['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', 'Năm 2026 — Ký hiệu: TB-UBND', 'Từ số 07/TB-UBND đến số 08/TB-UBND']);

    const table = one('/w:document/w:body/w:tbl', document);
    const rows = all('w:tr', table).map((row) => all('w:tc', row).map(text));
    expect(rows[0]).toEqual([
      'Số, ký hiệu văn bản',
      'Ngày tháng văn bản',
      'Tên loại và trích yếu nội dung văn bản',
      'Người ký',
      'Nơi nhận văn bản',
      'Đơn vị, người nhận bản lưu',
      'Số lượng bản',
      'Ngày chuyển',
      'Ký nhận',
      'Ghi chú',
    ]);
    expect(rows[0]).toHaveLength(REGISTER_SHEET_COLUMNS.length);
    expect(rows[1]).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']);
    expect(rows.slice(2)).toEqual([
      [
        '07/TB-UBND',
        '03/03/2026',
        'Thông báo kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Tài chính',
        'Lê Văn C (PHÓ CHỦ TỊCH)',
        'Sở Tài chính; UBND các xã, phường',
        'VT, KT',
        '',
        '',
        '',
        '',
      ],
      ['08/TB-UBND', '09/03/2026', 'Thông báo Hội nghị sơ kết công tác cải cách hành chính', 'Lê Văn C (PHÓ CHỦ TỊCH)', 'Sở Tài chính; UBND các xã, phường', 'VT, KT', '', '', '', ''],
    ]);
    // The heading rows repeat on every page; the columns fill the text width exactly.
    expect(all('w:tr[position() <= 2]/w:trPr/w:tblHeader', table)).toHaveLength(2);
    const widths = all('w:tblGrid/w:gridCol', table).map((col) => numberAttr(col, 'w:w'));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(16838 - 2 * 1134);
  });
});
