/** The library's commands, run as `npm run cli` runs them, on a real data folder. */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/services/library/open';
import { databasePath } from '../../electron/services/storage/database';
import { runCli } from '../cli/run-cli';
import { call, sampleNotice, sha256, tempDir } from './helpers';

async function libraryWithSample() {
  const dir = tempDir();
  const dataDir = path.join(dir, 'data');
  const library = openLibrary({ dataDir });
  const record = await call(library, 'createFromNotice', { notice: sampleNotice() });
  await call(library, 'createFromTemplate', { templateId: 'site-inspection' });
  library.close();
  const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir], { cwd: dir });
  return { dir, dataDir, id: record.id, cli };
}

describe('library commands', () => {
  it('list shows the notices with their short ids, status and title', async () => {
    const { id, cli } = await libraryWithSample();
    const result = await cli('list');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${id.slice(0, 8)}  Dự thảo · chưa có số (TB-VP) · họp ngày 30/09/2020`);
    expect(result.stdout).toContain('Kết luận của Chủ tịch UBND tỉnh Trần Tiến Dũng tại phiên họp UBND tỉnh tháng 9 năm 2020');
    expect(result.stdout).toContain('Hiển thị 2/2 thông báo.');
    expect((await cli('list', '--status', 'ban-hanh')).stdout).toBe('Thư viện chưa có thông báo nào.\n');
  });

  it('search finds without diacritics and marks the matched words in the snippet', async () => {
    const { id, cli } = await libraryWithSample();
    const result = await cli('search', 'phien', 'hop', 'thang', '9');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(id.slice(0, 8));
    expect(result.stdout).toContain('tại [phiên họp] UBND tỉnh [tháng 9] năm 2020');
    expect(result.stdout).toContain('Tìm thấy 1 thông báo.');
    const byAgency = await cli('search', 'nong thon moi', '--agency', 'Sở NN&PTNT');
    expect(byAgency.stdout).toContain(id.slice(0, 8));
    expect((await cli('search', 'khong co tu nay')).stdout).toBe('Không tìm thấy thông báo nào.\n');
  });

  it('new --from-previous makes next month’s draft; new --template makes one from a template', async () => {
    const { id, dataDir, cli } = await libraryWithSample();
    const result = await cli('new', '--from-previous', id.slice(0, 8));
    expect(result.code, result.stderr).toBe(0);
    const newId = /mã ([0-9a-f-]{36})/.exec(result.stdout)?.[1];
    expect(result.stdout).toContain('họp ngày 30/10/2020 · còn');
    expect(result.stdout).toContain('tháng 10 năm 2020');
    const fromTemplate = await cli('new', '--template', 'working-session');
    expect(fromTemplate.code, fromTemplate.stderr).toBe(0);

    const library = openLibrary({ dataDir });
    try {
      expect((await call(library, 'getNotice', { id: newId! })).toReviewCount).toBeGreaterThan(0);
      expect((await call(library, 'listNotices', {})).total).toBe(4);
    } finally {
      library.close();
    }
  });

  it('export <id> -o file.docx writes the official .docx of a library notice', async () => {
    const { dir, id, cli } = await libraryWithSample();
    const result = await cli('export', id.slice(0, 8), '-o', 'thang-9.docx');
    expect(result.code, result.stderr).toBe(0);
    const files = unzipSync(fs.readFileSync(path.join(dir, 'thang-9.docx')));
    expect(strFromU8(files['word/document.xml']!)).toContain('phiên họp UBND tỉnh tháng 9 năm 2020');
  });

  it('reports bad input in Vietnamese on stderr with exit code 2 and no stack trace', async () => {
    const { dir, cli } = await libraryWithSample();
    const cases = [
      [await cli('export', 'khong-co', '-o', 'x.docx'), 'Không có thông báo nào có mã «khong-co»'],
      [await cli('new'), 'Cần đúng một trong hai'],
      [await cli('new', '--template', 'khong-co'), 'Không tìm thấy mẫu thông báo này'],
      [await cli('search', 'y te', '--from', '2020-02-30'), '--from cần một ngày có thật'],
      [await cli('list', '--status', 'xong'), '--status chỉ nhận du-thao hoặc ban-hanh'],
    ] as const;
    for (const [result, message] of cases) {
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
  });

  it('refuses a corrupt database with a clear message and leaves the file as it was', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(databasePath(dataDir), Buffer.alloc(10_000, 7));
    const before = sha256(databasePath(dataDir));
    const result = await runCli(['list', '--data-dir', dataDir], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bị hỏng');
    expect(result.stderr).toContain('đừng xoá');
    expect(sha256(databasePath(dataDir))).toBe(before);
  });
});
