/**
 * An imported notice that states no archive line takes the issuer's from the settings, as a draft from a template
 * does ("Lưu: VT, <drafting unit>", Decree 30), not the recipient preset's: through the real previewImport of a
 * library in a temporary folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiMethods } from '../../shared/api';
import { dispatchApiCall } from '../../shared/api-dispatch';
import { defaultSettings } from '../../shared/settings/defaults';
import { openLibrary, type Library } from '../../electron/services/library/open';

let folder: string;
let library: Library;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'archive-line-'));
  library = openLibrary({ dataDir: folder });
});
afterEach(async () => {
  library.close();
  await rm(folder, { recursive: true, force: true });
});

it("fills a missing archive line with the issuer's, not the recipient preset's", async () => {
  const settings = defaultSettings();
  settings.recipientPresets = settings.recipientPresets.map((preset) => ({ ...preset, archive: 'VT, KGVX' }));
  await dispatchApiCall(library.api, 'setSettings', settings);
  const text = 'THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế\nGiao Sở Y tế rà soát các trạm y tế xã.';
  const { notice, report } = apiMethods.previewImport.response.parse(
    await dispatchApiCall(library.api, 'previewImport', { fileName: 'dán từ trang web', text }),
  );
  expect(report.headerFields).not.toContain('archive');
  expect(notice.archive).toBe(settings.issuer.archive);
  expect(notice.recipients).toEqual(settings.recipientPresets[0]?.recipients);
});
