import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, it, type ExpectStatic, type TestContext } from 'vitest';
import type { NoticeInput } from '../../shared/notice/schema';
import { buildPortableCli } from './portable-cli';
import { runBundledCli, runCli, runNpmCli, type CliResult } from './run-cli';

const NOTICE: NoticeInput = {
  schemaVersion: 3,
  issuer: { parentAgency: 'UBND TỈNH LAI CHÂU', agency: 'VĂN PHÒNG' },
  code: 'TB-VP',
  place: 'Lai Châu',
  date: '2020-10-05',
  summary: 'Kết luận của Chủ tịch UBND tỉnh tại phiên họp UBND tỉnh tháng 9 năm 2020',
  body: [
    { id: 'h1', type: 'heading', text: [{ text: 'TÌNH HÌNH KINH TẾ - XÃ HỘI' }] },
    { id: 'p1', type: 'paragraph', text: [{ text: 'Chín tháng đầu năm 2020, tình hình có nhiều khó khăn.' }] },
    { id: 'd1', type: 'dash', text: [{ text: 'Sản xuất nông nghiệp đạt kế hoạch.' }] },
    {
      id: 't1',
      type: 'task',
      content: [{ text: 'Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày 15/10/2020.' }],
      leadAgencies: [{ name: 'Sở Tài chính' }],
      deadline: { kind: 'by-date', date: '2020-10-15' },
    },
  ],
  closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện',
  signature: { authorityLines: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'], title: 'PHÓ CHÁNH VĂN PHÒNG', signerName: 'Nguyễn Văn A' },
  recipients: ['Thường trực Tỉnh ủy (b/c)', 'Các sở, ban, ngành tỉnh'],
  archive: 'VT, TH',
};

/** The same notice with schema errors at known paths. */
function brokenNotice(): unknown {
  const body = structuredClone(NOTICE.body) as Record<string, unknown>[];
  body[3] = { ...body[3], leadAgencies: [{ name: '   ' }], deadline: { kind: 'by-date', date: '2020-02-31' } };
  return { ...NOTICE, issuer: { agency: '' }, code: undefined, body };
}

/**
 * A fresh temporary folder holding a valid notice.json, removed when the test ends. Tests run concurrently, so the
 * cleanup hook must be the test's own (from its context), not the module-level one.
 */
async function workspace(onTestFinished: TestContext['onTestFinished']): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'thongbao-cli-'));
  onTestFinished(async () => {
    await chmod(join(dir, 'readonly'), 0o755).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });
  // Readable by the unprivileged user some tests run the CLI as.
  await chmod(dir, 0o755);
  await writeFile(join(dir, 'notice.json'), JSON.stringify(NOTICE, null, 2));
  return dir;
}

const listing = async (folder: string): Promise<string[]> => (await readdir(folder)).sort();

/** Every failure: exit 2, a Vietnamese message on stderr, no stack trace, nothing on stdout. */
function expectBadInput(expect: ExpectStatic, result: CliResult): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^Lỗi: /);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/Error|node:internal|\.ts:\d+/);
}

