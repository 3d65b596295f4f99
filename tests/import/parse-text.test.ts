/** The parser on text copied from a Word file (full header, points, signature) and on smaller cases. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/import/errors';
import { parseNoticeParagraphs, parseNoticeText } from '../../shared/import/parse-notice-text';
import type { TaskBlock } from '../../shared/notice/schema';
import { ROOT, laiChauDirectory, officeDefaults, text } from './helpers';

const directory = laiChauDirectory();
const tasksOf = (body: { type: string }[]) => body.filter((b): b is TaskBlock => b.type === 'task');

describe('parseNoticeText on a notice copied from Word', () => {
  const source = readFileSync(join(ROOT, 'tests', 'fixtures', 'import', 'copied-from-word.txt'), 'utf8');
  const { notice, report } = parseNoticeText(source, { directory });

  it('reads the whole header from the text, needing no defaults', () => {
    expect(notice.issuer).toEqual({ parentAgency: '', agency: 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU' });
    expect(notice).toMatchObject({ number: 12, code: 'TB-UBND', place: 'Lai Châu', date: '2021-03-08', documentType: 'THÔNG BÁO' });
    expect(notice.summary).toBe('Kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra dự án hồ Xà Dề Phìn');
    expect(report.headerFields).toEqual(
      expect.arrayContaining(['issuer', 'number', 'code', 'place', 'date', 'documentType', 'summary', 'closing', 'signature', 'recipients', 'archive']),
    );
    // "Ngày 05/3/2021, đồng chí … đã kiểm tra …" opens the notice: the meeting's date.
    expect(notice.meeting.date).toBe('2021-03-05');
    expect(report.headerFields).toContain('meeting');
  });

  it('reads the closing, the recipients (the first on the "Nơi nhận" line) and the signature', () => {
    expect(notice.closing).toBe('Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.');
    expect(notice.recipients).toEqual(['Chủ tịch, các PCT UBND tỉnh', 'Các sở: NN&PTNT, TN&MT, Tài chính', 'UBND huyện Sìn Hồ']);
    expect(notice.archive).toBe('VT, KT');
    expect(notice.signature).toEqual({
      authorityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
      title: 'PHÓ CHỦ TỊCH',
      signerName: 'Tống Thanh Hải',
    });
    expect(report.droppedLines).toEqual(['(Đã ký)']);
  });

  it('reads numbered headings, lettered points, bullets and level-2 items', () => {
    expect(notice.body.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'task', 'task', 'task']);
    expect(notice.body[1]).toMatchObject({ type: 'heading', numbered: true, text: [{ text: 'Đánh giá chung' }] });
    const [first, second, third] = tasksOf(notice.body);
    expect(first?.leadAgencies).toEqual([{ id: 'ubnd-huyen-sin-ho', name: 'UBND huyện Sìn Hồ' }]);
    expect(first?.coordinatingAgencies.map((a) => a.id)).toEqual(['so-tai-nguyen-moi-truong', 'ban-qlda-nong-nghiep-ptnt']);
    expect(first?.deadline).toEqual({ kind: 'by-date', date: '2021-04-30' });
    expect(text(second?.title)).toBe('Giao Sở NN&PTNT:');
    expect(second?.leadAgencies).toEqual([{ id: 'so-nong-nghiep-ptnt', name: 'Sở NN&PTNT' }]);
    expect(second?.subItemStyle).toBe('letter');
    expect(second?.subItems.map((s) => [s.level, text(s.text)])).toEqual([
      [1, 'Kiểm tra chất lượng công trình đầu mối;'],
      [1, 'Báo cáo UBND tỉnh trong tháng 5/2021.'],
      [2, 'Thời hạn báo cáo không kéo dài.'],
    ]);
    expect(second?.subItems[1]?.deadline).toEqual({ kind: 'within-month', year: 2021, month: 5 });
    expect(third?.leadAgencies.map((a) => a.id)).toEqual(['so-tai-chinh', 'kho-bac-nha-nuoc-tinh']);
    expect(third?.subItems.map((s) => s.level)).toEqual([1, 2]);
    expect(third?.subItems[1]?.deadline).toEqual({ kind: 'within-month', year: 2021, month: 6 });
    expect(report.unrecognised).toEqual([]);
  });
});

describe('parseNoticeText on small cases', () => {
  const parse = (source: string) => parseNoticeText(source, { directory, defaults: officeDefaults() });

  it('normalises white space only: CRLF, tabs, no-break spaces', () => {
    const { notice } = parse('1.\tSở Y tế\u00a0 chủ trì,   phối hợp với Sở Tài chính\r\n- rà soát  thuốc;\r\n');
    const [task] = tasksOf(notice.body);
    // A short line without a full stop, followed by dashes, is the task's title.
    expect(text(task?.title)).toBe('Sở Y tế chủ trì, phối hợp với Sở Tài chính');
    expect(text(task?.subItems[0]?.text)).toBe('rà soát thuốc;');
  });

  it('keeps what it cannot classify among the tasks as paragraphs, and says so', () => {
    const { notice, report } = parse('1. Sở Y tế báo cáo.\nMột đoạn giữa các khoản.\n2. Sở Nội vụ báo cáo.');
    expect(notice.body.map((b) => b.type)).toEqual(['task', 'paragraph', 'task']);
    expect(report.unrecognised).toEqual([notice.body[1]?.id]);
  });

  it('warns when the numbering skips, and when an agency is not in the directory', () => {
    const { report } = parse('1. Sở Y tế báo cáo.\n3. Sở Khoa học công nghệ và Môi trường báo cáo.');
    expect(report.warnings).toEqual([
      'Khoản 3: không tìm thấy trong danh mục cơ quan: «Sở Khoa học công nghệ và Môi trường».',
      'Số thứ tự không liên tục: khoản ghi số 3 trong khi theo thứ tự là 2; thông báo mới được đánh số lại.',
    ]);
    expect(report.tasks[1]?.lead).toEqual([{ text: 'Sở Khoa học công nghệ và Môi trường' }]);
  });

  it('matches nothing against an empty directory but keeps the names as written', () => {
    const { notice } = parseNoticeText('1. Sở Y tế chủ trì, phối hợp với Công an tỉnh.', { directory: [], defaults: officeDefaults() });
    const [task] = tasksOf(notice.body);
    expect(task?.leadAgencies).toEqual([{ name: 'Sở Y tế' }]);
    expect(task?.coordinatingAgencies).toEqual([{ name: 'Công an tỉnh' }]);
  });

  it('uses the ids it is given', () => {
    let n = 0;
    const { notice } = parseNoticeText('1. Sở Y tế.\n- a', { directory, defaults: officeDefaults(), newId: () => `x${(n += 1)}` });
    expect(notice.body[0]?.id).toBe('x1');
    expect(tasksOf(notice.body)[0]?.subItems[0]?.id).toBe('x2');
  });

  it('refuses to make a notice without an issuer, code and place from the text or the defaults', () => {
    expect(() => parseNoticeText('1. Sở Y tế báo cáo.', { directory })).toThrow(ImportError);
    try {
      parseNoticeText('1. Sở Y tế báo cáo.', { directory });
    } catch (error) {
      expect((error as ImportError).code).toBe('missing-defaults');
      expect((error as ImportError).message).toMatch(/chưa có giá trị mặc định/);
    }
  });

  it('joins a trích yếu typed over several centred lines of a .docx', () => {
    const centred = (text: string) => ({ runs: [{ text, bold: true }], centred: true });
    const { notice } = parseNoticeParagraphs(
      [
        centred('THÔNG BÁO'),
        centred('Kết luận của Chủ tịch UBND tỉnh tại phiên họp'),
        centred('UBND tỉnh tháng 9 năm 2020'),
        { runs: [{ text: 'Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận:' }] },
      ],
      { directory, defaults: officeDefaults() },
    );
    expect(notice.summary).toBe('Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh tháng 9 năm 2020');
    expect(notice.body.map((b) => b.type)).toEqual(['paragraph']);
  });
});
