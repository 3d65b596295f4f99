/**
 * The Lâm Đồng corpus (real 2025–2026 notices of another province) read with Lai Châu's directory: the leads the
 * directory cannot know are still found, by the shape of their names, and each gets a kind to be added with.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessAgencyKind, looksLikeAgencyName } from '../../shared/agencies/recognise';
import { parseNoticeText } from '../../shared/import/parse-notice-text';
import { laiChauDirectory, officeDefaults } from './helpers';

const CORPUS = join(__dirname, '../../../shared/real-notices');

describe.skipIf(!existsSync(CORPUS))('leads of the Lâm Đồng corpus that are in no directory', () => {
  const notices = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => {
      const text = readFileSync(join(CORPUS, file), 'utf8').replace(/^SOURCE:.*\r?\n/u, '');
      const { report } = parseNoticeText(text, { directory: laiChauDirectory(), defaults: officeDefaults() });
      const leads = report.tasks.flatMap((t) => [...t.lead, ...t.subItems.flatMap((s) => s.lead)]);
      return { file, leads };
    });
  const unknown = notices.flatMap((n) => n.leads.filter((l) => !l.agencyId).map((l) => l.text));

  it('are found, in several notices, and look like agencies', () => {
    expect(notices.filter((n) => n.leads.some((l) => !l.agencyId)).length).toBeGreaterThanOrEqual(3);
    expect(unknown).toEqual(
      expect.arrayContaining(['Trung tâm Phát triển quỹ đất tỉnh', 'UBND xã Đạ Huoai', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh']),
    );
    for (const name of unknown.filter((n) => !/^các\s/iu.test(n))) expect(looksLikeAgencyName(name), name).toBe(true);
  });

  it('departments of 2025 the Lai Châu directory now holds are matched, not left unknown', () => {
    const matched = notices.flatMap((n) => n.leads.filter((l) => l.agencyId).map((l) => l.agencyId));
    expect(matched).toContain('so-nong-nghiep-moi-truong');
  });

  it('get the kind their shape says', () => {
    expect(guessAgencyKind('UBND xã Đạ Huoai')).toBe('district');
    expect(guessAgencyKind('UBND Phường 2 Bảo Lộc')).toBe('district');
    expect(guessAgencyKind('Trung tâm Xúc tiến Đầu tư')).toBe('other');
    expect(guessAgencyKind('Ban Quản lý dự án đầu tư xây dựng công trình giao thông')).toBe('other');
    expect(guessAgencyKind('Công an tỉnh Lâm Đồng')).toBe('central-branch');
    expect(guessAgencyKind('Sở Nông nghiệp và Môi trường')).toBe('department');
    expect(guessAgencyKind('Ban Tuyên giáo và Dân vận Tỉnh ủy')).toBe('provincial-body');
    expect(looksLikeAgencyName('Công ty Điện lực Lâm Đồng')).toBe(true);
    expect(looksLikeAgencyName('các đơn vị liên quan')).toBe(false);
  });
});