// Each test spawns the real CLI; on a busy machine that is slow, so the timeout is generous (a safety net only).
describe.concurrent('export: success', { timeout: 180_000 }, () => {
  it('writes an official .docx and says so', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const result = await runCli(['export', 'notice.json', '-o', 'out.docx'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Đã xuất «out\.docx» \([\d,]+ KB\)\.\n$/);
    const bytes = await readFile(join(dir, 'out.docx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(zip)).toContain('word/document.xml');
    const xml = strFromU8(zip['word/document.xml'] as Uint8Array);
    expect(xml).toContain('Sở Tài chính chủ trì, báo cáo UBND tỉnh trước ngày 15/10/2020.');
    expect(xml).toContain('ngày 05 tháng 10 năm 2020');
    // The temporary file was renamed, not left behind.
    expect(await listing(dir)).toEqual(['notice.json', 'out.docx']);
  });

  it('accepts --output, absolute paths, and a file in another folder', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await mkdir(join(dir, 'ra'));
    const target = join(dir, 'ra', 'thông báo.docx');
    const result = await runCli(['export', join(dir, 'notice.json'), '--output', target], { cwd: '/' });
    expect(result.code, result.stderr).toBe(0);
    expect((await readFile(target)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await listing(join(dir, 'ra'))).toEqual(['thông báo.docx']);
  });

  it('through npm run cli, reads and writes paths relative to the folder it was started from', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const result = await runNpmCli(['export', 'notice.json', '-o', 'out.docx'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Đã xuất «out.docx»');
    expect((await readFile(join(dir, 'out.docx'))).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('replaces an existing output file', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'out.docx'), 'old contents');
    const result = await runCli(['export', 'notice.json', '-o', 'out.docx'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect((await readFile(join(dir, 'out.docx'))).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('reads a file saved with a byte-order mark', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'bom.json'), `\uFEFF${JSON.stringify(NOTICE)}`);
    const result = await runCli(['export', 'bom.json', '-o', 'out.docx'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
  });
});

describe.concurrent('export: bad input', { timeout: 180_000 }, () => {
  it('refuses a file that is not JSON', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'bad.json'), '{"schemaVersion": 2,\n  "issuer": }');
    const result = await runCli(['export', 'bad.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('Tệp «bad.json» không phải JSON hợp lệ');
    expect(await listing(dir)).toEqual(['bad.json', 'notice.json']);
  });

  it('tells the line and column of a JSON syntax error when known', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'bad.json'), '{\n  "schemaVersion": 2\n  "code": "TB-VP"\n}');
    const result = await runCli(['export', 'bad.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('dòng 3, cột 3');
  });

  it('refuses an empty file', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'empty.json'), '  \n');
    const result = await runCli(['export', 'empty.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('Tệp «empty.json» rỗng');
    expect(await listing(dir)).toEqual(['empty.json', 'notice.json']);
  });

  it('refuses a file that is not UTF-8 text', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'latin.json'), Buffer.from([0x7b, 0x22, 0xe9, 0xff, 0x22, 0x7d]));
    const result = await runCli(['export', 'latin.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('không phải văn bản UTF-8');
  });

  it('lists every schema problem with its path', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'broken.json'), JSON.stringify(brokenNotice()));
    const result = await runCli(['export', 'broken.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('Tệp «broken.json» không đúng cấu trúc thông báo (4 lỗi):');
    expect(result.stderr).toContain('- issuer.agency: Cần tên cơ quan ban hành');
    expect(result.stderr).toMatch(/- code: \S/);
    expect(result.stderr).toContain('- body[3].leadAgencies[0].name: Tên cơ quan không được để trống');
    expect(result.stderr).toContain('- body[3].deadline.date: Ngày không hợp lệ');
    expect(await listing(dir)).toEqual(['broken.json', 'notice.json']);
  });

  it('refuses JSON that is not a notice at all', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'list.json'), '[1, 2, 3]');
    const result = await runCli(['export', 'list.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('(toàn tệp): ');
  });

  it('lists the first 50 of many problems and counts the rest', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'many.json'), JSON.stringify({ ...NOTICE, recipients: Array.from({ length: 60 }, (_, i) => i) }));
    const result = await runCli(['export', 'many.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('(60 lỗi)');
    expect(result.stderr).toContain('- recipients[49]: ');
    expect(result.stderr).not.toContain('- recipients[50]: ');
    expect(result.stderr).toContain('… và 10 lỗi khác.');
  });

  it('reports a missing input file', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const result = await runCli(['export', 'khong-co.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('Không tìm thấy tệp «khong-co.json»');
    expect(await listing(dir)).toEqual(['notice.json']);
  });

  it('reports a folder given as the input file', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await mkdir(join(dir, 'folder.json'));
    const result = await runCli(['export', 'folder.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('«folder.json» là một thư mục, không phải tệp');
  });

  it('reports an output folder that does not exist', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const result = await runCli(['export', 'notice.json', '-o', 'khong-co/out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('Thư mục chứa «khong-co/out.docx» không tồn tại');
    expect(await listing(dir)).toEqual(['notice.json']);
  });

  it('reports an output path that is a folder', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await mkdir(join(dir, 'out.docx'));
    const result = await runCli(['export', 'notice.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('«out.docx» là một thư mục, không phải tệp');
    expect(await listing(join(dir, 'out.docx'))).toEqual([]);
  });

  it('reports an output folder it may not write to, and leaves nothing there', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const readonly = join(dir, 'readonly');
    await mkdir(readonly);
    await chmod(readonly, 0o555);
    // root writes anywhere: run the CLI as the unprivileged "nobody" then, bundled into a folder it can read
    // wherever the clone lives (a clone under a 0700 folder is out of its reach).
    let run = (args: string[]) => runCli(args, { cwd: dir });
    if (process.getuid?.() === 0) {
      const bundled = await buildPortableCli();
      onTestFinished(() => bundled.remove());
      run = (args) => runBundledCli(bundled.main, args, { cwd: dir, uid: 65534, gid: 65534 });
    }
    const result = await run(['export', 'notice.json', '-o', 'readonly/out.docx']);
    expectBadInput(expect, result);
    expect(result.stderr).toContain('Không có quyền ghi «readonly/out.docx»');
    expect(await listing(readonly)).toEqual([]);
  });

  it('leaves an existing output file untouched when the input is bad', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const out = join(dir, 'out.docx');
    await writeFile(out, 'the previous export');
    const before = await stat(out);
    await writeFile(join(dir, 'broken.json'), JSON.stringify(brokenNotice()));
    for (const input of ['broken.json', 'khong-co.json']) {
      const result = await runCli(['export', input, '-o', 'out.docx'], { cwd: dir });
      expectBadInput(expect, result);
    }
    expect(await readFile(out, 'utf8')).toBe('the previous export');
    expect((await stat(out)).mtimeMs).toBe(before.mtimeMs);
    expect(await listing(dir)).toEqual(['broken.json', 'notice.json', 'out.docx']);
  });

  it('refuses a notice file nested deeper than a notice can be, before parsing it', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'deep.json'), `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`);
    const result = await runCli(['export', 'deep.json', '-o', 'out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('Tệp «deep.json» lồng nhau quá sâu (hơn 64 lớp)');
    expect(await listing(dir)).toEqual(['deep.json', 'notice.json']);
  });

  it('reports the input and the output problems together', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    await writeFile(join(dir, 'bad.json'), 'not json');
    const result = await runCli(['export', 'bad.json', '-o', 'khong-co/out.docx'], { cwd: dir });
    expectBadInput(expect, result);
    expect(result.stderr).toContain('Tệp «bad.json» không phải JSON hợp lệ');
    expect(result.stderr).toContain('Thư mục chứa «khong-co/out.docx» không tồn tại');
  });
});

