import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchAgency } from '../../shared/agencies/match';
import { AgencyDirectorySchema } from '../../shared/agencies/schema';
import type { AgencyRef, Block, RichText, SchemeBlock, TaskBlock } from '../../shared/notice/schema';
import { validateNotice } from '../../shared/notice/validate';
import { CORRECTIONS } from '../fixtures/sample-corrections';

const SAMPLE_FILE = new URL('../../resources/samples/lai-chau-2020-09.notice.json', import.meta.url);
const PUBLISHED_FILE = new URL('../fixtures/import/lai-chau-2020-09-ket-luan.txt', import.meta.url);
const DIRECTORY_FILE = new URL('../../resources/agencies/lai-chau.json', import.meta.url);

const json = readFileSync(SAMPLE_FILE, 'utf8');
const validation = validateNotice(JSON.parse(json));
if (!validation.ok) throw new Error(`The sample does not validate: ${JSON.stringify(validation.problems)}`);
const notice = validation.value;
const directory = AgencyDirectorySchema.parse(JSON.parse(readFileSync(DIRECTORY_FILE, 'utf8'))).agencies;

const plain = (text: RichText) => text.map((run) => run.text).join('');
const tasks = notice.body.filter((b): b is TaskBlock => b.type === 'task');
const schemes = notice.body.filter((b): b is SchemeBlock => b.type === 'scheme');
const task = (n: number) => tasks[n - 1] as TaskBlock;
const refIds = (refs: AgencyRef[]) => refs.map((r) => r.id);

/** The body's text in reading order, as the published notice has it. */
function bodyText(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
      case 'dash':
        return [plain(b.text)];
      case 'task':
        return [plain(b.title), plain(b.content), ...b.subItems.map((s) => plain(s.text))];
      case 'scheme':
        return [plain(b.title), plain(b.conclusion)];
    }
  });
}
const allText = bodyText(notice.body).join('\n');


