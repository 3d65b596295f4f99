/**
 * "Xuất bản dự thảo": the copy read back from the real .docx (the framed mark "DỰ THẢO LẦN n" before the header,
 * no number and no date), n counted per notice, the record in the history (which revision, when, to whom), issued
 * notices refused and never marked, and the comments that come back attached to a revision.
 */
import { describe, expect, it } from 'vitest';
import { Docx, all, bodyChildren, paragraphStartingWith, text } from '../docx/ooxml';
import { call, openTestLibrary, sampleNotice, testClock } from './helpers';

function readBack(base64: string | undefined): Docx {
  if (base64 === undefined) throw new Error('The copy came back without its bytes');
  return new Docx(new Uint8Array(Buffer.from(base64, 'base64')));
}

/** A machine without LibreOffice: no usual place, nothing on PATH. */
const NO_LIBREOFFICE = { search: { platform: 'linux' as const, env: { PATH: '' }, isFile: () => false, listDir: () => [] } };

const MARK = /DỰ THẢO/u;

describe('review copies', () => {
  it('marks copy n in a frame above the header, without number or date, and records each copy', async () => {
    const clock = testClock('2026-12-01T02:00:00.000Z');
    const library = openTestLibrary({ now: clock.now });
    // A draft whose document holds a number and a date (e.g. typed ahead): the copy must still show neither.
    const created = await call(library, 'createFromNotice', { notice: { ...sampleNotice(), number: 7, date: '2026-12-01' } });

    clock.advance(60_000);
    const first = await call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Đ/c Chánh Văn phòng', format: 'docx' });
    expect(first.copyNumber).toBe(1);
    expect(first.fileName).toMatch(/-du-thao-1\.docx$/u);
    const docx = readBack(first.base64);
    const [markParagraph, headerTable] = bodyChildren(docx);
    if (!markParagraph || !headerTable) throw new Error('The copy has a body');
    expect(text(markParagraph)).toBe('DỰ THẢO LẦN 1');
    expect(all('w:pPr/w:pBdr/*', markParagraph).map((side) => (side as Element).localName).sort()).toEqual(['bottom', 'left', 'right', 'top']);
    expect(all('.//w:r/w:rPr/w:b', markParagraph).length).toBeGreaterThan(0);
    expect((headerTable as Element).localName).toBe('tbl');
    // Box 11 sits over the right half of the page (above the Quốc hiệu), not at the left margin.
    expect(Number((all('w:pPr/w:ind', markParagraph)[0] as Element).getAttribute('w:left'))).toBeGreaterThan(3000);
    const numberLine = text(paragraphStartingWith(docx, 'Số:'));
    expect(numberLine).not.toMatch(/\d/u);
    expect(text(paragraphStartingWith(docx, 'Lai Châu, ngày'))).not.toMatch(/\d/u);

    clock.advance(3_600_000);
    const edited = { ...sampleNotice(), summary: 'Kết luận đã sửa theo ý kiến lãnh đạo' };
    // One editor session's autosaves, which merge with each other unless a copy or a comment holds the revision.
    await call(library, 'saveNotice', { id: created.id, notice: edited, reason: 'autosave', baseRevisionId: created.revisionId, writerId: 'tab-1' });
    clock.advance(60_000);
    const second = await call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Đ/c Phó Chủ tịch UBND tỉnh', format: 'docx' });
    expect(second.copyNumber).toBe(2);
    expect(text(bodyChildren(readBack(second.base64))[0] as Node)).toBe('DỰ THẢO LẦN 2');

    // An autosave right after the copy does not overwrite the state the copy shows.
    clock.advance(1_000);
    await call(library, 'saveNotice', {
      id: created.id,
      notice: { ...edited, summary: 'Sửa tiếp sau khi gửi' },
      reason: 'autosave',
      baseRevisionId: second.revisionId,
      writerId: 'tab-1',
    });
    const pinned = await call(library, 'getRevision', { revisionId: second.revisionId });
    expect(pinned.notice.summary).toBe('Kết luận đã sửa theo ý kiến lãnh đạo');

    const history = await call(library, 'listRevisions', { id: created.id });
    expect(history.reviewCopies).toEqual([
      { revisionId: first.revisionId, copyNumber: 1, sentTo: 'Đ/c Chánh Văn phòng', sentAt: '2026-12-01T02:01:00.000Z', format: 'docx' },
      { revisionId: second.revisionId, copyNumber: 2, sentTo: 'Đ/c Phó Chủ tịch UBND tỉnh', sentAt: '2026-12-01T03:02:00.000Z', format: 'docx' },
    ]);
    expect(history.revisions.map((revision) => revision.id)).toEqual(expect.arrayContaining([first.revisionId, second.revisionId]));

    // The ordinary export of the draft carries no mark.
    const plain = readBack((await call(library, 'exportDocx', { id: created.id })).base64);
    expect(all('//w:t', plain.xml('word/document.xml')).some((node) => MARK.test(node.textContent ?? ''))).toBe(false);
  });

  it('refuses an issued notice, whose export never carries the mark', async () => {
    const library = openTestLibrary();
    const created = await call(library, 'createFromNotice', { notice: sampleNotice() });
    await call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Lãnh đạo Văn phòng', format: 'docx' });
    await call(library, 'issueNotice', { id: created.id, acceptance: { reason: 'Kiểm tra ngoài ứng dụng' } });
    await expect(call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Lãnh đạo', format: 'docx' })).rejects.toMatchObject({
      code: 'read-only',
    });
    const issued = readBack((await call(library, 'exportDocx', { id: created.id })).base64);
    expect(all('//w:t', issued.xml('word/document.xml')).some((node) => MARK.test(node.textContent ?? ''))).toBe(false);
    expect(text(paragraphStartingWith(issued, 'Số:'))).toMatch(/\d/u);
    await expect(call(library, 'exportReviewCopy', { id: created.id, sentTo: '  ', format: 'docx' })).rejects.toMatchObject({
      problems: [{ path: 'sentTo', message: 'Ghi rõ bản dự thảo gửi cho ai' }],
    });
  });

  it('without LibreOffice records a PDF copy for the print view, with no bytes, counting each copy once', async () => {
    const clock = testClock('2026-12-01T02:00:00.000Z');
    const library = openTestLibrary({ now: clock.now, pdf: NO_LIBREOFFICE });
    const created = await call(library, 'createFromNotice', { notice: sampleNotice() });
    clock.advance(60_000);
    const first = await call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Đ/c Chánh Văn phòng', format: 'pdf' });
    expect(first).toEqual({ fileName: 'TB-2020-09-30-du-thao-1.pdf', copyNumber: 1, revisionId: created.revisionId, route: 'print-view' });
    // The print view shows the recorded revision: the state sent, whatever is typed afterwards.
    clock.advance(1_000);
    await call(library, 'saveNotice', {
      id: created.id,
      notice: { ...sampleNotice(), summary: 'Sửa sau khi gửi' },
      reason: 'autosave',
      baseRevisionId: first.revisionId,
      writerId: 'tab-1',
    });
    expect((await call(library, 'getRevision', { revisionId: first.revisionId })).notice.summary).toBe(sampleNotice().summary);
    const second = await call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Đ/c Phó Chủ tịch UBND tỉnh', format: 'pdf' });
    expect(second).toMatchObject({ copyNumber: 2, route: 'print-view' });
    expect(second.base64).toBeUndefined();
    expect((await call(library, 'listRevisions', { id: created.id })).reviewCopies).toEqual([
      { revisionId: first.revisionId, copyNumber: 1, sentTo: 'Đ/c Chánh Văn phòng', sentAt: '2026-12-01T02:01:00.000Z', format: 'pdf' },
      { revisionId: second.revisionId, copyNumber: 2, sentTo: 'Đ/c Phó Chủ tịch UBND tỉnh', sentAt: '2026-12-01T02:01:01.000Z', format: 'pdf' },
    ]);
    // A .docx copy needs no LibreOffice and carries no route.
    const docx = await call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Đ/c Chủ tịch', format: 'docx' });
    expect(docx).toMatchObject({ copyNumber: 3, fileName: 'TB-2020-09-30-du-thao-3.docx' });
    expect(docx.route).toBeUndefined();
    expect(text(bodyChildren(readBack(docx.base64))[0] as Node)).toBe('DỰ THẢO LẦN 3');
  });

  it('refuses a PDF copy, recording nothing, when the LibreOffice set in Settings is not there', async () => {
    const library = openTestLibrary({ pdf: NO_LIBREOFFICE });
    const created = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const settings = await call(library, 'getSettings', {});
    await call(library, 'setSettings', { ...settings, libreOfficePath: '/opt/khong-co/soffice' });
    await expect(call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Đ/c Chánh Văn phòng', format: 'pdf' })).rejects.toMatchObject({
      code: 'file',
      message: expect.stringContaining('/opt/khong-co/soffice'),
    });
    expect((await call(library, 'listRevisions', { id: created.id })).reviewCopies).toEqual([]);
  });

  it('attaches the comments that come back to the revision they concern', async () => {
    const library = openTestLibrary();
    const created = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const copy = await call(library, 'exportReviewCopy', { id: created.id, sentTo: 'Đ/c Chủ tịch', format: 'docx' });
    const { comments } = await call(library, 'addRevisionComment', {
      id: created.id,
      revisionId: copy.revisionId,
      author: 'Đ/c Chủ tịch',
      text: 'Bổ sung thời hạn cho nhiệm vụ 3.',
    });
    expect(comments).toMatchObject([{ revisionId: copy.revisionId, author: 'Đ/c Chủ tịch', text: 'Bổ sung thời hạn cho nhiệm vụ 3.' }]);
    expect((await call(library, 'listRevisions', { id: created.id })).comments).toEqual(comments);
    await expect(call(library, 'addRevisionComment', { id: created.id, revisionId: 99_999, text: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call(library, 'addRevisionComment', { id: created.id, revisionId: copy.revisionId, text: '   ' })).rejects.toMatchObject({
      problems: [{ path: 'text', message: 'Cần nội dung ý kiến' }],
    });
  });
});
