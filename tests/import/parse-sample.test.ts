/**
 * The published September 2020 notice, as copied from the province's website (with its menus, its list of other
 * notices and its typing errors), parsed into a Notice.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SchemeBlock, TaskBlock } from '../../shared/notice/schema';
import { NoticeSchema } from '../../shared/notice/schema';
import { parseNoticeText } from '../../shared/import/parse-notice-text';
import { ImportResultSchema, type ImportResult } from '../../shared/import/result';
import { SAMPLE_TEXT_PATH, blockTexts, laiChauDirectory, officeDefaults, text } from './helpers';

const source = readFileSync(SAMPLE_TEXT_PATH, 'utf8');
let result: ImportResult;
let tasks: TaskBlock[];
let schemes: SchemeBlock[];

const ids = (refs: { id?: string }[]) => refs.map((ref) => ref.id);

beforeAll(() => {
  result = parseNoticeText(source, { directory: laiChauDirectory(), defaults: officeDefaults() });
  tasks = result.notice.body.filter((b): b is TaskBlock => b.type === 'task');
  schemes = result.notice.body.filter((b): b is SchemeBlock => b.type === 'scheme');
});

describe('parseNoticeText on the published sample', () => {
  it('returns a valid Notice and a report the API schema accepts', () => {
    expect(() => NoticeSchema.parse(result.notice)).not.toThrow();
    expect(() => ImportResultSchema.parse(result)).not.toThrow();
    const allIds = result.notice.body.flatMap((b) => [b.id, ...(b.type === 'task' ? b.subItems.map((s) => s.id) : [])]);
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('drops the website chrome and nothing else', () => {
    const dropped = result.report.droppedLines;
    expect(dropped).toEqual(
      expect.arrayContaining(['Thông báo ý kiến TT UBND tỉnh', 'Chủ nhật 22/5/2022', 'Ban biên tập', 'print send mail', 'Các tin đã đăng']),
    );
    // The 15 other notices listed under "Các tin đã đăng".
    expect(dropped.filter((line) => line.startsWith('• Kết luận') || line.startsWith('• Thông báo'))).toHaveLength(15);
    expect(dropped).toHaveLength(20);
    const all = result.notice.body.flatMap(blockTexts).join('\n');
    for (const chrome of ['Ban biên tập', 'send mail', 'Các tin đã đăng', '(01/09/2020)', 'Chủ nhật']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('keeps every other line of the page, word for word', () => {
    const kept = [result.notice.summary, result.notice.closing, ...result.notice.body.flatMap(blockTexts)].join('\n');
    const dropped = new Set(result.report.droppedLines);
    const lines = source
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '' && !dropped.has(line));
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) {
      // Labels ("1.", "-") become structure, and "scheme: conclusion" two fields; the words must all be there.
      const words = line.replace(/^(?:\d+\.|-)\s*/, '');
      const parts = kept.includes(words) ? [words] : words.split(': ');
      for (const part of parts) expect(kept, line).toContain(part);
    }
  });

  it('reads the trích yếu, the opening paragraphs and the section headings', () => {
    expect(result.notice.summary).toBe('Kết luận của Chủ tịch UBND tỉnh Trần Tiến Dũng tại phiên họp UBND tỉnh tháng 9/2020');
    expect(result.report.headerFields).toEqual(['summary']);
    const [first, second, third] = result.notice.body;
    expect(first?.type).toBe('paragraph');
    expect(second?.type).toBe('paragraph');
    expect(text(second?.type === 'paragraph' ? second.text : [])).toMatch(/^Sau khi nghe lãnh đạo các sở, ngành .* kết luận:$/);
    expect(third).toMatchObject({ type: 'heading', numbered: false });
    const headings = result.notice.body.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? text(b.text) : ''));
    expect(headings).toEqual([
      'Tình hình kinh tế - xã hội, công tác chỉ đạo, điều hành của UBND tỉnh 9 tháng đầu năm, nhiệm vụ trọng tâm tháng 3 cuối năm 2020.',
      'Các đề án trình tại phiên họp',
    ]);
    expect(result.report.unrecognised).toEqual([]);
  });

  it('finds the four achievements as dash items', () => {
    const dashes = result.notice.body.filter((b) => b.type === 'dash');
    expect(dashes).toHaveLength(4);
    expect(dashes.map((d) => (d.type === 'dash' ? text(d.text).slice(0, 30) : ''))).toEqual([
      'Tình hình sản xuất nông nghiệp',
      'Giá trị xuất nhập khẩu vượt 4,',
      'Tỷ lệ giải ngân cao hơn cùng k',
      'Các lĩnh vực văn hóa, xã hội đ',
    ]);
  });

  it('finds the 16 tasks in order, with titles where the source has them', () => {
    expect(tasks).toHaveLength(16);
    expect(result.report.tasks.map((t) => t.number)).toEqual([...Array(16).keys()].map((n) => n + 1));
    expect(text(tasks[0]?.content)).toMatch(/^Các cấp, các ngành bám sát/);
    expect(text(tasks[4]?.title)).toBe('Giao Sở Nông nghiệp và PTNT:');
    expect(text(tasks[8]?.title)).toBe('về giải ngân vốn đầu tư công và thu, chi ngân sách');
    expect(text(tasks[11]?.title)).toBe('Sở Lao động Thương binh và Xã hội');
    expect(text(tasks[15]?.content)).toMatch(/^Tăng cường đảm bảo Quốc phòng - An ninh/);
  });

  it('finds the lead and coordinating agencies of each task', () => {
    const lead = tasks.map((t) => ids(t.leadAgencies));
    expect(lead[1]).toEqual(['cac-so-ban-nganh', 'ubnd-cac-huyen-thanh-pho', 'so-ke-hoach-dau-tu']);
    // As misspelt in the source, linked to the directory's entry, and marked for the user to check.
    expect(tasks[1]?.leadAgencies[2]?.name).toBe('Sở Kể hoạch và Đầu');
    expect(tasks[1]?.toReview).toBe(true);
    expect(tasks[1]?.reviewReason).toBe('Tên cơ quan «Sở Kể hoạch và Đầu» khác tên trong danh mục «Sở Kế hoạch và Đầu tư» (có thể gõ sai)');
    expect(lead[2]).toEqual(['cac-so-ban-nganh', 'so-tu-phap']);
    expect(lead[3]).toEqual(['so-ke-hoach-dau-tu']);
    expect(ids(tasks[3]?.coordinatingAgencies ?? [])).toEqual(['ban-dan-toc']);
    expect(tasks[3]?.coordinatingAgencies[0]?.name).toBe('Ban Dân tộc tỉnh');
    expect(lead[4]).toEqual(['so-nong-nghiep-ptnt']);
    expect(tasks[4]?.leadAgencies[0]?.name).toBe('Sở Nông nghiệp và PTNT');
    expect(lead[5]).toEqual(['cac-so-ban-nganh', 'ubnd-cac-huyen-thanh-pho']);
    expect(lead[6]).toEqual(['so-khoa-hoc-cong-nghe']);
    expect(lead[7]).toEqual(['so-cong-thuong', 'cuc-quan-ly-thi-truong']);
    expect(lead[8]).toEqual([]);
    expect(lead[9]).toEqual(['so-giao-duc-dao-tao']);
    expect(lead[10]).toEqual(['so-y-te']);
    expect(lead[11]).toEqual(['so-lao-dong-tbxh']);
    expect(lead[12]).toEqual(['so-noi-vu']);
    expect(ids(tasks[12]?.coordinatingAgencies ?? [])).toEqual(['cong-an-tinh', 'bo-doi-bien-phong-tinh']);
    expect(lead[13]).toEqual(['so-ke-hoach-dau-tu', 'so-tai-chinh', 'so-xay-dung', 'so-tai-nguyen-moi-truong', 'so-nong-nghiep-ptnt']);
    expect(tasks[13]?.leadAgencies.map((a) => a.name)).toContain('Sở Tài chính');
    expect(lead[14]).toEqual(['so-tai-nguyen-moi-truong']);
    expect(ids(tasks[14]?.coordinatingAgencies ?? [])).toEqual(['cong-an-tinh']);
    expect(tasks[0]?.leadAgencies).toEqual([{ name: 'Các cấp, các ngành' }]);
    expect(lead[15]).toEqual([]);
    expect(result.report.warnings).toContain('Khoản 16: chưa nhận ra cơ quan chủ trì.');
    // The report carries the same matches with the words as written, for the preview to let the user fix them.
    expect(result.report.tasks[1]?.lead.at(-1)).toEqual({
      text: 'Sở Kể hoạch và Đầu',
      agencyId: 'so-ke-hoach-dau-tu',
      directorySpelling: 'Sở Kế hoạch và Đầu tư',
    });
    expect(result.report.tasks[4]?.lead).toEqual([{ text: 'Sở Nông nghiệp và PTNT', agencyId: 'so-nong-nghiep-ptnt' }]);
  });

  it('reads the deadlines stated in the tasks', () => {
    const deadlines = tasks.map((t) => t.deadline);
    expect(deadlines[3]).toEqual({ kind: 'by-date', date: '2020-10-10' });
    expect(deadlines[9]).toEqual({ kind: 'by-date', date: '2020-10-20' });
    expect(deadlines[12]).toEqual({ kind: 'within-month', year: 2020, month: 10 });
    expect(deadlines[14]).toEqual({ kind: 'within-month', year: 2020, month: 10 });
    // Task 6 cites "Văn bản số 1505/UBND-KTN ngày 28/7/2020": a reference, not a deadline.
    for (const index of [0, 1, 2, 4, 5, 6, 7, 8, 10, 11, 13, 15]) expect(deadlines[index]).toBeUndefined();
    expect(result.report.tasks[3]?.deadline).toEqual({ kind: 'by-date', date: '2020-10-10' });
  });

  it('attaches the dash sub-items of tasks 5, 9 and 12, with their own agencies and deadlines', () => {
    expect(tasks.map((t) => t.subItems.length)).toEqual([0, 0, 0, 0, 4, 0, 0, 0, 2, 0, 0, 2, 0, 0, 0, 0]);
    const five = tasks[4]?.subItems ?? [];
    expect(five.map((s) => s.deadline)).toEqual([
      undefined,
      { kind: 'within-month', year: 2020, month: 10 },
      { kind: 'by-date', date: '2020-10-15' },
      { kind: 'by-date', date: '2020-10-20' },
    ]);
    expect(ids(five[3]?.coordinatingAgencies ?? [])).toEqual(['so-tai-chinh']);
    expect(text(five[3]?.text)).toMatch(/^Phổi hợp với Sở Tài chính/);
    const nine = tasks[8]?.subItems ?? [];
    expect(nine[0]?.leadAgencies).toEqual([{ name: 'Các chủ đầu tư' }, { name: 'Ban QLDA' }]);
    expect(ids(nine[1]?.leadAgencies ?? [])).toEqual(['so-tai-chinh', 'cuc-thue-tinh', 'ubnd-cac-huyen-thanh-pho']);
    expect(tasks[11]?.subItems[0]?.deadline).toEqual({ kind: 'by-date', date: '2020-10-20' });
    expect(tasks.flatMap((t) => t.subItems).every((s) => s.level === 1)).toBe(true);
  });

  it('finds the three schemes with their conclusions, responsible agencies and deadlines', () => {
    expect(schemes).toHaveLength(3);
    expect(text(schemes[0]?.title)).toMatch(/^Báo cáo tổng kết Chiến lược công tác Dân tộc .* giai đoạn 2011 - 2020$/);
    expect(text(schemes[0]?.conclusion)).toMatch(/^Ban Dân tộc tiếp thu các ý kiến/);
    expect(text(schemes[1]?.title)).toMatch(/^Báo cáo tổng kết 05 năm thực hiện Nghị quyết 03-NQ\/TU/);
    expect(text(schemes[1]?.conclusion)).toMatch(/^Sở Nông nghiệp và PTNT tiếp thu/);
    expect(text(schemes[2]?.title)).toBe('Đề án “Nâng cao chất lượng hoạt động của y tế cơ sở tỉnh Lai Châu giai đoạn 2021-2025”.');
    expect(text(schemes[2]?.conclusion)).toMatch(/^Sở Y tế tiếp thu .* chủ trương của Tỉnh ủy\.$/);
    expect(schemes.map((s) => s.responsibleAgency)).toEqual([
      { id: 'ban-dan-toc', name: 'Ban Dân tộc' },
      { id: 'so-nong-nghiep-ptnt', name: 'Sở Nông nghiệp và PTNT' },
      { id: 'so-y-te', name: 'Sở Y tế' },
    ]);
    expect(schemes.map((s) => s.deadline)).toEqual([
      { kind: 'within-month', year: 2020, month: 9 },
      { kind: 'within-month', year: 2020, month: 10 },
      { kind: 'within-month', year: 2020, month: 12 },
    ]);
    // After the heading of schemes, nothing but schemes.
    const after = result.notice.body.slice(result.notice.body.findIndex((b) => b.type === 'scheme'));
    expect(after.every((b) => b.type === 'scheme')).toBe(true);
  });

  it('takes the header values the page does not state from the defaults', () => {
    expect(result.notice.issuer).toEqual({ parentAgency: 'UBND TỈNH LAI CHÂU', agency: 'VĂN PHÒNG' });
    expect(result.notice.code).toBe('TB-VP');
    expect(result.notice.number).toBeUndefined();
    expect(result.notice.date).toBeUndefined();
  });
});
