import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchAgency } from '../../shared/agencies/match';
import {
  agencyOnDate,
  agenciesExistingOn,
  existsOn,
  findHistoryProblems,
  predecessorsOf,
  successionReason,
  type HistoricAgency,
} from '../../shared/agencies/history';
import { AgencyDirectorySchema, type Agency } from '../../shared/agencies/schema';

const directory = AgencyDirectorySchema.parse(
  JSON.parse(readFileSync(new URL('../../resources/agencies/lai-chau.json', import.meta.url), 'utf8')),
).agencies;
const byId = (id: string): Agency => {
  const agency = directory.find((a) => a.id === id);
  if (!agency) throw new Error(`no ${id}`);
  return agency;
};
const idsOn = (id: string, date: string) => agencyOnDate(id, date, directory).agencies.map((s) => s.agency.id);

describe('an agency on a date', () => {
  it('is itself before its end and its successor from its end on', () => {
    expect(idsOn('so-ke-hoach-dau-tu', '2025-02-28')).toEqual(['so-ke-hoach-dau-tu']);
    expect(idsOn('so-ke-hoach-dau-tu', '2025-03-01')).toEqual(['so-tai-chinh']);
    expect(idsOn('so-ke-hoach-dau-tu', '2026-12-10')).toEqual(['so-tai-chinh']);
    expect(agencyOnDate('so-ke-hoach-dau-tu', '2026-12-10', directory).reason).toBe(
      'Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/3/2025',
    );
  });

  it('a new agency does not exist before its first day; one that continues exists on both sides', () => {
    expect(existsOn(byId('so-nong-nghiep-moi-truong'), '2025-02-28')).toBe(false);
    expect(existsOn(byId('so-nong-nghiep-moi-truong'), '2025-03-01')).toBe(true);
    expect(idsOn('so-tai-chinh', '2020-09-30')).toEqual(['so-tai-chinh']);
    expect(idsOn('so-tai-chinh', '2026-12-10')).toEqual(['so-tai-chinh']);
    expect(agencyOnDate('so-tai-chinh', '2026-12-10', directory).reason).toBeUndefined();
  });

  it('two departments merged into one both resolve to it', () => {
    expect(idsOn('so-nong-nghiep-ptnt', '2026-01-01')).toEqual(['so-nong-nghiep-moi-truong']);
    expect(idsOn('so-tai-nguyen-moi-truong', '2026-01-01')).toEqual(['so-nong-nghiep-moi-truong']);
    expect(predecessorsOf('so-nong-nghiep-moi-truong', directory).map((a) => a.id)).toEqual([
      'so-nong-nghiep-ptnt',
      'so-tai-nguyen-moi-truong',
    ]);
  });

  it('a split agency resolves to several, each with the part it took', () => {
    const labour = agencyOnDate('so-lao-dong-tbxh', '2025-06-01', directory);
    expect(labour.agencies.map((s) => [s.agency.id, s.part])).toEqual([
      ['so-noi-vu', 'lao động'],
      ['so-y-te', 'bảo trợ xã hội'],
      ['so-giao-duc-dao-tao', 'giáo dục nghề nghiệp'],
    ]);
    expect(labour.reason).toBe(
      'Sở Lao động - Thương binh và Xã hội đã kết thúc hoạt động từ 01/3/2025; chuyển cho: lao động – Sở Nội vụ; ' +
        'bảo trợ xã hội – Sở Y tế; giáo dục nghề nghiệp – Sở Giáo dục và Đào tạo',
    );
  });

  it('a district resolves to the communes of its area from 1 July 2025, to itself the day before', () => {
    expect(idsOn('ubnd-huyen-tam-duong', '2025-06-30')).toEqual(['ubnd-huyen-tam-duong']);
    expect(idsOn('ubnd-huyen-tam-duong', '2025-07-01')).toEqual([
      'ubnd-xa-ban-bo',
      'ubnd-xa-binh-lu',
      'ubnd-xa-ta-leng',
      'ubnd-xa-khun-ha',
    ]);
  });

  it('follows a chain of changes and stops on a cycle', () => {
    const chain: Agency[] = [
      { id: 'a', name: 'Sở A', shortName: 'Sở A', aliases: [], kind: 'department', validUntil: '2021-01-01', endKind: 'renamed', successors: [{ id: 'b' }] },
      { id: 'b', name: 'Sở B', shortName: 'Sở B', aliases: [], kind: 'department', validFrom: '2021-01-01', validUntil: '2023-01-01', endKind: 'merged', successors: [{ id: 'c' }, { id: 'a' }] },
      { id: 'c', name: 'Sở C', shortName: 'Sở C', aliases: [], kind: 'department', successors: [] },
    ];
    expect(agencyOnDate('a', '2022-06-01', chain).agencies.map((s) => s.agency.id)).toEqual(['b']);
    const later = agencyOnDate('a', '2024-01-01', chain);
    expect(later.agencies.map((s) => s.agency.id)).toEqual(['c']);
    expect(later.ended.map((a) => a.id)).toEqual(['a', 'b']);
    expect(later.reason).toBe('Sở A đã đổi tên thành Sở C từ 01/01/2021');
    expect(agencyOnDate('unknown', '2024-01-01', chain).agencies).toEqual([]);
  });

  it('writes a merger, a renaming and an end without successors as sentences', () => {
    const ended: HistoricAgency = { id: 'x', name: 'Ban Dân tộc tỉnh', validUntil: '2025-03-01', endKind: 'renamed' };
    expect(successionReason(ended, [{ agency: byId('so-dan-toc-ton-giao') }])).toBe(
      'Ban Dân tộc tỉnh đã đổi tên thành Sở Dân tộc và Tôn giáo từ 01/3/2025',
    );
    expect(successionReason({ ...ended, endKind: 'dissolved' }, [])).toBe('Ban Dân tộc tỉnh đã kết thúc hoạt động từ 01/3/2025');
  });
});

