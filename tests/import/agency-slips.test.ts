/**
 * Typing slips in agency names (issue 14): a name that differs from a directory entry by a word left out or a letter
 * mistyped is still linked to that entry, and its task is marked for review with both spellings; names that are
 * merely different agencies are not. The notice is generated, each task naming one agency.
 */
import { describe, expect, it } from 'vitest';
import { parseNoticeText } from '../../shared/import/parse-notice-text';
import type { Agency } from '../../shared/agencies/schema';
import type { TaskBlock } from '../../shared/notice/schema';
import { laiChauDirectory, officeDefaults } from './helpers';

const PROMOTION: Agency = {
  id: 'trung-tam-xuc-tien',
  kind: 'other',
  name: 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
  shortName: 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
  aliases: [],
  successors: [],
};
const directory = [...laiChauDirectory(), PROMOTION];
const AGRICULTURE = directory.find((agency) => agency.name === 'Sở Nông nghiệp và Phát triển nông thôn')!;

interface Case {
  written: string;
  agencyId?: string;
  /** The directory spelling the review reason names; absent when nothing is to review. */
  slipOf?: string;
}

const CASES: Case[] = [
  // A word left out, as in a real notice.
  { written: 'Trung tâm Xúc đầu tư, Thương mại và Du lịch', agencyId: PROMOTION.id, slipOf: PROMOTION.name },
  // A letter mistyped in a long word.
  { written: 'Sở Nông nghiệp và Phát triển nông thông', agencyId: AGRICULTURE.id, slipOf: AGRICULTURE.name },
  { written: 'Sở Nông nghiệp và Phát triẻn nông thôn', agencyId: AGRICULTURE.id },
  // The directory's name without "tỉnh": the same agency, nothing to review.
  { written: 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch', agencyId: PROMOTION.id },
  // Different agencies, not slips: two words apart, or a short place name one letter apart.
  { written: 'Sở Văn hóa và Du lịch' },
  { written: 'Ủy ban nhân dân xã Mường Mi' },
  { written: 'Ủy ban nhân dân xã Nậm Hàn' },
];

function generatedNotice(cases: readonly Case[]): string {
  const tasks = cases.map(
    (entry, index) => `${index + 1}. Giao ${entry.written} chủ trì rà soát các nội dung được giao, báo cáo UBND tỉnh trước ngày ${10 + index}/5/2026.`,
  );
  return [
    'ỦY BAN NHÂN DÂN',
    'TỈNH LAI CHÂU',
    'Số: 101/TB-VPUBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Lai Châu, ngày 28 tháng 4 năm 2026',
    'THÔNG BÁO',
    'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi làm việc với các sở, ngành',
    'Ngày 25/4/2026, đồng chí Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc. Đồng chí kết luận như sau:',
    ...tasks,
  ].join('\n');
}

describe('agency names with typing slips', () => {
  const { notice, report } = parseNoticeText(generatedNotice(CASES), { directory, defaults: officeDefaults() });
  const tasks = notice.body.filter((block): block is TaskBlock => block.type === 'task');

  it('finds every task with the agency as written', () => {
    expect(tasks).toHaveLength(CASES.length);
    CASES.forEach((entry, index) => expect(tasks[index]?.leadAgencies.map((ref) => ref.name)).toEqual([entry.written]));
  });

  it.each(CASES.map((entry, index) => [entry.written, index, entry] as const))('«%s»', (_written, index, entry) => {
    const task = tasks[index]!;
    expect(task.leadAgencies[0]?.id).toBe(entry.agencyId);
    if (entry.slipOf) {
      expect(task.toReview).toBe(true);
      expect(task.reviewReason).toBe(`Tên cơ quan «${entry.written}» khác tên trong danh mục «${entry.slipOf}» (có thể gõ sai)`);
      expect(report.warnings).toContain(`Khoản ${index + 1}: ${task.reviewReason}.`);
    } else {
      expect(task.toReview).toBeUndefined();
      expect(task.reviewReason).toBeUndefined();
    }
  });
});
