/** Full-text search: insensitive to case and Vietnamese diacritics, filtered, ranked, with real-text snippets. */
import { describe, expect, it } from 'vitest';
import type { SnippetPart } from '../../shared/api';
import type { Notice } from '../../shared/notice/schema';
import { makeSnippet, parseQuery } from '../../electron/services/library/snippet';
import { call, openTestLibrary, sampleNotice } from './helpers';
import type { Library } from '../../electron/services/library/open';

const marked = (parts: SnippetPart[]) => parts.filter((p) => p.match).map((p) => p.text);
const plainText = (parts: SnippetPart[]) => parts.map((p) => p.text).join('');

/** A small notice about one subject, assigned to one agency. */
function notice(summary: string, body: string, options: { date?: string; agency?: { id: string; name: string } } = {}): Notice {
  const sample = sampleNotice();
  return {
    ...sample,
    summary,
    meeting: { ...sample.meeting, date: options.date ?? '2020-09-30' },
    body: [
      { id: 'p', type: 'paragraph', text: [{ text: body }] },
      ...(options.agency
        ? [
            {
              id: 't',
              type: 'task' as const,
              title: [],
              content: [{ text: `${options.agency.name} thực hiện.` }],
              leadAgencies: [options.agency],
              coordinatingAgencies: [],
              subItemStyle: 'dash' as const,
              subItems: [],
            },
          ]
        : []),
    ],
  };
}

async function ids(library: Library, request: Parameters<typeof call<'searchNotices'>>[2]) {
  return (await call(library, 'searchNotices', request)).results.map((r) => r.title);
}

describe('search', () => {
  it('finds words whatever their case and diacritics', async () => {
    const library = openTestLibrary();
    const sample = await call(library, 'createFromNotice', { notice: sampleNotice() });
    await call(library, 'createFromNotice', { notice: notice('Họp về giao thông', 'Đường tỉnh lộ 127 hư hỏng.') });

    for (const query of ['so y te', 'Sở Y tế', 'SỞ Y TẾ', 'dau tu', 'ĐẦU TƯ', 'phien hop thang 9', 'Phiên họp tháng 9']) {
      const { results } = await call(library, 'searchNotices', { query });
      expect(results.map((r) => r.id), query).toEqual([sample.id]);
    }
    expect((await call(library, 'searchNotices', { query: 'tinh lo 127' })).results.map((r) => r.title)).toEqual(['Họp về giao thông']);
    expect((await call(library, 'searchNotices', { query: 'không có từ này' })).results).toEqual([]);
  });

  it('`đ` counts as `d`, and words match whole', async () => {
    const library = openTestLibrary();
    await call(library, 'createFromNotice', { notice: notice('Đầu tư công', 'Giải ngân vốn đầu tư công.') });
    expect(await ids(library, { query: 'dau tu' })).toEqual(['Đầu tư công']);
    expect(await ids(library, { query: 'giai ngan' })).toEqual(['Đầu tư công']);
    expect(await ids(library, { query: 'da tu' })).toEqual([]);
    expect(await ids(library, { query: 'giai ng' })).toEqual([]);
  });

  it('shows a snippet of the real text, with diacritics, the matched words marked', async () => {
    const library = openTestLibrary();
    await call(library, 'createFromNotice', { notice: sampleNotice() });
    const [result] = (await call(library, 'searchNotices', { query: 'so y te' })).results;
    expect(result).toBeDefined();
    expect(marked(result!.snippet)).toContain('Sở Y tế');
    expect(plainText(result!.snippet)).toMatch(/Sở Y tế/);
    expect(plainText(result!.snippet).length).toBeLessThan(300);

    const [dauTu] = (await call(library, 'searchNotices', { query: 'ke hoach va dau tu' })).results;
    expect(marked(dauTu!.snippet)).toContain('Kế hoạch và Đầu tư');
  });

  it('treats anything typed as words, never as search syntax', async () => {
    const library = openTestLibrary();
    await call(library, 'createFromNotice', { notice: notice('Họp về "NEAR" và AND', 'Nội dung (thử) * OR -') });
    for (const query of ['"', 'AND (', 'NEAR(a b)', '*', 'near', '-', '" OR "', 'a:b', '^x']) {
      await expect(call(library, 'searchNotices', { query }), query).resolves.toBeDefined();
    }
    expect(await ids(library, { query: '"near" AND' })).toEqual(['Họp về "NEAR" và AND']);
  });

  it('filters by meeting date range, status and agency', async () => {
    const library = openTestLibrary();
    const yTe = { id: 'so-y-te', name: 'Sở Y tế' };
    const giaoDuc = { id: 'so-giao-duc-dao-tao', name: 'Sở Giáo dục và Đào tạo' };
    const august = await call(library, 'createFromNotice', { notice: notice('Tháng 8', 'Phòng chống dịch bệnh.', { date: '2020-08-28', agency: yTe }) });
    await call(library, 'createFromNotice', { notice: notice('Tháng 9', 'Phòng chống dịch bệnh.', { date: '2020-09-30', agency: giaoDuc }) });
    await call(library, 'createFromNotice', { notice: notice('Tháng 10', 'Phòng chống dịch bệnh.', { date: '2020-10-30', agency: yTe }) });
    await call(library, 'issueNotice', { id: august.id, date: '2020-09-02' });

    const query = 'phong chong dich';
    expect((await ids(library, { query })).sort()).toEqual(['Tháng 10', 'Tháng 8', 'Tháng 9']);
    expect((await ids(library, { query, from: '2020-09-01' })).sort()).toEqual(['Tháng 10', 'Tháng 9']);
    expect(await ids(library, { query, from: '2020-09-01', to: '2020-09-30' })).toEqual(['Tháng 9']);
    expect(await ids(library, { query, status: 'issued' })).toEqual(['Tháng 8']);
    expect((await ids(library, { query, status: 'draft' })).sort()).toEqual(['Tháng 10', 'Tháng 9']);
    expect((await ids(library, { query, agencyId: 'so-y-te' })).sort()).toEqual(['Tháng 10', 'Tháng 8']);
    expect(await ids(library, { query, agencyId: 'so-y-te', status: 'draft' })).toEqual(['Tháng 10']);
    // Filters alone, no words: newest meeting first, no snippet.
    const { results } = await call(library, 'searchNotices', { query: '', agencyId: 'so-y-te' });
    expect(results.map((r) => [r.title, r.snippet])).toEqual([
      ['Tháng 10', []],
      ['Tháng 8', []],
    ]);
  });

  it('ranks a notice about the subject above one that mentions it in passing', async () => {
    const library = openTestLibrary();
    await call(library, 'createFromNotice', { notice: notice('Họp về giao thông', 'Đường sá; cuối cùng có nhắc đến chương trình nông thôn mới.') });
    await call(library, 'createFromNotice', { notice: notice('Chương trình nông thôn mới', 'Xây dựng nông thôn mới: các xã đạt chuẩn nông thôn mới.') });
    expect(await ids(library, { query: 'nong thon moi' })).toEqual(['Chương trình nông thôn mới', 'Họp về giao thông']);
  });

  it('puts notices whose trích yếu holds every word first, then the newest meeting first', async () => {
    const library = openTestLibrary();
    const add = (summary: string, body: string, date: string) => call(library, 'createFromNotice', { notice: notice(summary, body, { date }) });
    await add('Thủy lợi tháng 3', 'Kiểm tra công trình thủy lợi.', '2020-03-10');
    await add('Giao thông tháng 9', 'Nhắc lại công trình thủy lợi.', '2020-09-10');
    await add('Thủy lợi tháng 1', 'Kiểm tra hồ chứa.', '2020-01-10');
    await add('Giao thông tháng 5', 'Nhắc lại thủy lợi.', '2020-05-10');
    await add('Y tế tháng 12', 'Không liên quan.', '2020-12-10');
    expect(await ids(library, { query: 'thuy loi' })).toEqual(['Thủy lợi tháng 3', 'Thủy lợi tháng 1', 'Giao thông tháng 9', 'Giao thông tháng 5']);
    // The limit is filled from the first tier before the second.
    expect(await ids(library, { query: 'thuy loi', limit: 3 })).toEqual(['Thủy lợi tháng 3', 'Thủy lợi tháng 1', 'Giao thông tháng 9']);
    // A word missing from the trích yếu puts every notice in the second tier.
    expect(await ids(library, { query: 'thuy loi cong trinh' })).toEqual(['Giao thông tháng 9', 'Thủy lợi tháng 3']);
  });

  it('follows edits: a saved change is found, the old text no longer is', async () => {
    const library = openTestLibrary();
    const record = await call(library, 'createFromNotice', { notice: notice('Tháng 9', 'Nội dung cũ về thủy lợi.') });
    await call(library, 'saveNotice', { id: record.id, notice: notice('Tháng 9', 'Nội dung mới về chăn nuôi.'), reason: 'autosave', baseRevisionId: record.revisionId });
    expect(await ids(library, { query: 'thuy loi' })).toEqual([]);
    expect(await ids(library, { query: 'chan nuoi' })).toEqual(['Tháng 9']);
  });
});

