/**
 * The kinds of structure real notices use (issue 14), each on a small notice written for the test: where the tasks
 * are, who leads and coordinates, which dates are deadlines, and the text artefacts of Word and of scans.
 */
import { describe, expect, it } from 'vitest';
import { parseNoticeText } from '../../shared/import/parse-notice-text';
import type { TaskBlock } from '../../shared/notice/schema';
import { laiChauDirectory, officeDefaults, text } from './helpers';

const directory = laiChauDirectory();
const tasksOf = (body: { type: string }[]) => body.filter((b): b is TaskBlock => b.type === 'task');
const parse = (source: string) => parseNoticeText(source, { directory, defaults: officeDefaults() });
const names = (refs: { name: string }[]) => refs.map((ref) => ref.name);

const HEADER = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH ĐIỆN BIÊN',
  'Số:    /TB-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Điện Biên, ngày     tháng 3 năm 2027',
  'THÔNG BÁO',
  'Kết luận của đồng chí Lò Văn Minh - Phó Chủ tịch UBND tỉnh',
  'tại buổi làm việc với Sở Giáo dục và Đào tạo',
  '',
  'Ngày 10/3/2027, đồng chí Lò Văn Minh - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc tại Hội trường UBND tỉnh. Sau khi nghe báo cáo, đồng chí kết luận như sau:',
].join('\n');

describe('where the tasks are', () => {
  it('takes the lettered points under numbered section headings as the tasks', () => {
    const { notice, report } = parse(
      `${HEADER}\n1. Đánh giá chung\nCác đơn vị đã cố gắng.\n2. Nhiệm vụ thời gian tới\na) Giao Sở Y tế rà soát, báo cáo trước ngày 20/3/2027.\nb) Đề nghị Nhà đầu tư khẩn trương thi công.`,
    );
    const tasks = tasksOf(notice.body);
    expect(tasks).toHaveLength(2);
    expect(names(tasks[0]?.leadAgencies ?? [])).toEqual(['Sở Y tế']);
    expect(tasks[0]?.deadline).toEqual({ kind: 'by-date', date: '2027-03-20' });
    expect(names(tasks[1]?.leadAgencies ?? [])).toEqual(['Nhà đầu tư']);
    expect(notice.body.filter((b) => b.type === 'heading')).toHaveLength(2);
    expect(report.unrecognised).toEqual([]);
  });

  it('restarts the numbering in each roman section and warns where letters skip', () => {
    const { notice, report } = parse(
      `${HEADER}\nI. Nhiệm vụ chung\n1. Giao Sở Tài chính bố trí kinh phí.\nII. Nhiệm vụ cụ thể\n1. Giao Sở Y tế:\na) Rà soát.\nb) Báo cáo.\nd) Tổng hợp.`,
    );
    expect(tasksOf(notice.body)).toHaveLength(2);
    expect(report.warnings.some((w) => w.startsWith('Số thứ tự không liên tục'))).toBe(false);
    const letters = parse(`${HEADER}\n1. Đánh giá chung\n2. Nhiệm vụ\na) Giao Sở Y tế rà soát.\nc) Giao Sở Nội vụ rà soát.`);
    expect(letters.report.warnings).toContain('Số thứ tự không liên tục: điểm c) trong khi theo thứ tự là b); thông báo mới được đánh số lại.');
  });

  it('reads a theme, then "Giao X chủ trì, phối hợp …:" and its lettered points as one task of X', () => {
    const { notice } = parse(
      `${HEADER}\n1. Về cải cách hành chính\nGiao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp:\na) Rà soát thủ tục.\nb) Báo cáo hằng tháng.`,
    );
    const [task] = tasksOf(notice.body);
    expect(text(task?.title)).toBe('Về cải cách hành chính');
    expect(names(task?.leadAgencies ?? [])).toEqual(['Sở Nội vụ']);
    expect(names(task?.coordinatingAgencies ?? [])).toEqual(['Sở Tư pháp']);
    expect(task?.subItems).toHaveLength(2);
    expect(task?.subItems[1]?.deadline).toEqual({ kind: 'recurring', every: 'month' });
  });

  it('gives a thematic task the agency all its points name, and none when they name different ones', () => {
    const same = tasksOf(parse(`${HEADER}\n1. Về y tế\na) Thống nhất chủ trương.\nb) Giao Sở Y tế chủ trì thực hiện.\nc) Sở Y tế báo cáo.`).notice.body);
    expect(names(same[0]?.leadAgencies ?? [])).toEqual(['Sở Y tế']);
    const different = tasksOf(parse(`${HEADER}\n1. Về y tế\na) Giao Sở Y tế thực hiện.\nb) Giao Sở Tài chính bố trí kinh phí.`).notice.body);
    expect(different[0]?.leadAgencies).toEqual([]);
  });

  it('makes an unnumbered directive paragraph a task, with the list after its colon as its points', () => {
    const { notice } = parse(
      `${HEADER}\nI. Tổ chức thực hiện\nGiao Sở Công Thương chủ trì, phối hợp với Sở Tài chính rà soát, báo cáo UBND tỉnh trước ngày 30/3/2027.\nII. Theo dõi\nGiao Sở Nội vụ chủ trì:\n1. Theo dõi việc thực hiện.\n2. Tổng hợp kết quả.`,
    );
    const tasks = tasksOf(notice.body);
    expect(tasks).toHaveLength(2);
    expect(names(tasks[0]?.leadAgencies ?? [])).toEqual(['Sở Công Thương']);
    expect(names(tasks[0]?.coordinatingAgencies ?? [])).toEqual(['Sở Tài chính']);
    expect(tasks[0]?.deadline).toEqual({ kind: 'by-date', date: '2027-03-30' });
    expect(tasks[1]?.subItems.map((sub) => text(sub.text))).toEqual(['Theo dõi việc thực hiện.', 'Tổng hợp kết quả.']);
  });

  it('reads an agency on one line and its work on the next', () => {
    const [task] = tasksOf(parse(`${HEADER}\n1. Các sở, ban, ngành thuộc tỉnh\nChủ động phối hợp với Sở Y tế triển khai.`).notice.body);
    expect(text(task?.title)).toBe('Các sở, ban, ngành thuộc tỉnh');
    expect(text(task?.content)).toBe('Chủ động phối hợp với Sở Y tế triển khai.');
    expect(names(task?.leadAgencies ?? [])[0]).toMatch(/^Các sở, ban, ngành/u);
    expect(names(task?.coordinatingAgencies ?? [])).toEqual(['Sở Y tế']);
  });
});

