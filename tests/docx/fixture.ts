/** A notice built in the tests: every kind of block, rich text, control characters and a long task list. */
import { NoticeSchema, type Notice, type NoticeInput } from '../../shared/notice/schema';

export const TASK_COUNT = 16;

function task(n: number): NonNullable<NoticeInput['body']>[number] {
  if (n % 4 === 0) {
    return {
      id: `task-${n}`,
      type: 'task',
      title: [{ text: `Giao Sở Kế hoạch và Đầu tư (nhiệm vụ ${n}):` }],
      content: [{ text: 'Chủ trì, phối hợp với các sở, ngành liên quan thực hiện các nội dung sau:' }],
      subItemStyle: n % 8 === 0 ? 'letter' : 'dash',
      subItems: [
        { id: `task-${n}-a`, text: [{ text: 'Rà soát danh mục dự án đầu tư công năm 2021' }], level: 1 },
        { id: `task-${n}-b`, text: [{ text: 'Tổng hợp, báo cáo UBND tỉnh trước ngày 15/10/2020' }], level: 2 },
        { id: `task-${n}-c`, text: [{ text: 'Đôn đốc giải ngân vốn đầu tư công' }], level: 1 },
      ],
    };
  }
  return {
    id: `task-${n}`,
    type: 'task',
    content: [
      { text: `Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan tham mưu nội dung số ${n}, ` },
      { text: 'báo cáo UBND tỉnh', bold: true },
      ...(n === 1
        ? [{ text: '', footnote: [{ text: 'Theo ' }, { text: 'Thông báo số 370/TB-UBND', italic: true }, { text: ' ngày 30/3/2020.' }] }]
        : []),
      { text: ' trước ngày 15/10/2020; ' },
      { text: 'đồng thời theo dõi, đôn đốc', italic: true },
      { text: ' việc thực hiện của các huyện, thành phố và ' },
      { text: 'tổng hợp kết quả', underline: true },
      { text: ' trong tháng 10 năm 2020.' },
    ],
  };
}

export function fixtureInput(taskCount = TASK_COUNT): NoticeInput {
  return {
    schemaVersion: 3,
    issuer: { parentAgency: 'UBND TỈNH LAI CHÂU', agency: 'VĂN PHÒNG' },
    code: 'TB-VP',
    place: 'Lai Châu',
    date: '2020-10-05',
    summary: 'Kết luận của Chủ tịch UBND tỉnh Trần Tiến Dũng tại phiên họp UBND tỉnh tháng 9 năm 2020',
    body: [
      {
        id: 'opening',
        type: 'paragraph',
        text: [
          {
            text:
              'Ngày 29 tháng 9 năm 2020, tại\u0007 Hội trường UBND tỉnh, đồng chí Trần Tiến Dũng, Chủ tịch UBND tỉnh ' +
              'chủ trì phiên họp UBND tỉnh tháng 9 năm 2020. Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh, ' +
              'lãnh đạo các sở, ban, ngành tỉnh và UBND các huyện, thành phố.',
          },
          // Notices list the attendees in a footnote.
          { text: '', footnote: [{ text: 'Thành phần: lãnh đạo các Sở Tài chính, Kế hoạch và Đầu tư, Xây dựng.' }] },
        ],
      },
      { id: 'h1', type: 'heading', text: [{ text: 'Tình hình kinh tế - xã hội tháng 9 năm 2020' }] },
      {
        id: 'p1',
        type: 'paragraph',
        text: [{ text: 'Trong tháng 9, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định và có bước phát triển.' }],
      },
      { id: 'd1', type: 'dash', text: [{ text: 'Sản xuất nông nghiệp được quan tâm chỉ đạo.' }] },
      { id: 'd2', type: 'dash', level: 2, text: [{ text: 'Diện tích lúa mùa đạt kế hoạch.' }] },
      { id: 'h2', type: 'heading', text: [{ text: 'Nhiệm vụ trọng tâm tháng 10 năm 2020' }] },
      ...Array.from({ length: taskCount }, (_, index) => task(index + 1)),
      { id: 'h3', type: 'heading', text: [{ text: 'Các đề án trình tại phiên họp' }] },
      {
        id: 's1',
        type: 'scheme',
        title: [{ text: 'Đề án phát triển du lịch tỉnh Lai Châu giai đoạn 2021 - 2025' }],
        conclusion: [{ text: 'Giao Sở Văn hóa, Thể thao và Du lịch tiếp thu ý kiến, hoàn thiện đề án, trình UBND tỉnh.' }],
      },
      {
        id: 's2',
        type: 'scheme',
        title: [{ text: 'Báo cáo tình hình giải ngân vốn đầu tư công' }],
        conclusion: [{ text: 'Thống nhất nội dung báo cáo.' }],
      },
    ],
    closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.',
    signature: {
      authorityLines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'],
      title: 'Phó Chánh Văn phòng',
      signerName: 'Nguyễn Văn A',
    },
    recipients: [
      'Thường trực Tỉnh ủy (b/c)',
      '- Thường trực HĐND tỉnh (b/c);',
      'Chủ tịch, các PCT UBND tỉnh',
      'Các sở, ban, ngành tỉnh',
      'UBND các huyện, thành phố',
      'Lãnh đạo VP UBND tỉnh',
    ],
    archive: 'VT, TH',
    author: 'Văn phòng UBND tỉnh Lai Châu',
  };
}

export function fixtureNotice(taskCount = TASK_COUNT): Notice {
  return NoticeSchema.parse(fixtureInput(taskCount));
}
