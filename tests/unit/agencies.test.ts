import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  agencyKey,
  createAgencyMatcher,
  findAgencies,
  findAgencyMentions,
  matchAgency,
} from '../../shared/agencies/match';
import {
  AgencyDirectorySchema,
  AgencyListSchema,
  findDirectoryConflicts,
  type Agency,
  type AgencyInput,
} from '../../shared/agencies/schema';

const DIRECTORY_FILE = new URL('../../resources/agencies/lai-chau.json', import.meta.url);
const raw: unknown = JSON.parse(readFileSync(DIRECTORY_FILE, 'utf8'));
const directory = AgencyDirectorySchema.parse(raw);
const agencies = directory.agencies;

const ids = (list: Agency[]) => list.map((a) => a.id);
const matchId = (text: string) => matchAgency(text, agencies)?.id;

describe('the Lai Châu directory', () => {
  it('validates against the schema', () => {
    const result = AgencyDirectorySchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(directory.province).toBe('Lai Châu');
  });

  it('has unique ids, and no name, short name or alias that points to two agencies', () => {
    expect(new Set(ids(agencies)).size).toBe(agencies.length);
    const owner = new Map<string, string>();
    for (const a of agencies) {
      for (const name of [a.name, a.shortName, ...a.aliases]) {
        const key = agencyKey(name);
        expect(key, name).not.toBe('');
        const previous = owner.get(key);
        if (previous !== undefined) expect(previous, `"${name}" is also a name of ${previous}`).toBe(a.id);
        owner.set(key, a.id);
      }
    }
    expect(findDirectoryConflicts(agencies)).toEqual([]);
  });

  it('holds every department of the province under its official name', () => {
    const departments = agencies.filter((a) => a.kind === 'department').map((a) => a.name);
    expect(departments).toEqual(
      expect.arrayContaining([
        'Văn phòng Ủy ban nhân dân tỉnh',
        'Sở Nội vụ',
        'Sở Tư pháp',
        'Sở Kế hoạch và Đầu tư',
        'Sở Tài chính',
        'Sở Công Thương',
        'Sở Nông nghiệp và Phát triển nông thôn',
        'Sở Giao thông vận tải',
        'Sở Xây dựng',
        'Sở Tài nguyên và Môi trường',
        'Sở Thông tin và Truyền thông',
        'Sở Lao động - Thương binh và Xã hội',
        'Sở Văn hóa, Thể thao và Du lịch',
        'Sở Khoa học và Công nghệ',
        'Sở Giáo dục và Đào tạo',
        'Sở Y tế',
        'Sở Ngoại vụ',
        'Thanh tra tỉnh',
        'Ban Dân tộc tỉnh',
        'Ban Quản lý Khu kinh tế tỉnh',
      ]),
    );
  });

  it('holds the 7 districts and the city of 2020, and the bodies notices are sent to', () => {
    expect(agencies.filter((a) => a.kind === 'district' && a.validUntil === '2025-07-01').map((a) => a.shortName)).toEqual([
      'UBND huyện Tam Đường',
      'UBND huyện Phong Thổ',
      'UBND huyện Sìn Hồ',
      'UBND huyện Mường Tè',
      'UBND huyện Than Uyên',
      'UBND huyện Tân Uyên',
      'UBND huyện Nậm Nhùn',
      'UBND thành phố Lai Châu',
    ]);
    for (const recipient of [
      'Thường trực Tỉnh ủy',
      'Thường trực HĐND tỉnh',
      'Đoàn ĐBQH tỉnh',
      'Ủy ban MTTQ Việt Nam tỉnh',
      'Chủ tịch, các PCT UBND tỉnh',
      'Các sở, ban, ngành tỉnh',
      'UBND các huyện, thành phố',
    ]) {
      expect(matchAgency(recipient, agencies), recipient).toBeDefined();
    }
    for (const central of ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ đội Biên phòng tỉnh', 'Cục Thuế tỉnh', 'Kho bạc Nhà nước tỉnh']) {
      expect(matchAgency(central, agencies)?.kind, central).toBe('central-branch');
    }
  });
});