describe('snippets', () => {
  it('parses what was typed into quoted, folded words', () => {
    expect(parseQuery('  Sở Y tế, sở ')).toEqual({ match: '"so" "y" "te"', terms: ['so', 'y', 'te'] });
    expect(parseQuery('" ( * ')).toBeUndefined();
  });

  it('marks every spelling of the folded words in the original text, whole words only', () => {
    const original = 'Giao Sở Kế hoạch và Đầu tư chủ trì; KẾ HOẠCH năm sau. Kế hoạch hóa; đầu tư; tư vấn.';
    expect(makeSnippet(original, ['ke', 'hoach'])).toEqual([
      { text: 'Giao Sở ', match: false },
      { text: 'Kế hoạch', match: true },
      { text: ' và Đầu tư chủ trì; ', match: false },
      { text: 'KẾ HOẠCH', match: true },
      { text: ' năm sau. ', match: false },
      { text: 'Kế hoạch', match: true },
      { text: ' hóa; đầu tư; tư vấn.', match: false },
    ]);
    // Decomposed input (combining marks typed separately) is matched too.
    const decomposed = 'Sở Y tế'.normalize('NFD');
    expect(makeSnippet(`Giao ${decomposed} chủ trì`, ['so', 'y', 'te'])).toEqual([
      { text: 'Giao ', match: false },
      { text: 'Sở Y tế', match: true },
      { text: ' chủ trì', match: false },
    ]);
    expect(makeSnippet('Tổ chức thực hiện', ['to', 'chuc', 'thu'])).toEqual([
      { text: 'Tổ chức', match: true },
      { text: ' thực hiện', match: false },
    ]);
  });

  it('cuts a long text around the passage with the most query words', () => {
    const original = `${'Các sở khác. '.repeat(40)}Giao Sở Y tế chủ trì phòng chống dịch. ${'Nội dung khác. '.repeat(40)}`;
    const parts = makeSnippet(original, ['so', 'y', 'te']);
    expect(parts[0]!.text).toMatch(/^…/);
    expect(parts.at(-1)!.text).toMatch(/…$/);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toContain('Sở Y tế');
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(260);
  });
});
