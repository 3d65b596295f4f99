import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blanksAfterSummaryEdit, blankFieldText, fillSummary, withMeeting } from '../../shared/notice/blank-fields';
import { makeFromPrevious } from '../../shared/notice/from-previous';
import { parseStoredNotice } from '../../shared/notice/migrate';
import { plainText } from '../../shared/notice/rich-text';
import type { Meeting, Notice } from '../../shared/notice/schema';
import { runChecks } from '../../shared/checks/engine';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { docxParagraphs } from '../e2e/support/docx';

const TEMPLATES_DIR = join(__dirname, '../../resources/templates');
const template = (id: string): Notice => parseStoredNotice((JSON.parse(readFileSync(join(TEMPLATES_DIR, `${id}.json`), 'utf8')) as { notice: unknown }).notice);

const meeting: Meeting = {
  date: '2026-11-27',
  timeOfDay: 'sáng',
  place: 'Hội trường UBND tỉnh',
  chairName: 'Lê Văn Lương',
  chairTitle: 'Chủ tịch UBND tỉnh',
  attendees: '',
};

describe('blank fields', () => {
  it('writes each meeting detail as the notice prints it, "…" while it is empty', () => {
    expect(blankFieldText('meeting.day', { ...meeting, date: '2026-02-05' })).toBe('05');
    expect(blankFieldText('meeting.month', { ...meeting, date: '2026-02-05' })).toBe('02');
    expect(blankFieldText('meeting.month', meeting)).toBe('11');
    expect(blankFieldText('meeting.year', meeting)).toBe('2026');
    expect(blankFieldText('meeting.chairName', meeting)).toBe('Lê Văn Lương');
    const { date: _date, ...undated } = meeting;
    expect(blankFieldText('meeting.day', undated)).toBe('…');
    expect(blankFieldText('meeting.chairName', { ...meeting, chairName: '  ' })).toBe('…');
  });

  it("writes the month after the meeting's, and that month's year, crossing into the next year in December", () => {
    expect(blankFieldText('meeting.nextMonth', meeting)).toBe('12');
    expect(blankFieldText('meeting.nextMonthYear', meeting)).toBe('2026');
    expect(blankFieldText('meeting.nextMonth', { ...meeting, date: '2026-12-28' })).toBe('01');
    expect(blankFieldText('meeting.nextMonthYear', { ...meeting, date: '2026-12-28' })).toBe('2027');
    expect(blankFieldText('meeting.nextMonth', { ...meeting, date: '2027-01-05' })).toBe('02');
    const { date: _date, ...undated } = meeting;
    expect(blankFieldText('meeting.nextMonth', undated)).toBe('…');
  });

  it("fills the monthly template's heading with the meeting's month and the next month's tasks, no blank left in it", () => {
    const heading = (notice: Notice) => {
      const block = notice.body.find((candidate) => candidate.type === 'heading');
      return block?.type === 'heading' ? plainText(block.text) : '';
    };
    expect(heading(withMeeting(template('monthly-session'), meeting))).toBe(
      'TÌNH HÌNH KINH TẾ - XÃ HỘI, CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CỦA UBND TỈNH THÁNG 11; NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2026',
    );
    const december = withMeeting(template('monthly-session'), { ...meeting, date: '2026-12-28' });
    expect(heading(december)).toBe('TÌNH HÌNH KINH TẾ - XÃ HỘI, CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CỦA UBND TỈNH THÁNG 12; NHIỆM VỤ TRỌNG TÂM THÁNG 01 NĂM 2027');
    // "New from last month" moves it with the meeting.
    const copy = makeFromPrevious(december, { newId: (() => { let n = 0; return () => `m${++n}`; })() });
    expect(heading(copy)).toBe('TÌNH HÌNH KINH TẾ - XÃ HỘI, CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CỦA UBND TỈNH THÁNG 01; NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2027');
  });

  it('fills the trích yếu and the opening paragraph of the monthly template from the meeting', () => {
    const filled = withMeeting(template('monthly-session'), meeting);
    expect(filled.summary).toBe('Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng 11 năm 2026');
    const opening = filled.body[0];
    expect(opening?.type === 'paragraph' && plainText(opening.text)).toMatch(
      /^Ngày 27 tháng 11 năm 2026, tại Hội trường UBND tỉnh, đồng chí Lê Văn Lương, Chủ tịch UBND tỉnh chủ trì phiên họp UBND tỉnh thường kỳ tháng 11 năm 2026\. Tham dự/,
    );
    // Filling again with other details replaces the values, not the text around them.
    const refilled = withMeeting(filled, { ...meeting, date: '2026-12-03', chairName: '' });
    expect(refilled.summary).toBe('Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng 12 năm 2026');
    const again = refilled.body[0];
    expect(again?.type === 'paragraph' && plainText(again.text)).toMatch(/^Ngày 03 tháng 12 năm 2026, tại Hội trường UBND tỉnh, đồng chí …, Chủ tịch/);
  });

  it('ships templates whose blanks already show the template meeting details', () => {
    for (const file of readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json'))) {
      const notice = template(file.replace(/\.json$/, ''));
      expect(withMeeting(notice, notice.meeting), file).toEqual({ ...notice });
      for (const blank of notice.summaryBlanks ?? []) expect(notice.summary.slice(blank.start, blank.start + blank.length), file).not.toBe('');
    }
  });

  it('lists an unfilled blank as an error of unfinished content', () => {
    const notice = withMeeting(template('monthly-session'), { ...meeting, chairName: '' });
    const blanks = runChecks(notice, { today: '2026-12-02' }).filter((f) => f.ruleId === 'unfinished.placeholder');
    expect(blanks.length).toBeGreaterThan(0);
    expect(blanks.every((f) => f.severity === 'error')).toBe(true);
    expect(blanks.some((f) => f.location.path === 'body[0].text')).toBe(true);
  });

  it('keeps the trích yếu blanks an edit did not touch, moved with the text', () => {
    const blanks = [
      { field: 'meeting.month' as const, start: 6, length: 2 },
      { field: 'meeting.year' as const, start: 13, length: 4 },
    ];
    const before = 'tháng 11 năm 2026';
    // Typing before the first blank moves both.
    expect(blanksAfterSummaryEdit(before, `Kỳ họp ${before}`, blanks)).toEqual([
      { field: 'meeting.month', start: 13, length: 2 },
      { field: 'meeting.year', start: 20, length: 4 },
    ]);
    // Typing inside the month makes it plain text; the year stays a field.
    expect(blanksAfterSummaryEdit(before, 'tháng 1x1 năm 2026', blanks)).toEqual([{ field: 'meeting.year', start: 14, length: 4 }]);
    // Typing right after the year keeps it.
    expect(blanksAfterSummaryEdit(before, `${before}.`, blanks)).toEqual(blanks);
    expect(fillSummary('tháng 1x1 năm 2026', [{ field: 'meeting.year', start: 14, length: 4 }], { ...meeting, date: '2027-01-02' }).summary).toBe(
      'tháng 1x1 năm 2027',
    );
  });

  it('moves the bound blanks of "new from last month" to the new meeting date', () => {
    const source = withMeeting(template('monthly-session'), meeting);
    const copy = makeFromPrevious(source, { newId: (() => { let n = 0; return () => `n${++n}`; })() });
    expect(copy.meeting.date).toBe('2026-12-27');
    expect(copy.summary).toContain('tháng 12 năm 2026');
    const opening = copy.body[0];
    expect(opening?.type === 'paragraph' && plainText(opening.text)).toMatch(/^Ngày 27 tháng 12 năm 2026, tại/);
  });

  it('exports the filled values to the .docx, and "…" where a detail is still empty', async () => {
    const filled = withMeeting(template('monthly-session'), { ...meeting, chairName: '' });
    const paragraphs = docxParagraphs(await buildNoticeDocx(filled));
    expect(paragraphs).toContain('Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh thường kỳ tháng 11 năm 2026');
    expect(paragraphs.find((p) => p.startsWith('Ngày 27 tháng 11 năm 2026, tại Hội trường UBND tỉnh, đồng chí …, Chủ tịch UBND tỉnh chủ trì'))).toBeDefined();
  });
});
