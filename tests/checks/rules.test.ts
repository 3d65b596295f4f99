/** The check engine's rules, each on a notice made to break it, and the sample notice that breaks none of them. */
import { describe, expect, it } from 'vitest';
import type { Agency } from '../../shared/agencies/schema';
import { noticeDue } from '../../shared/checks/dates';
import { countErrors, runChecks } from '../../shared/checks/engine';
import { spellingCheckerFor } from '../../shared/checks/spelling';
import { analyseSyllable, canonicalSyllable } from '../../shared/checks/spelling/syllable';
import type { CheckContext, Finding } from '../../shared/checks/types';
import { addWorkingDays, isWorkingDay, noticeDueDate, workingDaysBetween } from '../../shared/checks/working-days';
import { NoticeSchema, type Notice, type NoticeInput } from '../../shared/notice/schema';
import { loadSample, taskBlock } from '../e2e/support/notices';
import { laiChauDirectory } from '../import/helpers';
import { dictionaryWords } from './measure';

const sample = loadSample();
const directory = laiChauDirectory();
const context: CheckContext = { directory, dictionaryWords: dictionaryWords() };

function withChanges(change: (notice: NoticeInput) => void): Notice {
  const copy = structuredClone(sample) as NoticeInput;
  change(copy);
  return NoticeSchema.parse(copy);
}
const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);
const find = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('the sample notice', () => {
  it('has no errors', () => {
    const findings = runChecks(sample, context);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(countErrors(findings)).toBe(0);
  });
});

