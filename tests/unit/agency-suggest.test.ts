/** The agency box's suggestions follow the notice's date, on the shipped Lai Châu directory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgencyDirectorySchema } from '../../shared/agencies/schema';
import { suggestAgencies } from '../../shared/agencies/suggest';

const directory = AgencyDirectorySchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../resources/agencies/lai-chau.json'), 'utf8')),
).agencies;

const offered = (query: string, date: string, exclude?: ReadonlySet<string>) =>
  suggestAgencies(directory, query, date, { exclude }).map(({ agency, note }) => (note ? `${agency.name} (${note})` : agency.name));

describe('agency suggestions on a notice date', () => {
  it('offers a 2020 notice the agency of its day, unmarked', () => {
    expect(offered('ke hoach', '2020-10-02')).toEqual(['Sở Kế hoạch và Đầu tư']);
  });

  it('offers a 2026 notice the successor first, then the ended agency marked with its end', () => {
    expect(offered('ke hoach', '2026-11-20')).toEqual([
      'Sở Tài chính (kế thừa Sở Kế hoạch và Đầu tư)',
      'Sở Kế hoạch và Đầu tư (đã kết thúc từ 01/3/2025)',
    ]);
  });

  it('puts a current match before the successors of an ended one, and names the part each successor took', () => {
    const labels = offered('lao dong', '2026-11-20');
    expect(labels[0]).toBe('Liên đoàn Lao động tỉnh');
    expect(labels).toContain('Sở Nội vụ (kế thừa Sở Lao động - Thương binh và Xã hội: lao động)');
    expect(labels).toContain('Sở Y tế (kế thừa Sở Lao động - Thương binh và Xã hội: bảo trợ xã hội)');
    expect(labels.at(-1)).toBe('Sở Lao động - Thương binh và Xã hội (đã kết thúc từ 01/3/2025)');
  });

  it('leaves out what the task already names, and offers nothing for an empty query', () => {
    expect(offered('ke hoach', '2026-11-20', new Set(['so-tai-chinh']))).toEqual(['Sở Kế hoạch và Đầu tư (đã kết thúc từ 01/3/2025)']);
    expect(offered('  ', '2026-11-20')).toEqual([]);
  });
});
