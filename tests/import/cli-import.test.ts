/** `npm run cli -- import …` run as a child process on real files, a real library folder and bad input. */
import { parseStoredNotice } from '../../shared/notice/migrate';
import { mkdtemp, readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { openLibrary } from '../../electron/services/library/open';
import { runCli, runNpmCli, type CliResult } from '../cli/run-cli';
import { SAMPLE_NOTICE_PATH, SAMPLE_TEXT_PATH } from './helpers';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'import-cli-'));
  await copyFile(SAMPLE_TEXT_PATH, join(folder, 'ket-luan.txt'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function expectBadInput(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^Lỗi: /);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
}

describe('import command', () => {
  it('writes the notice of a pasted web page as JSON', async () => {
    const result = await runNpmCli(['import', 'ket-luan.txt', '-o', 'thong-bao.json'], { cwd: folder });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/16 khoản nhiệm vụ, 3 đề án/);
    expect(result.stdout).toMatch(/Đã bỏ 20 dòng của trang web/);
    expect(result.stdout).toMatch(/Khoản 16: chưa nhận ra cơ quan chủ trì/);
    const notice = parseStoredNotice(JSON.parse(await readFile(join(folder, 'thong-bao.json'), 'utf8')));
    expect(notice.body.filter((b) => b.type === 'task')).toHaveLength(16);
    expect(notice.issuer.agency).toBe('VĂN PHÒNG'); // from the default settings: the page does not say
  });

  it('creates a draft in the library from a .docx', async () => {
    const source = parseStoredNotice(JSON.parse(await readFile(SAMPLE_NOTICE_PATH, 'utf8')));
    await writeFile(join(folder, 'TB.docx'), await buildNoticeDocx(source));
    const result = await runCli(['import', 'TB.docx', '--into-library', '--data-dir', 'du-lieu'], { cwd: folder });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Đã tạo dự thảo mới trong thư viện, mã [0-9a-f-]{36}/);
    const library = openLibrary({ dataDir: join(folder, 'du-lieu') });
    try {
      const listed = await library.api.listNotices({ trashed: false, limit: 10, offset: 0 });
      expect(listed.total).toBe(1);
      const record = await library.api.getNotice({ id: listed.notices[0]?.id ?? '' });
      expect(record.notice.summary).toBe(source.summary);
      expect(record.notice.body.filter((b) => b.type === 'task')).toHaveLength(16);
    } finally {
      library.close();
    }
  });

  it('fails on bad files with exit code 2, a Vietnamese message, and writes nothing', async () => {
    await writeFile(join(folder, 'rac.docx'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31 + 7) % 256)));
    await writeFile(join(folder, 'rong.txt'), '');
    await writeFile(join(folder, 'bom.docx'), zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 }));
    const before = (await readdir(folder)).sort();
    const run = (args: string[]) => runCli(['import', ...args], { cwd: folder });
    const results = await Promise.all([
      run(['rac.docx', '-o', 'a.json']),
      run(['rong.txt', '-o', 'a.json']),
      run(['bom.docx', '--into-library', '--data-dir', 'du-lieu']),
      run(['khong-co.txt', '-o', 'a.json']),
      run(['ket-luan.txt', '-o', 'khong/co/a.json']),
      run(['ket-luan.txt']),
    ]);
    const messages = [
      /không phải tệp \.docx hợp lệ/,
      /rỗng/,
      /giải nén lớn hơn/,
      /không tìm thấy tệp/,
      /không tồn tại/,
      /-o <tệp\.json> hoặc --into-library/,
    ];
    results.forEach((result, index) => expectBadInput(result, messages[index] as RegExp));
    // No output file, and no library folder created for a file that could not be read.
    expect((await readdir(folder)).sort()).toEqual(before);
  }, 180_000);
});