describe.concurrent('command line usage', { timeout: 180_000 }, () => {
  const expectUsage = (expect: ExpectStatic, result: CliResult, usage: RegExp): void => {
    expectBadInput(expect, result);
    expect(result.stderr).toContain('Lỗi: Cách gọi không đúng');
    expect(result.stderr).toMatch(usage);
  };

  it('refuses an unknown command with the list of commands', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const result = await runCli(['xuat', 'notice.json'], { cwd: dir });
    expectUsage(expect, result, /Cách dùng: npm run cli -- <lệnh>/);
    expect(result.stderr).toContain('Không có lệnh «xuat»');
    expect(result.stderr).toMatch(/^\s+export\s+Xuất một thông báo/m);
  });

  it('asks for a command when given none', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const result = await runCli([], { cwd: dir });
    expectUsage(expect, result, /Cách dùng: npm run cli -- <lệnh>/);
    expect(result.stderr).toContain('Thiếu tên lệnh');
  });

  it.for<[string[], string]>([
    [['export'], 'Thiếu tệp thông báo cần xuất'],
    [['export', 'notice.json'], 'Thiếu tệp ra: thêm -o <tệp-ra.docx>'],
    [['export', '-o', 'out.docx'], 'Thiếu tệp thông báo cần xuất'],
    [['export', 'notice.json', '-o'], 'Tùy chọn -o, --output cần một giá trị'],
    [['export', 'notice.json', 'other.json', '-o', 'out.docx'], 'Chỉ xuất được một thông báo mỗi lần, nhận được 2'],
    [['export', 'notice.json', '-o', 'out.docx', '--mau', 'do'], 'Tùy chọn không được hỗ trợ: --mau'],
  ])('export %j: %s', async ([args, message], { expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const result = await runCli(args, { cwd: dir });
    expectUsage(expect, result, /Cách dùng: npm run cli -- export <thong-bao\.json> -o <tep-ra\.docx>/);
    expect(result.stderr).toContain(message);
    expect(await listing(dir)).toEqual(['notice.json']);
  });

  it('prints the list of commands on stdout when asked', async ({ expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const overview = await runCli(['help'], { cwd: dir });
    expect(overview.code).toBe(0);
    expect(overview.stderr).toBe('');
    expect(overview.stdout).toMatch(/Các lệnh:\n(.*\n)*\s+export\s+Xuất một thông báo/);
  });

  it.for([['export', '--help'], ['help', 'export']])('%j prints the help of export on stdout', async (args, { expect, onTestFinished }) => {
    const dir = await workspace(onTestFinished);
    const help = await runCli(args, { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Cách dùng: npm run cli -- export <thong-bao\.json> -o <tep-ra\.docx> \[--pdf\]\n/);
    expect(help.stdout).toContain('-o, --output <tệp>');
  });
});
