/** Full-text search: insensitive to case and Vietnamese diacritics, filtered, ranked, with real-text snippets. */
import { describe, expect, it } from 'vitest';
import type { SnippetPart } from '../../shared/api';
import type { Notice } from '../../shared/notice/schema';
import { foldVietnamese } from '../../shared/text/fold';
import { buildMatchQuery, makeSnippet } from '../../electron/services/library/snippet';
import { foldWithOffsets, noticeSearchText } from '../../electron/services/storage/search-index';
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

  it('`đ` counts as `d` and the last word may be typed in part', async () => {
    const library = openTestLibrary();
    await call(library, 'createFromNotice', { notice: notice('Đầu tư công', 'Giải ngân vốn đầu tư công.') });
    expect(await ids(library, { query: 'dau t' })).toEqual(['Đầu tư công']);
    expect(await ids(library, { query: 'giai ng' })).toEqual(['Đầu tư công']);
    // Only the last word is a prefix: "dau" must be a whole word.
    expect(await ids(library, { query: 'da tu' })).toEqual([]);
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

  it('follows edits: a saved change is found, the old text no longer is', async () => {
    const library = openTestLibrary();
    const record = await call(library, 'createFromNotice', { notice: notice('Tháng 9', 'Nội dung cũ về thủy lợi.') });
    await call(library, 'saveNotice', { id: record.id, notice: notice('Tháng 9', 'Nội dung mới về chăn nuôi.'), reason: 'autosave' });
    expect(await ids(library, { query: 'thuy loi' })).toEqual([]);
    expect(await ids(library, { query: 'chan nuoi' })).toEqual(['Tháng 9']);
  });
});

describe('folding with offsets', () => {
  it('folds exactly as foldVietnamese and points every folded character back at its source', () => {
    const text = `  ${noticeSearchText(sampleNotice())}\n\t Đ đ  Ưu tiên\u00a0TỈNH e\u0301 🙂 x `;
    const { folded, originalStart, originalEnd } = foldWithOffsets(text);
    expect(folded).toBe(foldVietnamese(text));
    expect(originalStart).toHaveLength(folded.length);
    for (let i = 0; i < folded.length; i++) {
      expect(foldVietnamese(text.slice(originalStart[i], originalEnd[i])) || ' ').toContain(folded[i]);
    }
  });

  it('builds quoted queries and marks matches on the original text', () => {
    expect(buildMatchQuery('  Sở Y tế ')).toBe('"so" "y" "te"*');
    expect(buildMatchQuery('" ( * ')).toBeUndefined();
    const original = 'Giao Sở Kế hoạch và Đầu tư chủ trì.';
    const highlighted = 'giao so \u0001ke\u0002 \u0001hoach\u0002 va dau tu chu tri.';
    expect(makeSnippet(original, highlighted)).toEqual([
      { text: 'Giao Sở ', match: false },
      { text: 'Kế hoạch', match: true },
      { text: ' và Đầu tư chủ trì.', match: false },
    ]);
  });
});
