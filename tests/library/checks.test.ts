/** The library's checks: the user's dictionary, the check of a stored notice, and "Ban hành" held back by errors. */
import { describe, expect, it } from 'vitest';
import { call, openTestLibrary, sampleNotice } from './helpers';

describe('checks in the library', () => {
  it('keeps the user’s dictionary, and the spelling check accepts its words', async () => {
    const library = openTestLibrary();
    const notice = { ...sampleNotice(), summary: 'Kết luận tại phiên họp UBND tỉnh tháng 9 năm 2020 về giống chè Shan tuyết UBMD' };
    const { id } = await call(library, 'createFromNotice', { notice });
    const before = await call(library, 'checkNotice', { id, today: '2020-10-02' });
    expect(before.findings.filter((f) => f.location.path === 'summary').map((f) => f.excerpt)).toEqual([expect.stringContaining('«UBMD»')]);
    expect(await call(library, 'addDictionaryWord', { word: 'UBMD' })).toEqual({ words: ['UBMD'] });
    expect(await call(library, 'addDictionaryWord', { word: 'Shan' })).toEqual({ words: ['Shan', 'UBMD'] });
    const after = await call(library, 'checkNotice', { id, today: '2020-10-02' });
    expect(after.findings.filter((f) => f.location.path === 'summary')).toEqual([]);
    expect(after.due).toEqual({ dueDate: '2020-10-07', workingDaysLeft: 3 });
    expect(await call(library, 'removeDictionaryWord', { word: 'Shan' })).toEqual({ words: ['UBMD'] });
    expect(await call(library, 'listDictionaryWords', {})).toEqual({ words: ['UBMD'] });
  });

  it('gives the editor the syllable list checkNotice uses', async () => {
    const library = openTestLibrary();
    const { words } = await call(library, 'listSpellingSyllables', {});
    expect(words.length).toBeGreaterThan(5000);
    expect(words).toEqual(expect.arrayContaining(['nghị', 'quyết', 'khuỷu']));
  });

  it('refuses to issue a notice with errors unless they are accepted with a reason, kept in its history', async () => {
    const library = openTestLibrary();
    const { id } = await call(library, 'createFromNotice', { notice: { ...sampleNotice(), summary: 'Kết luận … tại phiên họp' } });
    await expect(call(library, 'issueNotice', { id, date: '2020-10-05' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('còn 1 lỗi'),
      problems: [{ path: 'summary', message: expect.stringContaining('Trích yếu: Còn dấu chấm lửng') }],
    });
    expect((await call(library, 'getNotice', { id })).status).toBe('draft');
    await expect(call(library, 'issueNotice', { id, date: '2020-10-05', acceptance: { reason: ' ' } })).rejects.toMatchObject({ code: 'invalid-request' });
    const issued = await call(library, 'issueNotice', { id, date: '2020-10-05', acceptance: { reason: 'Lãnh đạo duyệt giữ nguyên trích yếu' } });
    expect(issued.status).toBe('issued');
    const { acceptances } = await call(library, 'listCheckAcceptances', { id });
    expect(acceptances).toEqual([
      { acceptedAt: expect.any(String), reason: 'Lãnh đạo duyệt giữ nguyên trích yếu', findings: [expect.objectContaining({ ruleId: 'unfinished.placeholder', where: 'Trích yếu' })] },
    ]);
  });
});