describe('unfinished content', () => {
  it('finds "…", "..", "xx" and "[tên]" left in the text, but not the closing "./."', () => {
    const notice = withChanges((n) => {
      n.summary = 'Kết luận của Chủ tịch UBND tỉnh … tại phiên họp';
      n.body = [taskBlock('t1', 'Giao Sở xx chủ trì.. báo cáo [tên cơ quan] trước ngày 15/10/2020.')];
    });
    const found = find(runChecks(notice, context), 'unfinished.placeholder');
    expect(found.map((f) => [f.location.path, f.location.offset, f.location.length])).toEqual([
      ['summary', 32, 1],
      ['body[0].content', 8, 2],
      ['body[0].content', 18, 2],
      ['body[0].content', 29, 13],
    ]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(find(runChecks(sample, context), 'unfinished.placeholder')).toEqual([]);
  });

  it('finds an empty trích yếu, signer and task', () => {
    const notice = withChanges((n) => {
      n.summary = ' ';
      n.signature = { authorityLines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'], title: 'PHÓ CHÁNH VĂN PHÒNG', signerName: '' };
      n.body = [taskBlock('t1', '')];
    });
    const paths = find(runChecks(notice, context), 'unfinished.missing').map((f) => f.location.path);
    expect(paths).toEqual(expect.arrayContaining(['summary', 'signature.signerName', 'body[0].content']));
  });
});

describe('Decree 30 form', () => {
  it('wants the trích yếu capitalised without a final stop, and the closing ending "./."', () => {
    const notice = withChanges((n) => {
      n.summary = 'kết luận của Chủ tịch UBND tỉnh.';
      n.closing = 'Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện.';
    });
    const found = find(runChecks(notice, context), 'decree30.form');
    expect(found.map((f) => [f.location.path, f.fixes?.[0]?.replacement])).toEqual([
      ['summary', 'K'],
      ['summary', ''],
      ['closing', './.'],
    ]);
  });

  it('matches the authority lines to the signer: KT. for a deputy, not TM. for the Office', () => {
    const deputyWithoutKt = withChanges((n) => {
      n.signature = { authorityLines: ['TL. CHỦ TỊCH'], title: 'PHÓ CHÁNH VĂN PHÒNG', signerName: 'Nguyễn Văn A' };
    });
    expect(find(runChecks(deputyWithoutKt, context), 'decree30.form')[0]?.message).toContain('KT. CHÁNH VĂN PHÒNG');
    const headWithKt = withChanges((n) => {
      n.signature = { authorityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'CHÁNH VĂN PHÒNG', signerName: 'Nguyễn Văn A' };
    });
    const messages = find(runChecks(headWithKt, context), 'decree30.form').map((f) => f.message);
    expect(messages.some((m) => m.includes('«KT.» dùng khi cấp phó'))).toBe(true);
    expect(messages.some((m) => m.includes('«TM.» chỉ dùng'))).toBe(true);
  });

  it('takes both ways the Committee signs: TL. CHỦ TỊCH by the Office, TM. ỦY BAN NHÂN DÂN by a leader; not KT. alone', () => {
    const committee = (authorityLines: string[], title: string) =>
      find(
        runChecks(
          withChanges((n) => {
            n.issuer = { ...n.issuer, parentAgency: '', agency: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU' };
            n.signature = { authorityLines, title, signerName: 'Nguyễn Văn A' };
          }),
          context,
        ),
        'decree30.form',
      ).map((f) => f.message);
    expect(committee(['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'], 'PHÓ CHÁNH VĂN PHÒNG')).toEqual([]);
    expect(committee(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH')).toEqual([]);
    expect(committee(['KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH')).toEqual([expect.stringContaining('cần dòng «TM. ỦY BAN NHÂN DÂN»')]);
  });

  it('wants the archive line to start with VT', () => {
    const notice = withChanges((n) => {
      n.archive = 'TH';
    });
    expect(find(runChecks(notice, context), 'decree30.form').map((f) => f.location.path)).toEqual(['archive']);
  });

  it('reads the date, number and recipients of an imported file', () => {
    const lines = ['Số: 5/TB-VP', 'Lai Châu, ngày 5 tháng 1 năm 2021', 'Nơi nhận:', '- Thường trực Tỉnh ủy (b/c)', '- Lưu: VT, TH'];
    const found = find(runChecks(sample, { ...context, sourceLines: lines }), 'decree30.form');
    expect(found.map((f) => [f.location.path, f.fixes?.[0]?.replacement ?? null])).toEqual([
      ['source[0]', '05'],
      ['source[1]', '05'],
      ['source[1]', '01'],
      ['source[4]', null],
      ['source[3]', ';'],
    ]);
  });
});

describe('dates and deadlines', () => {
  it('finds an issue date before the meeting and deadlines before the meeting or the issue', () => {
    const notice = withChanges((n) => {
      n.meeting = { ...sample.meeting, date: '2020-09-30' };
      n.date = '2020-09-29';
      n.body = [
        taskBlock('t1', 'Báo cáo trước ngày 15/09/2020.', { deadline: { kind: 'by-date', date: '2020-09-15' } }),
        taskBlock('t2', 'Hoàn thành trong tháng 9 năm 2020.', { deadline: { kind: 'within-month', year: 2020, month: 9 } }),
      ];
    });
    const found = runChecks(notice, context);
    expect(ids(found)).toEqual(expect.arrayContaining(['dates.issue-before-meeting', 'dates.deadline-before-meeting']));
    const fresh = withChanges((n) => {
      n.meeting = { ...sample.meeting, date: '2020-09-30' };
      n.date = '2020-10-05';
      n.body = [taskBlock('t1', 'Báo cáo trước ngày 02/10/2020.', { deadline: { kind: 'by-date', date: '2020-10-02' } })];
    });
    expect(ids(runChecks(fresh, context))).toContain('dates.deadline-before-issue');
  });

  it('compares deadlines as data with the deadlines the text states', () => {
    const notice = withChanges((n) => {
      n.body = [
        taskBlock('t1', 'Rà soát, báo cáo UBND tỉnh.', { deadline: { kind: 'by-date', date: '2020-10-20' } }),
        taskBlock('t2', 'Rà soát, báo cáo UBND tỉnh trước ngày 25/10/2020.'),
      ];
    });
    const found = runChecks(notice, context);
    expect(find(found, 'dates.deadline-not-in-text').map((f) => f.location.path)).toEqual(['body[0].deadline']);
    expect(find(found, 'dates.deadline-not-in-data').map((f) => f.location.path)).toEqual(['body[1].deadline']);
  });

  it('finds a month in the trích yếu that is not the meeting’s', () => {
    const notice = withChanges((n) => {
      n.summary = 'Kết luận tại phiên họp UBND tỉnh tháng 11 năm 2026';
      n.meeting = { ...sample.meeting, date: '2027-01-28' };
    });
    const [finding] = find(runChecks(notice, context), 'dates.summary-month');
    expect(finding?.location).toMatchObject({ path: 'summary', offset: 33, length: 'tháng 11 năm 2026'.length });
    expect(find(runChecks(sample, context), 'dates.summary-month')).toEqual([]);
  });

  it('counts 5 working days past weekends, Tết and the Government’s bridge days', () => {
    // Tết Bính Ngọ 2026: 14/02–22/02 off.
    expect(noticeDueDate('2026-02-12')).toBe('2026-02-26');
    // 30/4–04/5/2025 off, Saturday 26/4/2025 worked in return.
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(noticeDueDate('2025-04-25')).toBe('2025-05-06');
    // 2027 without a published schedule: Tết Đinh Mùi on Saturday 06/02, the weekend days moved to 10–11/02.
    expect(noticeDueDate('2027-02-04')).toBe('2027-02-18');
    expect(addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
    const due = noticeDue(withChanges((n) => { n.meeting = { ...sample.meeting, date: '2026-02-12' }; }), '2026-02-23');
    expect(due).toEqual({ dueDate: '2026-02-26', workingDaysLeft: 3 });
  });

  it('counts the working days between two dates as a walk over each day would, across years and schedules', () => {
    const walk = (from: string, to: string) => {
      const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
      let count = 0;
      const day = new Date(`${start}T00:00:00Z`);
      for (;;) {
        day.setUTCDate(day.getUTCDate() + 1);
        const date = day.toISOString().slice(0, 10);
        if (date > end) break;
        if (isWorkingDay(date)) count++;
      }
      return sign * count;
    };
    // Pairs that start and end on every weekday, around Tết, bridge days, worked Saturdays and years without a schedule.
    const dates = ['2019-12-31', '2020-09-30', '2024-12-28', '2025-01-24', '2025-04-26', '2025-04-27', '2025-05-05', '2025-12-31', '2026-02-13', '2026-02-23', '2026-08-22', '2026-08-30', '2026-12-02', '2027-02-05', '2027-02-12', '2028-09-01'];
    for (const from of dates) for (const to of dates) expect(workingDaysBetween(from, to), `${from} → ${to}`).toBe(walk(from, to));
    for (let offset = 0; offset < 21; offset++) {
      const day = new Date(Date.UTC(2026, 1, 10 + offset)).toISOString().slice(0, 10);
      expect(workingDaysBetween('2026-02-09', day), day).toBe(walk('2026-02-09', day));
    }
  });

  it('warns when the notice is due or overdue', () => {
    const draft = withChanges((n) => { n.meeting = { ...sample.meeting, date: '2020-09-30' }; });
    expect(find(runChecks(draft, { ...context, today: '2020-10-07' }), 'dates.notice-due')[0]?.message).toContain('07/10/2020, còn 0 ngày làm việc');
    expect(find(runChecks(draft, { ...context, today: '2020-10-12' }), 'dates.notice-due')[0]?.message).toContain('đã quá hạn');
    expect(find(runChecks(draft, { ...context, today: '2020-10-01' }), 'dates.notice-due')).toEqual([]);
  });
});

describe('agencies', () => {
  const dated: Agency[] = [
    ...directory,
    { id: 'so-ke-hoach-va-dau-tu-cu', name: 'Sở Kế hoạch và Đầu tư cũ', shortName: 'Sở KH&ĐT cũ', aliases: [], kind: 'department', validUntil: '2025-03-01', successors: [{ id: 'so-tai-chinh' }] },
  ];
  it('finds an agency that no longer exists on the meeting date, with its successor as the fix', () => {
    const notice = withChanges((n) => {
      n.meeting = { ...sample.meeting, date: '2025-06-10' };
      n.body = [taskBlock('t1', 'Giao Sở Kế hoạch và Đầu tư cũ chủ trì.', { leadAgencies: [{ id: 'so-ke-hoach-va-dau-tu-cu', name: 'Sở Kế hoạch và Đầu tư cũ' }] })];
    });
    const found = find(runChecks(notice, { ...context, directory: dated }), 'agencies.defunct');
    expect(found.map((f) => f.location.path)).toEqual(['body[0].content', 'body[0].leadAgencies[0]']);
    expect(found[1]?.message).toContain('Thay bằng «Sở Tài chính»');
    expect(found[0]?.fixes?.[0]?.replacement).toBe('Sở Tài chính');
    const before = withChanges((n) => {
      n.meeting = { ...sample.meeting, date: '2025-02-20' };
      n.body = [taskBlock('t1', 'Giao Sở Kế hoạch và Đầu tư cũ chủ trì.')];
    });
    expect(find(runChecks(before, { ...context, directory: dated }), 'agencies.defunct')).toEqual([]);
  });

  it('finds chips outside the directory and chips the text does not name', () => {
    const notice = withChanges((n) => {
      n.body = [taskBlock('t1', 'Rà soát, báo cáo UBND tỉnh.', { leadAgencies: [{ id: 'so-tai-chinh', name: 'Sở Tài chính' }, { name: 'Sở Không Có' }] })];
    });
    const found = runChecks(notice, context);
    expect(find(found, 'agencies.unknown').map((f) => f.message)[0]).toContain('Sở Không Có');
    expect(find(found, 'agencies.unnamed').map((f) => f.message).join()).toContain('Sở Tài chính');
  });
});

describe('Vietnamese spelling', () => {
  const checker = spellingCheckerFor(undefined, context.dictionaryWords);
  const issues = (text: string) => checker.check(text).map((i) => [i.kind, i.word, i.suggestions[0]]);

  it('knows what a syllable can be', () => {
    expect(analyseSyllable('quyêt').problem).toBe('tone-on-stop');
    expect(analyseSyllable('đạọ').problem).toBe('two-tones');
    expect(analyseSyllable('vưọt').problem).toBe('bad-rhyme');
    expect(analyseSyllable('trừơng').problem).toBe('tone-position');
    expect(analyseSyllable('ce').problem).toBe('bad-rhyme');
    for (const word of ['nghiệp', 'giếng', 'gì', 'quốc', 'khuya', 'thuở', 'hoà', 'hòa', 'thuỷ', 'Pắc']) expect(analyseSyllable(word).problem, word).toBeUndefined();
    expect(canonicalSyllable('hoà')).toBe('hòa');
    expect(canonicalSyllable('nhiệm'.normalize('NFD'))).toBe('nhiệm');
  });

  it('finds impossible syllables, unknown words and valid syllables out of place, with the fix first', () => {
    expect(issues('nghị quyêt')).toEqual([['invalid', 'quyêt', 'quyết']]);
    expect(issues('chỉ đạọ')).toEqual([['invalid', 'đạọ', 'đạo']]);
    expect(issues('trừơng hợp')).toEqual([['invalid', 'trừơng', 'trường']]);
    expect(issues('triển khia')).toEqual([['unknown', 'khia', 'khai']]);
    expect(issues('UBMD tỉnh')).toEqual([['abbreviation', 'UBMD', 'UBND']]);
    expect(issues('thực hiện nhiệm vu')).toEqual([['context', 'vu', 'vụ']]);
    expect(issues('bố trí kinh phi')).toEqual([['context', 'phi', 'phí']]);
    expect(issues('hoàn thàn kế hoạch')).toEqual([['unknown', 'thàn', 'thành']]);
    expect(issues('nhiệm vụ trọng tâm tháng 3 cuối năm')).toEqual([['word-order', 'tháng 3', '3 tháng']]);
  });

  it('accepts both tone placements, both Unicode forms, codes, abbreviations and Lai Châu’s place names', () => {
    for (const text of ['hoà bình', 'hòa bình', 'Tỉnh uỷ', 'Tỉnh ủy', 'thực hiện nhiệm vụ'.normalize('NFD'), 'Nghị định số 30/2020/NĐ-CP', 'Thông báo số 12/TB-VP của UBND tỉnh', 'Ban QLDA đầu tư xây dựng', 'xã Sìn Hồ, xã Pắc Ta, xã Mường Tè, xã Nậm Cuổi, xã Sì Lở Lầu']) {
      expect(issues(text), text).toEqual([]);
    }
  });

  it('accepts the words of the user’s dictionary', () => {
    const text = 'UBMD xã triển khia';
    expect(issues(text).map(([, word]) => word)).toEqual(['UBMD', 'khia']);
    const own = spellingCheckerFor(['UBMD', 'khia'], context.dictionaryWords);
    expect(own.check(text)).toEqual([]);
  });
});