describe('agencies', () => {
  it('gives a task assigned "…, giao X:" the agencies its items have X work with; a group headed by the agency alone keeps them on its items', () => {
    const [assigned, headed] = tasksOf(
      parse(
        `${HEADER}\n1. Về kế hoạch chuyển đổi số ngành giáo dục, giao Sở Giáo dục và Đào tạo:\n- Chủ trì rà soát kế hoạch.\n- Phối hợp với Sở Tài chính bố trí kinh phí thực hiện.\n` +
          `2. Nhà đầu tư các dự án trường học:\n- Phối hợp với Sở Xây dựng hoàn thiện hồ sơ.`,
      ).notice.body,
    );
    expect(names(assigned?.leadAgencies ?? [])).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(names(assigned?.coordinatingAgencies ?? [])).toEqual(['Sở Tài chính']);
    expect(names(headed?.coordinatingAgencies ?? [])).toEqual([]);
    expect(names(headed?.subItems[0]?.coordinatingAgencies ?? [])).toEqual(['Sở Xây dựng']);
  });

  it('takes a later clause\'s list as a lead only when "chủ trì" follows it', () => {
    const [later, notLeading, twoClauses] = tasksOf(
      parse(
        `${HEADER}\n1. Thống nhất chủ trương đầu tư dự án. Sở Xây dựng chủ trì thẩm định hồ sơ.\n` +
          `2. Thống nhất chủ trương đầu tư dự án. Sở Xây dựng thẩm định hồ sơ; Sở Tài chính bố trí vốn.\n` +
          `3. Thống nhất chủ trương. Sở Tài chính bố trí vốn; Sở Xây dựng, chủ trì thẩm định hồ sơ.`,
      ).notice.body,
    );
    expect(names(later?.leadAgencies ?? [])).toEqual(['Sở Xây dựng']);
    expect(names(notLeading?.leadAgencies ?? [])).toEqual([]);
    expect(names(twoClauses?.leadAgencies ?? [])).toEqual(['Sở Xây dựng']);
  });

  it('names every item of an enumeration, "UBND các xã: A, B và C" and "các Sở: A, B"', () => {
    const [first, second] = tasksOf(
      parse(`${HEADER}\n1. Giao UBND các xã: Mường Phăng, Nà Tấu và Thanh Nưa:\n- Rà soát.\n2. UBND xã Mường Phăng báo cáo các Sở: Xây dựng, Nông nghiệp và Môi trường để được hướng dẫn, phối hợp với các Sở: Tài chính, Nội vụ.`).notice.body,
    );
    expect(names(first?.leadAgencies ?? [])).toEqual(['UBND xã Mường Phăng', 'UBND xã Nà Tấu', 'UBND xã Thanh Nưa']);
    expect(names(second?.coordinatingAgencies ?? [])).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
  });

  it('reads "phối hợp X" without "với", names with a comma inside, and abbreviations in brackets', () => {
    const [task] = tasksOf(
      parse(`${HEADER}\n1. Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh chủ trì, phối hợp Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI), Nhà đầu tư và địa phương tổ chức hội nghị.`).notice.body,
    );
    expect(names(task?.leadAgencies ?? [])).toEqual(['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh']);
    expect(names(task?.coordinatingAgencies ?? [])).toEqual(['Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)', 'Nhà đầu tư']);
  });

  it('ends a name not in the directory before "và" and a generic or known agency: the collective after it is its own entry', () => {
    const [task] = tasksOf(
      parse(
        `${HEADER}\n1. Giao Sở Xây dựng chủ trì, phối hợp Ban Quản lý dự án đầu tư xây dựng số 3 và Công an tỉnh, Trung tâm Phát triển quỹ đất tỉnh và các đơn vị có liên quan, Trung tâm Dịch vụ nông nghiệp và địa phương rà soát phương án.`,
      ).notice.body,
    );
    expect(names(task?.coordinatingAgencies ?? [])).toEqual([
      'Ban Quản lý dự án đầu tư xây dựng số 3',
      'Công an tỉnh',
      'Trung tâm Phát triển quỹ đất tỉnh',
      'các đơn vị có liên quan',
      'Trung tâm Dịch vụ nông nghiệp',
    ]);
  });

  it('ends an addressee after "liên quan"', () => {
    const [task] = tasksOf(parse(`${HEADER}\n1. Yêu cầu Sở Xây dựng và UBND các xã liên quan chịu trách nhiệm lập quy hoạch chung xã.`).notice.body);
    expect(names(task?.leadAgencies ?? [])).toEqual(['Sở Xây dựng', 'UBND các xã liên quan']);
  });

  it('keeps "xây dựng" inside a project board\'s name', () => {
    const [task] = tasksOf(parse(`${HEADER}\n1. Giao Ban Quản lý dự án đầu tư xây dựng số 2 chủ trì thực hiện.`).notice.body);
    expect(names(task?.leadAgencies ?? [])).toEqual(['Ban Quản lý dự án đầu tư xây dựng số 2']);
  });
});