const published = readFileSync(PUBLISHED_FILE, 'utf8');
/** The notice itself: from the transition sentence to the website's "Ban biên tập" line. */
const publishedBody = published.slice(published.indexOf('Sau khi nghe'), published.indexOf('Ban biên tập'));
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('the sample notice (Lai Châu, September 2020)', () => {
  it('validates against the Notice schema', () => {
    expect(validateNotice(JSON.parse(json))).toMatchObject({ ok: true });
  });

  it('is the Office’s draft with the usual header, signature, recipients and closing', () => {
    expect(notice.issuer).toEqual({ parentAgency: 'UBND TỈNH LAI CHÂU', agency: 'VĂN PHÒNG' });
    expect(notice.code).toBe('TB-VP');
    expect(notice.place).toBe('Lai Châu');
    expect(notice.number).toBeUndefined();
    expect(notice.date).toBeUndefined();
    expect(notice.documentType).toBe('THÔNG BÁO');
    expect(notice.summary).toBe('Kết luận của Chủ tịch UBND tỉnh Trần Tiến Dũng tại phiên họp UBND tỉnh tháng 9 năm 2020');
    expect(notice.templateId).toBe('monthly-session');
    expect(notice.meeting).toMatchObject({
      date: '2020-09-30',
      chairName: 'Trần Tiến Dũng',
      chairTitle: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    });
    expect(notice.signature).toEqual({
      authorityLines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'],
      title: 'PHÓ CHÁNH VĂN PHÒNG',
      signerName: 'Nguyễn Văn A',
    });
    expect(notice.recipients).toEqual([
      'Thường trực Tỉnh ủy (b/c)',
      'Thường trực HĐND tỉnh (b/c)',
      'Chủ tịch, các PCT UBND tỉnh',
      'Các sở, ban, ngành tỉnh',
      'UBND các huyện, thành phố',
      'Lãnh đạo VP UBND tỉnh',
    ]);
    expect(notice.archive).toBe('VT, TH');
    expect(notice.closing).toBe('Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.');
  });

  it('has the two sections, the assessment, 16 tasks in order and then 3 schemes', () => {
    expect(notice.body.map((b) => b.type).join(' ')).toBe(
      ['paragraph heading paragraph dash dash dash dash paragraph paragraph', ...Array(16).fill('task'), 'heading scheme scheme scheme'].join(' '),
    );
    const headings = notice.body.filter((b) => b.type === 'heading').map((b) => plain(b.text));
    expect(headings).toEqual([
      'Tình hình kinh tế - xã hội, công tác chỉ đạo, điều hành của UBND tỉnh 9 tháng đầu năm, nhiệm vụ trọng tâm 3 tháng cuối năm 2020',
      'Các đề án trình tại phiên họp',
    ]);
    expect(plain((notice.body[0] as { text: RichText }).text)).toMatch(/^Sau khi nghe .* kết luận:$/u);
    expect(tasks.map((t) => plain(t.title.length ? t.title : t.content).split(' ').slice(0, 4).join(' '))).toEqual([
      'Các cấp, các ngành',
      'Các sở, ban, ngành',
      'Các sở, ngành tập',
      'Sở Kế hoạch và',
      'Giao Sở Nông nghiệp',
      'Các sở, ban, ngành',
      'Sở Khoa học và',
      'Sở Công Thương, Cục',
      'Về giải ngân vốn',
      'Sở Giáo dục và',
      'Sở Y tế duy',
      'Sở Lao động -',
      'Sở Nội vụ phối',
      'Các Sở: Kế hoạch',
      'Sở Tài nguyên và',
      'Tăng cường đảm bảo',
    ]);
    expect(schemes.map((s) => [s.responsibleAgency?.id, s.deadline])).toEqual([
      ['ban-dan-toc', { kind: 'within-month', year: 2020, month: 9 }],
      ['so-nong-nghiep-ptnt', { kind: 'within-month', year: 2020, month: 10 }],
      ['so-y-te', { kind: 'within-month', year: 2020, month: 12 }],
    ]);
    expect(plain(schemes[0]!.conclusion)).toMatch(/^Ban Dân tộc tiếp thu /u);
    expect(plain(schemes[2]!.title)).toBe('Đề án “Nâng cao chất lượng hoạt động của y tế cơ sở tỉnh Lai Châu giai đoạn 2021-2025”');
  });

  it('has unique block ids', () => {
    const ids = notice.body.flatMap((b) => [b.id, ...(b.type === 'task' ? b.subItems.map((s) => s.id) : [])]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives tasks 4, 5, 10, 13 and 15 their lead, coordinating agencies and deadlines as data', () => {
    expect([refIds(task(4).leadAgencies), refIds(task(4).coordinatingAgencies), task(4).deadline]).toEqual([
      ['so-ke-hoach-dau-tu'],
      ['ban-dan-toc'],
      { kind: 'by-date', date: '2020-10-10' },
    ]);
    expect(task(5).leadAgencies).toEqual([{ id: 'so-nong-nghiep-ptnt', name: 'Sở Nông nghiệp và PTNT' }]);
    expect([refIds(task(10).leadAgencies), task(10).deadline]).toEqual([
      ['so-giao-duc-dao-tao'],
      { kind: 'by-date', date: '2020-10-20' },
    ]);
    expect([refIds(task(13).leadAgencies), refIds(task(13).coordinatingAgencies), task(13).deadline]).toEqual([
      ['so-noi-vu'],
      ['cong-an-tinh', 'bo-doi-bien-phong-tinh'],
      { kind: 'within-month', year: 2020, month: 10 },
    ]);
    expect([refIds(task(15).leadAgencies), refIds(task(15).coordinatingAgencies), task(15).deadline]).toEqual([
      ['so-tai-nguyen-moi-truong'],
      ['cong-an-tinh'],
      { kind: 'within-month', year: 2020, month: 10 },
    ]);
    expect(refIds(task(14).leadAgencies)).toEqual([
      'so-ke-hoach-dau-tu',
      'so-tai-chinh',
      'so-xay-dung',
      'so-tai-nguyen-moi-truong',
      'so-nong-nghiep-ptnt',
    ]);
    expect(refIds(task(8).leadAgencies)).toEqual(['so-cong-thuong', 'cuc-quan-ly-thi-truong']);
  });

  it('splits tasks 5, 9 and 12 into their dash sub-items, each with its own agencies and deadline', () => {
    expect(plain(task(5).title)).toBe('Giao Sở Nông nghiệp và PTNT:');
    expect(task(5).content).toEqual([]);
    expect(task(5).subItems.map((s) => [s.id, s.deadline, refIds(s.coordinatingAgencies)])).toEqual([
      ['t5-1', undefined, []],
      ['t5-2', { kind: 'within-month', year: 2020, month: 10 }, []],
      ['t5-3', { kind: 'by-date', date: '2020-10-15' }, []],
      ['t5-4', { kind: 'by-date', date: '2020-10-20' }, ['so-tai-chinh']],
    ]);
    expect(plain(task(9).title)).toBe('Về giải ngân vốn đầu tư công và thu, chi ngân sách');
    expect(task(9).subItems.map((s) => s.leadAgencies)).toEqual([
      [{ name: 'Các chủ đầu tư' }, { name: 'Ban QLDA' }],
      [
        { id: 'so-tai-chinh', name: 'Sở Tài chính' },
        { id: 'cuc-thue-tinh', name: 'Cục Thuế tỉnh' },
        { id: 'ubnd-cac-huyen-thanh-pho', name: 'UBND các huyện, thành phố' },
      ],
    ]);
    expect(plain(task(12).title)).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(refIds(task(12).leadAgencies)).toEqual(['so-lao-dong-tbxh']);
    expect(task(12).subItems.map((s) => s.deadline)).toEqual([{ kind: 'by-date', date: '2020-10-20' }, undefined]);
    expect(tasks.filter((t) => t.subItems.length > 0).map((t) => tasks.indexOf(t) + 1)).toEqual([5, 9, 12]);
  });

  it('links every agency to the directory entry its written name matches', () => {
    const refs: AgencyRef[] = [
      ...tasks.flatMap((t) => [
        ...t.leadAgencies,
        ...t.coordinatingAgencies,
        ...t.subItems.flatMap((s) => [...s.leadAgencies, ...s.coordinatingAgencies]),
      ]),
      ...schemes.flatMap((s) => (s.responsibleAgency ? [s.responsibleAgency] : [])),
    ];
    expect(refs.length).toBeGreaterThan(30);
    for (const ref of refs) {
      expect(matchAgency(ref.name, directory)?.id, ref.name).toBe(ref.id);
    }
    expect(refs.filter((r) => r.id === undefined).map((r) => r.name)).toEqual([
      'Các cấp, các ngành',
      'Các chủ đầu tư',
      'Ban QLDA',
    ]);
  });

  it('keeps every word of the published body, with only the listed corrections', () => {
    let corrected = publishedBody;
    for (const [from, to] of CORRECTIONS) {
      expect(corrected, `"${from}" is in the published text`).toContain(from);
      corrected = corrected.replaceAll(from, to);
    }
    // The list numbers "1." … "16." are the export's job, not text.
    corrected = corrected.replace(/^\s*\d+\.\s+/gmu, '');
    expect(words(allText)).toEqual(words(corrected));
  });

  it('contains no typing error of the published text, and none of the website around it', () => {
    for (const [from] of CORRECTIONS) expect(json, from).not.toContain(from);
    const typos = [
      'vưọt', 'vuợt', 'tổt', 'đổc', 'mẳc', 'sổ', 'tống', 'Kể', 'kể', 'cúa', 'LJBND', 'ké', 'kiếm', 'tố', 'chửc',
      'thì', 'họp tác', 'phối họp', 'vũng', 'chê', 'nãm', 'tĩnh', 'đại bàn', 'khai khác', 'ngàn', 'kính', 'lóp',
      'biếu', 'vẩn', 'cuổi', 'cẩp', 'Bảo cáo', 'Phổi', 'cưòng', 'trưòng', 'kiềm', 'yểu', 'vả', 'khấn', 'chổng',
      'kểt', 'phố cập', 'chú động', 'xểp', 'cẩu', 'quyểt', 'tuyệt đổi', 'đối mới', 'biến đối', 'uỷ', 'hoà',
      'tinh Lai Châu', 'UBND tinh', 'Đầu đôn', 'đầu phát triển', 'đầu xây dựng', 'quản biên giới', 'tế - hội',
    ];
    for (const typo of typos) {
      expect(json, typo).not.toMatch(new RegExp(`(?<![\\p{L}\\p{M}])${typo}(?![\\p{L}\\p{M}])`, 'u'));
    }
    for (const residue of ['Ban biên tập', 'print', 'send mail', 'Các tin đã đăng', 'Chủ nhật', '22/5/2022', 'Thông báo ý kiến', '’']) {
      expect(json, residue).not.toContain(residue);
    }
    // The real words the typo list must not catch.
    expect(allText).toContain('đạo lạ');
    expect(allText).toContain('các dân tộc Mảng, La Hủ, Cống');
    expect(allText).toContain('tinh gọn');
  });

  it('reads as the published paragraphs do, corrected', () => {
    for (const phrase of [
      'Đồng chí Trần Tiến Dũng - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh kết luận:',
      'các báo cáo về tình hình kinh tế - xã hội, thu chi ngân sách',
      'sự cố gắng trong điều hành của Ủy ban nhân dân tỉnh cùng các cấp, các ngành',
      'trồng chè vượt 26,7% kế hoạch, trồng rừng vượt 8,5% kế hoạch',
      'Giá trị xuất nhập khẩu vượt 4,8% kế hoạch',
      'Ban QLDA đầu tư xây dựng các công trình Dân dụng và Công nghiệp đạt 81,2%',
      'tổng kết năm học tỷ lệ học sinh khá, giỏi',
      'hoàn thành kỳ thi tốt nghiệp',
      'vấn đề đạo lạ còn phức tạp',
      'công tác phối hợp có lúc vẫn còn chưa được thông suốt.',
      'nguồn lực cho đầu tư phát triển ngày càng khó khăn',
      'quyết tâm cao nhất của các cấp ủy đảng',
      'chuẩn bị tốt nhất các điều kiện phục vụ Đại hội Đảng bộ tỉnh lần thứ XIV',
      'Giao Sở Kế hoạch và Đầu tư đôn đốc bằng văn bản',
      'Quy hoạch tỉnh Lai Châu thời kỳ 2021 - 2030, tầm nhìn đến năm 2050',
      'tiến độ báo cáo UBND tỉnh theo yêu cầu. Rà soát các nguồn vốn còn lại để phân bổ trước ngày 10/10/2020.',
      'Báo cáo, làm việc với Bộ Nông nghiệp và PTNT về kết quả rà soát 3 loại rừng',
      'tại Văn bản số 1505/UBND-KTN ngày 28/7/2020 của Ủy ban nhân dân tỉnh.',
      'Sở Khoa học và Công nghệ tổ chức rà soát',
      'khởi nghiệp đổi mới sáng tạo',
      'Sở Công Thương, Cục Quản lý thị trường tăng cường công tác quản lý thị trường, kiểm soát tất cả các mặt hàng thiết yếu',
      'khẩn trương hoàn thiện hồ sơ',
      'các giải pháp chống thất thu ngân sách',
      'trên địa bàn tỉnh Lai Châu, các biện pháp mà pháp luật cho phép',
      'theo Chỉ thị năm học của UBND tỉnh. Thực hiện kiểm tra kết quả phổ cập giáo dục, kiểm tra trường đạt chuẩn quốc gia',
      'chủ động phòng chống dịch bệnh',
      'hoàn thành kế hoạch năm 2020',
      'Đôn đốc chỉ đạo các huyện, thành phố',
      'Xây dựng kế hoạch đào tạo nghề cho lao động nông thôn năm 2021.',
      'Tiếp tục thực hiện đổi mới, sắp xếp tổ chức bộ máy',
      'gắn với cơ cấu lại đội ngũ công chức, viên chức',
      'đẩy nhanh tiến độ giải quyết vướng mắc',
      'xử lý dứt điểm các tình trạng khai thác khoáng sản trái phép',
      'kịp thời đấu tranh ngăn chặn',
      'Xây dựng biên giới hòa bình, ổn định, hợp tác và phát triển. Bảo vệ vững chắc chính trị nội bộ',
      'bảo đảm tuyệt đối an toàn Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV.',
      'Kịp thời giải quyết các vấn đề phát sinh, các sự kiện biên giới theo Hiệp định về Quy chế quản lý biên giới.',
      'Báo cáo tổng kết Chiến lược công tác dân tộc đến năm 2020; Báo cáo tổng kết Đề án phát triển kinh tế - xã hội vùng các dân tộc',
      'Hoàn thiện Báo cáo trình UBND tỉnh để báo cáo Tỉnh ủy trong tháng 10 năm 2020.',
      'sẽ tiếp tục xem xét, trình cấp có thẩm quyền sau khi có ý kiến, chủ trương của Tỉnh ủy.',
    ]) {
      expect(allText, phrase).toContain(phrase);
    }
  });
});
