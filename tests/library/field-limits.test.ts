/**
 * Notice fields have length limits: a save, a new notice or a request beyond them is refused with a Vietnamese
 * message that names the field and the limit, and what was saved before stays as it was.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/services/library/open';
import { NOTICE_LIMITS } from '../../shared/notice/limits';
import type { Notice } from '../../shared/notice/schema';
import { call, sampleNotice, tempDir } from './helpers';

describe('notice field limits', () => {
  it('refuses to save an over-long trích yếu and keeps the saved notice intact', async () => {
    const library = openLibrary({ dataDir: path.join(tempDir(), 'data') });
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    const saved = await call(library, 'saveNotice', {
      id: record.id,
      notice: { ...record.notice, summary: 'Kết luận đã lưu' },
      reason: 'manual',
      baseRevisionId: record.revisionId,
    });

    const huge: Notice = { ...record.notice, summary: 'x'.repeat(10 * 1024 * 1024) };
    await expect(
      call(library, 'saveNotice', { id: record.id, notice: huge, reason: 'manual', baseRevisionId: saved.revisionId }),
    ).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringContaining('Trích yếu dài quá 1.000 ký tự') });

    const after = await call(library, 'getNotice', { id: record.id });
    expect(after.notice.summary).toBe('Kết luận đã lưu');
    expect((await call(library, 'listRevisions', { id: record.id })).revisions).toHaveLength(2);
  });

  it('refuses an over-long paragraph, signer name or recipient line, naming each', async () => {
    const library = openLibrary({ dataDir: path.join(tempDir(), 'data') });
    const notice = sampleNotice();
    const paragraph: Notice = {
      ...notice,
      body: [{ id: 'p-long', type: 'paragraph', text: [{ text: 'a'.repeat(NOTICE_LIMITS.runText + 1) }] }],
    };
    await expect(call(library, 'createFromNotice', { notice: paragraph })).rejects.toMatchObject({
      message: expect.stringContaining('Đoạn văn bản dài quá 20.000 ký tự'),
    });
    const signer: Notice = { ...notice, signature: { ...notice.signature, signerName: 'Nguyễn '.repeat(40) } };
    await expect(call(library, 'createFromNotice', { notice: signer })).rejects.toMatchObject({
      message: expect.stringContaining('Tên người ký dài quá 200 ký tự'),
    });
    const recipient: Notice = { ...notice, recipients: ['Sở Tài chính', 'b'.repeat(501)] };
    await expect(call(library, 'createFromNotice', { notice: recipient })).rejects.toMatchObject({
      message: expect.stringContaining('Dòng nơi nhận dài quá 500 ký tự'),
    });
    expect((await call(library, 'listNotices', {})).notices).toHaveLength(0);

    // Right at the limits is accepted.
    const atLimits: Notice = {
      ...notice,
      summary: 's'.repeat(NOTICE_LIMITS.summary),
      body: [{ id: 'p-max', type: 'paragraph', text: [{ text: 'a'.repeat(NOTICE_LIMITS.runText) }] }],
    };
    const record = await call(library, 'createFromNotice', { notice: atLimits });
    expect((await call(library, 'getNotice', { id: record.id })).notice.summary).toHaveLength(NOTICE_LIMITS.summary);
  });

  it('still opens, lists and finds a notice saved over the limits before they existed; saving it names what to shorten', async () => {
    const library = openLibrary({ dataDir: path.join(tempDir(), 'data') });
    const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
    // The service itself, below the validating boundary: what an app without limits stored.
    const longSummary = `Kết luận ${'rất dài '.repeat(300)}`;
    const stored = await library.api.saveNotice({
      id: record.id,
      notice: { ...record.notice, summary: longSummary },
      reason: 'manual',
      baseRevisionId: record.revisionId,
    });

    const opened = await call(library, 'getNotice', { id: record.id });
    expect(opened.notice.summary).toBe(longSummary);
    const listed = (await call(library, 'listNotices', {})).notices;
    expect(listed.map((notice) => notice.id)).toEqual([record.id]);
    expect((await call(library, 'searchNotices', { query: 'rat dai' })).results.map((hit) => hit.id)).toEqual([record.id]);

    await expect(
      call(library, 'saveNotice', { id: record.id, notice: opened.notice, reason: 'autosave', baseRevisionId: stored.revisionId }),
    ).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringContaining('Trích yếu dài quá 1.000 ký tự') });
    const shortened = { ...opened.notice, summary: longSummary.slice(0, NOTICE_LIMITS.summary) };
    await call(library, 'saveNotice', { id: record.id, notice: shortened, reason: 'manual', baseRevisionId: stored.revisionId });
    expect((await call(library, 'getNotice', { id: record.id })).notice.summary).toBe(shortened.summary);
    // The over-long revision stays in the history and opens too.
    const revisions = (await call(library, 'listRevisions', { id: record.id })).revisions;
    const older = await call(library, 'getRevision', { revisionId: stored.revisionId });
    expect(revisions.map((revision) => revision.id)).toContain(stored.revisionId);
    expect(older.notice.summary).toBe(longSummary);
  });
});