describe('deadlines', () => {
  const deadlineOf = (line: string) => tasksOf(parse(`${HEADER}\n1. ${line}`).notice.body)[0]?.deadline;

  it('reads months, quarters and periods as their last day, and takes the notice\'s year where the text omits it', () => {
    expect(deadlineOf('Giao Sở Y tế hoàn thành trong Quý II/2027.')).toEqual({ kind: 'within-month', year: 2027, month: 6 });
    expect(deadlineOf('Giao Sở Y tế thực hiện trong tháng 11, tháng 12 năm 2027.')).toEqual({ kind: 'within-month', year: 2027, month: 12 });
    expect(deadlineOf('Giao Sở Y tế báo cáo trước ngày 25/3.')).toEqual({ kind: 'by-date', date: '2027-03-25' });
    expect(deadlineOf('Giao Sở Y tế hoàn thành trước 30/5/2027.')).toEqual({ kind: 'by-date', date: '2027-05-30' });
  });

  it('leaves out dates that set context or cite a document, and reads recurring ones as their own kind', () => {
    expect(deadlineOf('Nhà đầu tư lập kế hoạch, trong đó lưu ý các vị trí thi công trong tháng 4/2027.')).toBeUndefined();
    expect(deadlineOf('Sở Y tế thực hiện theo Văn bản số 56/BYT-KH ngày 18/7/2026.')).toBeUndefined();
    expect(deadlineOf('Sở Y tế định kỳ trước ngày 15 hằng tháng báo cáo UBND tỉnh.')).toEqual({ kind: 'recurring', every: 'month', day: 15 });
    expect(deadlineOf('Sở Y tế định kỳ 02 tuần/lần báo cáo UBND tỉnh.')).toEqual({ kind: 'recurring', every: 'week', interval: 2 });
    expect(deadlineOf('Sở Y tế định kỳ hằng tuần báo cáo, hoàn thành trước ngày 20/4/2027.')).toEqual({ kind: 'by-date', date: '2027-04-20' });
  });
});

