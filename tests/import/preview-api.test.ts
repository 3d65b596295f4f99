/**
 * `previewImport` through the API boundary of a real library (SQLite in a temporary folder): the directory and
 * settings come from the library; the draft is then created with createFromNotice.
 */
import { parseStoredNotice } from '../../shared/notice/migrate';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, apiMethods } from '../../shared/api';
import { dispatchApiCall } from '../../shared/api-dispatch';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { IMPORT_LIMITS } from '../../shared/import/limits';
import { defaultSettings, issuerForm } from '../../shared/settings/defaults';
import { openLibrary, type Library } from '../../electron/services/library/open';
import { SAMPLE_NOTICE_PATH, SAMPLE_TEXT_PATH } from './helpers';

let folder: string;
let library: Library;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'import-api-'));
  library = openLibrary({ dataDir: folder });
});
afterEach(async () => {
  library.close();
  await rm(folder, { recursive: true, force: true });
});

async function preview(request: unknown) {
  return apiMethods.previewImport.response.parse(await dispatchApiCall(library.api, 'previewImport', request));
}

async function failure(request: unknown): Promise<ApiError> {
  const error = await dispatchApiCall(library.api, 'previewImport', request).catch((thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('previewImport', () => {
  it('reads pasted text, filling what the page lacks from the settings', async () => {
    const text = await readFile(SAMPLE_TEXT_PATH, 'utf8');
    const { notice, report } = await preview({ fileName: 'dán từ trang web', text });
    expect(report.tasks).toHaveLength(16);
    expect(report.tasks[4]?.lead).toEqual([{ text: 'Sở Nông nghiệp và PTNT', agencyId: 'so-nong-nghiep-ptnt' }]);
    expect(notice.closing).toBe(issuerForm(defaultSettings()).closing);
    expect(notice.signature.authorityLines).toEqual(['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG']);
    expect(notice.recipients.length).toBeGreaterThan(0);
    expect(report.headerFields).not.toContain('closing');
  });

  it("fills a missing archive line with the issuer's (Decree 30: VT and the drafting unit), not the recipient preset's", async () => {
    const settings = defaultSettings();
    settings.recipientPresets = settings.recipientPresets.map((preset) => ({ ...preset, archive: 'VT, KGVX' }));
    await dispatchApiCall(library.api, 'setSettings', settings);
    const text = 'THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế\nGiao Sở Y tế rà soát các trạm y tế xã.';
    const { notice, report } = await preview({ fileName: 'dán từ trang web', text });
    expect(report.headerFields).not.toContain('archive');
    expect(notice.archive).toBe(settings.issuer.archive);
    expect(notice.recipients).toEqual(settings.recipientPresets[0]?.recipients);
  });

  it('reads a .docx sent as base64, and the preview becomes a draft with createFromNotice', async () => {
    const source = parseStoredNotice(JSON.parse(await readFile(SAMPLE_NOTICE_PATH, 'utf8')));
    const base64 = Buffer.from(await buildNoticeDocx(source)).toString('base64');
    const { notice } = await preview({ fileName: 'TB-09-2020.docx', base64 });
    expect(notice.signature).toEqual(source.signature);
    const created = await dispatchApiCall(library.api, 'createFromNotice', { notice });
    const record = await dispatchApiCall(library.api, 'getNotice', { id: (created as { id: string }).id });
    expect((record as { notice: unknown }).notice).toEqual(notice);
  });

  it('answers bad files with a `file` error in Vietnamese and stores nothing', async () => {
    const garbage = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)).toString('base64');
    const error = await failure({ fileName: 'rac.docx', base64: garbage });
    expect(error.code).toBe('file');
    expect(error.message).toMatch(/không phải tệp \.docx hợp lệ/);
    const doc = await failure({ fileName: 'cu.doc', base64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString('base64') });
    expect(doc.message).toMatch(/Word cũ/);
    const listed = await dispatchApiCall(library.api, 'listNotices', {});
    expect((listed as { total: number }).total).toBe(0);
  });

  it('bounds the request: one source, and no more than the import limits', async () => {
    expect((await failure({ fileName: 'a.txt', text: 'x', base64: 'eA==' })).code).toBe('invalid-request');
    expect((await failure({ fileName: 'a.txt' })).code).toBe('invalid-request');
    const tooLong = await failure({ fileName: 'a.txt', text: 'a'.repeat(IMPORT_LIMITS.maxTextBytes + 1) });
    expect(tooLong.code).toBe('invalid-request');
  });
});
