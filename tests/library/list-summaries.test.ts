/**
 * Lists and search return summaries, never whole documents: six notices with a very long trích yếu and body still
 * give small list and search payloads (the title is cut to LIST_TITLE_LENGTH characters, by SQLite). Such notices
 * can no longer come in through the API (shared/notice/limits.ts), but a library may hold them from before.
 */
import { describe, expect, it } from 'vitest';
import { LIST_TITLE_LENGTH } from '../../electron/services/storage/notices';
import { call, openTestLibrary, sampleNotice } from './helpers';

describe('list and search payloads', () => {
  it('stay small when six notices carry a megabyte-long trích yếu and paragraph', async () => {
    const library = openTestLibrary();
    const long = 'Kết luận về việc rà soát hạ tầng giao thông nông thôn '.repeat(20_000);
    for (let i = 0; i < 6; i++) {
      const notice = sampleNotice();
      // The service itself, below the boundary's field limits: what an app without them stored.
      await library.api.createFromNotice({
        notice: { ...notice, summary: `${i + 1}. ${long}`, body: [...notice.body, { id: `dai-${i}`, type: 'paragraph', text: [{ text: long }] }] },
      });
    }
    const list = await call(library, 'listNotices', { trashed: false, limit: 50, offset: 0 });
    expect(list.total).toBe(6);
    expect(list.notices.every((summary) => summary.title.length <= LIST_TITLE_LENGTH && summary.title.endsWith('…'))).toBe(true);
    expect(JSON.stringify(list).length).toBeLessThan(6 * 1000);

    const found = await call(library, 'searchNotices', { query: 'giao thông nông thôn', limit: 20 });
    expect(found.results).toHaveLength(6);
    expect(JSON.stringify(found).length).toBeLessThan(6 * 2000);
  });
});