describe('text artefacts and the opening paragraph', () => {
  it('joins a paragraph a page number split, composes decomposed letters, and drops a signature stamp', () => {
    const source = `Ký bởi: ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nThời gian ký: 13/03/2027 15:53:50\n${HEADER}\n1. Giao Sở Y tế:\na) Theo dõi các lĩnh\n2\nvực quản lý, báo cáo.\n2. Sở Nội vụ thực hiện.\n${'Trân trọng thông báo để các cơ quan biết, thực hiện./.'.normalize('NFD')}`;
    const { notice, report } = parse(source);
    const tasks = tasksOf(notice.body);
    expect(tasks).toHaveLength(2);
    expect(text(tasks[0]?.subItems[0]?.text)).toBe('Theo dõi các lĩnh vực quản lý, báo cáo.');
    expect(report.droppedLines).toEqual(['Ký bởi: ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', 'Thời gian ký: 13/03/2027 15:53:50', '2']);
    expect(notice.closing).toBe('Trân trọng thông báo để các cơ quan biết, thực hiện./.');
  });

  it('reads the two-line trích yếu, the issuer wrapped over two lines, and the meeting from the opening paragraph', () => {
    const { notice } = parse(HEADER);
    expect(notice.issuer).toEqual({ parentAgency: '', agency: 'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN' });
    expect(notice.summary).toBe('Kết luận của đồng chí Lò Văn Minh - Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Giáo dục và Đào tạo');
    expect(notice.meeting).toMatchObject({
      date: '2027-03-10',
      chairName: 'Lò Văn Minh',
      chairTitle: 'Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh',
      place: 'Hội trường UBND tỉnh',
    });
  });
});

describe('footnotes in plain text', () => {
  it('reads a number glued to a word as a footnote reference, with its text from after the signature', () => {
    const source = `${HEADER}\n1. Giao Sở Y tế thực hiện nhiệm vụ quan trọng1. Do vậy cần khẩn trương.\n2. Sở Nội vụ theo dõi2, báo cáo diện tích 4 m2.\nTrân trọng thông báo để các cơ quan biết, thực hiện./.\nTL. CHỦ TỊCH\nPHÓ CHÁNH VĂN PHÒNG\nLò Văn Tiến\n1 Thông báo số 370/TB-UBND ngày 30/3/2027.`;
    const { notice, report } = parse(source);
    const [first, second] = tasksOf(notice.body);
    expect(first?.content).toEqual([
      { text: 'Giao Sở Y tế thực hiện nhiệm vụ quan trọng' },
      { text: '', footnote: [{ text: 'Thông báo số 370/TB-UBND ngày 30/3/2027.' }] },
      { text: '. Do vậy cần khẩn trương.' },
    ]);
    // The second reference has no text in the file: kept in place, empty, with a warning; "m2" is not a reference.
    expect(second?.content).toEqual([
      { text: 'Sở Nội vụ theo dõi' },
      { text: '', footnote: [] },
      { text: ', báo cáo diện tích 4 m2.' },
    ]);
    expect(report.warnings).toContain('Chú thích 2: văn bản không có nội dung chú thích, cần nhập lại.');
    expect(notice.signature.signerName).toBe('Lò Văn Tiến');
  });
});