describe('directory validation', () => {
  const base: AgencyInput[] = [
    { id: 'so-y-te', name: 'Sở Y tế', shortName: 'Sở Y tế', kind: 'department' },
    { id: 'so-tai-chinh', name: 'Sở Tài chính', shortName: 'Sở TC', aliases: ['STC'], kind: 'department' },
  ];
  const problems = (list: AgencyInput[]) => {
    const result = AgencyListSchema.safeParse(list);
    return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
  };

  it('accepts distinct agencies', () => {
    expect(problems(base)).toEqual([]);
  });

  it('refuses a repeated id', () => {
    const found = problems([...base, { id: 'so-y-te', name: 'Sở Ngoại vụ', shortName: 'Sở Ngoại vụ', kind: 'department' }]);
    expect(found).toEqual([{ path: [2, 'id'], message: 'Mã "so-y-te" đã dùng cho cơ quan thứ 1' }]);
  });

  it('refuses an alias that is, once folded, the name of another agency', () => {
    const found = problems([
      ...base,
      { id: 'trung-tam-y-te', name: 'Trung tâm Y tế', shortName: 'TTYT', aliases: ['SỞ Y TẾ'], kind: 'other' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toEqual([2, 'aliases', 0]);
    expect(found[0]?.message).toContain('Sở Y tế');
  });

  it('refuses an alias repeating another name of the same agency, and a name without letters', () => {
    expect(problems([{ ...base[1]!, aliases: ['Sở Tài Chính'] }])[0]?.path).toEqual([0, 'aliases', 0]);
    expect(problems([{ ...base[1]!, aliases: ['(-.-)'] }])).toEqual([
      { path: [0, 'aliases', 0], message: 'Tên "(-.-)" không có chữ nào để so khớp' },
    ]);
  });

  it('refuses a bad id and an unknown kind', () => {
    expect(problems([{ ...base[0]!, id: 'Sở Y tế' }])[0]?.path).toEqual([0, 'id']);
    expect(AgencyListSchema.safeParse([{ ...base[0], kind: 'ministry' }]).success).toBe(false);
  });
});

describe('agencyKey', () => {
  it('ignores case, diacritics, spacing and punctuation, and reads & as và', () => {
    expect(agencyKey('Sở NN&PTNT')).toBe('so nn va ptnt');
    expect(agencyKey('  sở   nn  và ptnt ')).toBe('so nn va ptnt');
    expect(agencyKey('SỞ LĐ-TB&XH')).toBe('so ld tb va xh');
    expect(agencyKey('Sở Lao động - Thương binh và Xã hội')).toBe(agencyKey('Sở Lao động Thương binh và Xã hội'));
    expect(agencyKey('Tỉnh uỷ')).toBe(agencyKey('Tỉnh ủy'));
    // Decomposed (NFD) input, as some editors and PDF copies produce.
    expect(agencyKey('Sở Y tế'.normalize('NFD'))).toBe('so y te');
  });

  it('folds letters beyond the Vietnamese range and keeps astral characters whole', () => {
    // Full-width letters and digits (U+FF21…) are letters too; an emoji (a surrogate pair) ends a word.
    expect(agencyKey('ＳỞ Ｙ TẾ ２')).toBe('ｓo ｙ te ２');
    expect(agencyKey('Sở😀Y tế')).toBe('so y te');
    // A mathematical capital (astral, a letter) folds as one character, not as two halves.
    expect(agencyKey('𝐒ở')).toBe('𝐒o');
  });
});

describe('matchAgency', () => {
  it.each([
    ['Sở NN&PTNT', 'so-nong-nghiep-ptnt'],
    ['Sở Nông nghiệp và PTNT', 'so-nong-nghiep-ptnt'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'so-nong-nghiep-ptnt'],
    ['so nong nghiep va ptnt', 'so-nong-nghiep-ptnt'],
    ['SỞ NN VÀ PTNT', 'so-nong-nghiep-ptnt'],
    ['Sở KH&ĐT', 'so-ke-hoach-dau-tu'],
    ['so kh&dt', 'so-ke-hoach-dau-tu'],
    ['Sở KH&CN', 'so-khoa-hoc-cong-nghe'],
    ['Sở LĐ-TB&XH', 'so-lao-dong-tbxh'],
    ['Sở LĐ-TB và XH', 'so-lao-dong-tbxh'],
    ['Sở Lao động Thương binh và Xã hội', 'so-lao-dong-tbxh'],
    ['Sở TN&MT', 'so-tai-nguyen-moi-truong'],
    ['Sở VHTT&DL', 'so-van-hoa-the-thao-du-lich'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'so-van-hoa-the-thao-du-lich'],
    ['Sở TT&TT', 'so-thong-tin-truyen-thong'],
    ['Sở GD&ĐT', 'so-giao-duc-dao-tao'],
    ['Sở GTVT', 'so-giao-thong-van-tai'],
    ['Cục thuế tỉnh', 'cuc-thue-tinh'],
    ['Cục quản lý thị trường', 'cuc-quan-ly-thi-truong'],
    ['Ban Dân tộc', 'ban-dan-toc'],
    ['Bộ đội Biên phòng tỉnh', 'bo-doi-bien-phong-tinh'],
    ['VP UBND tỉnh', 'van-phong-ubnd-tinh'],
    ['UBND TP. Lai Châu', 'ubnd-thanh-pho-lai-chau'],
    ['ubnd huyen muong te', 'ubnd-huyen-muong-te'],
    ['Ban QLDA đầu tư xây dựng các công trình Dân dụng và Công nghiệp', 'ban-qlda-dan-dung-cong-nghiep'],
    ['Thường trực Tỉnh uỷ (b/c)', 'thuong-truc-tinh-uy'],
    ['Giao Sở Nông nghiệp và PTNT:', 'so-nong-nghiep-ptnt'],
    ['Sở Y tế tỉnh Lai Châu', 'so-y-te'],
  ])('%s → %s', (text, id) => {
    expect(matchId(text)).toBe(id);
  });

  it('prefers the longest name: the Office over the Committee, the Standing Board over the Council', () => {
    expect(matchId('Văn phòng UBND tỉnh')).toBe('van-phong-ubnd-tinh');
    expect(matchId('UBND tỉnh')).toBe('ubnd-tinh');
    expect(matchId('Thường trực HĐND tỉnh')).toBe('thuong-truc-hdnd-tinh');
    expect(matchId('HĐND tỉnh')).toBe('hdnd-tinh');
    expect(matchId('Chủ tịch, các PCT UBND tỉnh')).toBe('lanh-dao-ubnd-tinh');
    expect(matchId('Chủ tịch UBND tỉnh')).toBe('chu-tich-ubnd-tinh');
  });

  it('does not take a shorter name that happens to start the same way', () => {
    const dir = AgencyListSchema.parse([
      { id: 'nong-nghiep', name: 'Sở Nông nghiệp', shortName: 'Sở NN', kind: 'department' },
      { id: 'nn-ptnt', name: 'Sở Nông nghiệp và Phát triển nông thôn', shortName: 'Sở NN&PTNT', aliases: ['Sở Nông nghiệp và PTNT'], kind: 'department' },
    ]);
    expect(matchAgency('Sở Nông nghiệp và PTNT', dir)?.id).toBe('nn-ptnt');
    expect(matchAgency('Sở NN và PTNT', dir)?.id).toBe('nn-ptnt');
    expect(matchAgency('Sở Nông nghiệp', dir)?.id).toBe('nong-nghiep');
    expect(findAgencies('Sở Nông nghiệp và PTNT, Sở Nông nghiệp', dir).map((a) => a.id)).toEqual(['nn-ptnt', 'nong-nghiep']);
  });

  it('matches whole words only', () => {
    expect(matchId('Công an huyện Phong Thổ')).toBeUndefined();
    expect(matchId('Công an tỉnh')).toBe('cong-an-tinh');
    expect(matchId('Bộ Nông nghiệp và PTNT')).toBeUndefined();
    expect(matchId('Trung tâm Y tế huyện Sìn Hồ')).toBeUndefined();
    expect(matchId('Sở Tài chínhh')).toBeUndefined();
    expect(matchId('Tài chính')).toBeUndefined();
  });

  it('is undefined for text naming no agency or several', () => {
    expect(matchId('')).toBeUndefined();
    expect(matchId('Các cấp, các ngành')).toBeUndefined();
    expect(matchId('Sở Tài chính, Cục Thuế tỉnh')).toBeUndefined();
  });
});

describe('findAgencies', () => {
  it('lists the agencies of a sentence in order (task 13 of the sample)', () => {
    const sentence =
      'Sở Nội vụ phối hợp Công an tỉnh, Bộ đội Biên phòng tỉnh kiểm tra các hoạt động tôn giáo, đạo lạ, tham mưu giải ' +
      'pháp tổng thể, báo cáo UBND tỉnh trong tháng 10 năm 2020.';
    expect(ids(findAgencies(sentence, agencies))).toEqual(['so-noi-vu', 'cong-an-tinh', 'bo-doi-bien-phong-tinh', 'ubnd-tinh']);
  });

  it('resolves "Các Sở: …" enumerations to the departments (task 14)', () => {
    const sentence =
      'Các Sở: Kế hoạch và Đầu tư, Tài chính, Xây dựng, Tài nguyên và Môi trường, Nông nghiệp và PTNT chủ động, đẩy ' +
      'nhanh tiến độ giải quyết vướng mắc, nhất là các dự án lớn.';
    const mentions = findAgencyMentions(sentence, agencies);
    expect(mentions.map((m) => [m.agency.id, m.text])).toEqual([
      ['so-ke-hoach-dau-tu', 'Kế hoạch và Đầu tư'],
      ['so-tai-chinh', 'Tài chính'],
      ['so-xay-dung', 'Xây dựng'],
      ['so-tai-nguyen-moi-truong', 'Tài nguyên và Môi trường'],
      ['so-nong-nghiep-ptnt', 'Nông nghiệp và PTNT'],
    ]);
    for (const m of mentions) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it('ends an enumeration at the first word that is not another item', () => {
    const sentence = 'các sở Tài chính và Xây dựng chủ động xây dựng kế hoạch tài chính';
    expect(ids(findAgencies(sentence, agencies))).toEqual(['so-tai-chinh', 'so-xay-dung']);
    expect(findAgencies('theo kiến nghị của các huyện, báo cáo', agencies)).toEqual([]);
    expect(ids(findAgencies('UBND các huyện: Than Uyên, Tân Uyên', agencies))).toEqual([
      'ubnd-huyen-than-uyen',
      'ubnd-huyen-tan-uyen',
    ]);
  });

  it('finds collective addressees and abbreviations (tasks 2, 8 and 9 of the sample)', () => {
    expect(
      ids(findAgencies('Các sở, ban, ngành tỉnh và UBND các huyện, thành phố chủ động rà soát. Giao Sở Kế hoạch và Đầu tư đôn đốc', agencies)),
    ).toEqual(['cac-so-ban-nganh', 'ubnd-cac-huyen-thanh-pho', 'so-ke-hoach-dau-tu']);
    expect(ids(findAgencies('Sở Công Thương, Cục Quản lý thị trường tăng cường công tác quản lý thị trường', agencies))).toEqual([
      'so-cong-thuong',
      'cuc-quan-ly-thi-truong',
    ]);
    expect(ids(findAgencies('Sở Tài chính, Cục thuế tỉnh, UBND các huyện, thành phố thực hiện quyết liệt', agencies))).toEqual([
      'so-tai-chinh',
      'cuc-thue-tinh',
      'ubnd-cac-huyen-thanh-pho',
    ]);
  });

  it('gives each agency once, at its first mention, and the words as written for every mention', () => {
    const text = 'so nn&ptnt phối hợp Sở Tài chính; Sở Nông nghiệp và PTNT báo cáo';
    expect(ids(findAgencies(text, agencies))).toEqual(['so-nong-nghiep-ptnt', 'so-tai-chinh']);
    expect(findAgencyMentions(text, agencies).map((m) => m.text)).toEqual(['so nn&ptnt', 'Sở Tài chính', 'Sở Nông nghiệp và PTNT']);
  });

  it('gives the same answers through a matcher built once', () => {
    const matcher = createAgencyMatcher(agencies);
    const text = 'Sở TN&MT chủ trì, phối hợp với Công an tỉnh';
    expect(matcher.find(text)).toEqual(findAgencies(text, agencies));
    expect(ids(matcher.find(text))).toEqual(['so-tai-nguyen-moi-truong', 'cong-an-tinh']);
    expect(matcher.match('Sở TN&MT')?.id).toBe('so-tai-nguyen-moi-truong');
  });

  it('finds nothing in an empty directory', () => {
    expect(findAgencies('Sở Y tế', [])).toEqual([]);
    expect(matchAgency('Sở Y tế', [])).toBeUndefined();
  });
});
