/** `npm run cli -- check …`: the findings in Vietnamese, exit 1 with errors, 2 for bad input, 0 when clean. */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'vitest';
import { runCli } from './run-cli';

const ROOT = new URL('../../', import.meta.url).pathname;
const RAW_SAMPLE = join(ROOT, '..', 'shared', 'samples', 'lai-chau-2020-09-ket-luan.txt');
/** Each test starts the real command line (tsx compiling on the fly): generous for a busy 2-core machine. */
const SPAWN_TIMEOUT = 240_000;
const SAMPLE_JSON = join(ROOT, 'resources', 'samples', 'lai-chau-2020-09.notice.json');

async function workspace(onTestFinished: TestContext['onTestFinished']): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'thongbao-check-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('check', () => {
  it('prints the raw published sample’s errors in Vietnamese and exits 1', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await copyFile(RAW_SAMPLE, join(dir, 'ket-luan.txt'));
    const result = await runCli(['check', 'ket-luan.txt', '--today', '2020-10-02'], { cwd: dir });
    if (process.env.SPELLING_VERBOSE === '1') console.log(result.stdout);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('LỖI      Ngày họp: Chưa có ngày họp.');
    expect(result.stdout).toMatch(/«vưọt» không phải âm tiết tiếng Việt.*Có phải «vượt»\?/u);
    expect(result.stdout).toMatch(/CẢNH BÁO .*«biếu» ít gặp ở vị trí này.*Có phải «biểu»\?/u);
    expect(result.stdout).toMatch(/Kiểm tra «ket-luan.txt»: \d+ lỗi, \d+ cảnh báo\./u);
    expect(result.stderr).toMatch(/^Lỗi: Thông báo còn \d+ lỗi cần sửa trước khi ban hành\./u);
  }, SPAWN_TIMEOUT);

  it('exits 0 on the corrected sample notice, which has warnings only', async ({ expect }) => {
    const result = await runCli(['check', SAMPLE_JSON, '--today', '2020-10-02'], { cwd: ROOT });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Hạn ban hành: 07/10/2020 (còn 3 ngày làm việc).');
    expect(result.stdout).toMatch(/: 0 lỗi, \d+ cảnh báo\./u);
  }, SPAWN_TIMEOUT);

  it('exits 2 on a file that is not a notice', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'hong.json'), '{ "schemaVersion": 1, ');
    const broken = await runCli(['check', 'hong.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('Lỗi: Không kiểm tra được thông báo.');
  }, SPAWN_TIMEOUT);

  it('exits 2 on a missing file and on a bad option', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const missing = await runCli(['check', 'khong-co.docx'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không tìm thấy tệp');
    const usage = await runCli(['check', 'a.txt', '--today', '31/12/2020'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--today cần một ngày có thật');
  }, SPAWN_TIMEOUT);
});
