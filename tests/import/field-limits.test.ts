/**
 * An imported text whose paragraph is longer than a notice field may be is refused as such ("too long", not
 * "missing defaults"), by the service and by the command line (exit 2), and nothing is created.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText } from '../../electron/services/import/import-file';
import { openLibrary } from '../../electron/services/library/open';
import { ImportError } from '../../shared/import/errors';
import { NOTICE_LIMITS } from '../../shared/notice/limits';
import { runCli } from '../cli/run-cli';
import { SAMPLE_NOTICE_PATH, SAMPLE_TEXT_PATH, laiChauDirectory, officeDefaults } from './helpers';

/** The sample page with its first task's paragraph made `extra` characters longer than a run may be. */
function textWithLongParagraph(): string {
  const lines = readFileSync(SAMPLE_TEXT_PATH, 'utf8').split('\n');
  const first = lines.findIndex((line) => /^1\.\s/u.test(line));
  expect(first).toBeGreaterThan(0);
  lines[first] = `${lines[first]} ${'tổ chức thực hiện '.repeat(Math.ceil(NOTICE_LIMITS.runText / 18) + 10)}`;
  return lines.join('\n');
}

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'import-limits-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('import of over-long fields', () => {
  it('refuses a paragraph beyond the limit with a message that names it', () => {
    const error = (() => {
      try {
        importText(textWithLongParagraph(), 'ket-luan.txt', { directory: laiChauDirectory(), defaults: officeDefaults() });
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('too-long');
    expect((error as ImportError).message).toMatch(/Đoạn văn bản dài quá 20\.000 ký tự/);
    expect((error as ImportError).message).not.toMatch(/mặc định/);
  });

  it('the command line exits 2 with the message and creates nothing in the library', async () => {
    await writeFile(join(folder, 'dai.txt'), textWithLongParagraph());
    const result = await runCli(['import', 'dai.txt', '--into-library', '--data-dir', 'du-lieu'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Lỗi: [^]*Đoạn văn bản dài quá 20\.000 ký tự/u);
    if (existsSync(join(folder, 'du-lieu'))) {
      const library = openLibrary({ dataDir: join(folder, 'du-lieu') });
      try {
        expect((await library.api.listNotices({ trashed: false, limit: 10, offset: 0 })).total).toBe(0);
      } finally {
        library.close();
      }
    }
  });

  it('the command line refuses a notice file with an over-long trích yếu (exit 2), naming the field', async () => {
    const notice = JSON.parse(readFileSync(SAMPLE_NOTICE_PATH, 'utf8')) as { summary: string };
    notice.summary = 'Kết luận '.repeat(200);
    await writeFile(join(folder, 'dai.json'), JSON.stringify(notice));
    const result = await runCli(['export', 'dai.json', '-o', 'dai.docx'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/summary: Trích yếu dài quá 1\.000 ký tự/u);
    expect(existsSync(join(folder, 'dai.docx'))).toBe(false);
  });
});