describe('a history the user records', () => {
  it('is refused when it makes no sense, with the reason in Vietnamese', () => {
    const end = (changes: Partial<Agency>) => findHistoryProblems({ ...byId('so-ngoai-vu'), ...changes }, directory);
    expect(end({ validUntil: '2026-01-01', endKind: 'merged', successors: [{ id: 'so-noi-vu' }] })).toEqual([]);
    expect(end({ successors: [{ id: 'so-noi-vu' }] })).toEqual(['Cần ngày kết thúc hoạt động khi có cơ quan kế tục']);
    expect(end({ validUntil: '2026-01-01', successors: [{ id: 'so-ngoai-vu' }] })).toEqual(['Cơ quan không thể kế tục chính nó']);
    expect(end({ validUntil: '2026-01-01', successors: [{ id: 'khong-co' }] })).toEqual(['Không có cơ quan "khong-co" trong danh bạ']);
    expect(end({ validUntil: '2024-01-01', successors: [{ id: 'so-nong-nghiep-moi-truong' }] })).toEqual([
      'Sở Nông nghiệp và Môi trường chưa hoạt động vào ngày 01/01/2024',
    ]);
    expect(end({ validFrom: '2026-01-01', validUntil: '2025-01-01' })).toContain('Ngày kết thúc phải sau ngày bắt đầu hoạt động');
  });
});

describe('the directory of today (2026)', () => {
  const today = agenciesExistingOn(directory, '2026-12-02');

  it('has 38 communes and wards and no district', () => {
    const local = today.filter((a) => a.kind === 'district');
    expect(local).toHaveLength(38);
    expect(local.filter((a) => a.shortName.startsWith('UBND phường'))).toHaveLength(2);
    expect(local.every((a) => /^UBND (xã|phường) /u.test(a.shortName))).toBe(true);
  });

  it('has the merged departments and not the ones they replaced', () => {
    const names = today.filter((a) => a.kind === 'department').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Sở Nông nghiệp và Môi trường', 'Sở Dân tộc và Tôn giáo', 'Sở Tài chính']));
    for (const gone of ['Sở Kế hoạch và Đầu tư', 'Sở Giao thông vận tải', 'Sở Tài nguyên và Môi trường', 'Ban Dân tộc tỉnh']) {
      expect(names).not.toContain(gone);
    }
  });

  it('every ended agency has a successor that exists, and says where the change comes from', () => {
    for (const agency of directory.filter((a) => a.validUntil)) {
      expect(agency.successors.length, agency.id).toBeGreaterThan(0);
      expect(agency.source, agency.id).toBeTruthy();
      for (const s of agency.successors) expect(existsOn(byId(s.id), agency.validUntil!), `${agency.id} → ${s.id}`).toBe(true);
    }
  });

  it('keeps, unended, the bodies found still working under their names after 1 July 2025 (sources in the README)', () => {
    const continuing = [
      'so-ngoai-vu',
      'lien-doan-lao-dong-tinh',
      'tinh-doan',
      'hoi-lien-hiep-phu-nu-tinh',
      'hoi-nong-dan-tinh',
      'toa-an-nhan-dan-tinh',
    ];
    for (const id of continuing) {
      expect(byId(id).validUntil, id).toBeUndefined();
      expect(idsOn(id, '2020-09-30'), id).toEqual([id]);
      expect(idsOn(id, '2026-12-02'), id).toEqual([id]);
      expect(agencyOnDate(id, '2026-12-02', directory).reason, id).toBeUndefined();
    }
    expect(matchAgency('Giao Sở Ngoại vụ chủ trì', directory)?.id).toBe('so-ngoai-vu');
  });

  it('old names still resolve to the agency they named, so old notices keep their agencies', () => {
    expect(matchAgency('Sở KH&ĐT', directory)?.id).toBe('so-ke-hoach-dau-tu');
    expect(matchAgency('UBND huyện Tam Đường', directory)?.id).toBe('ubnd-huyen-tam-duong');
    expect(matchAgency('UBND xã Tả Lèng', directory)?.id).toBe('ubnd-xa-ta-leng');
    expect(matchAgency('Sở NN&MT', directory)?.id).toBe('so-nong-nghiep-moi-truong');
  });
});
