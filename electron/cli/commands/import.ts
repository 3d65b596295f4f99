/**
 * `import <file.txt|file.docx> -o <notice.json>` and/or `--into-library`: an old notice (text copied from the
 * website or a Word file) → a structured Notice, saved as JSON or as a new draft in the library.
 */
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/api';
import type { ImportResult } from '../../../shared/import/result';
import { defaultSettings } from '../../../shared/settings/defaults';
import { loadImportSource, type ImportSource } from '../../services/import/import-file';
import { importApiError, loadImportSetup, runImport, type ImportSetup } from '../../services/import/setup';
import { findResourcesDir, loadAgencySeed } from '../../services/library/resources';
import { parseCommandArgs, type CliCommand, type CliContext } from '../command';
import { CliError, UsageError } from '../errors';
import { checkWritableTarget, describeFsError } from '../files';
import { DATA_DIR_HELP, DATA_DIR_OPTION, dataDirFor, describeSummary, withLibrary } from '../library';
import { FileWriteError, writeFileAtomic } from '../../services/files/atomic-write';

const HEADLINE = 'Không nhập được thông báo.';

/** Import failures as the command's error (Vietnamese, exit code 2). */
function cliError(error: unknown): unknown {
  const converted = importApiError(error);
  return converted instanceof ApiError ? new CliError(HEADLINE, [converted.message]) : converted;
}

const parse = (source: ImportSource, setup: ImportSetup): Promise<ImportResult> =>
  runImport(setup, { kind: 'source', source }, { onThisThread: true }).catch((error: unknown) => Promise.reject(cliError(error)));

/** What was recognised, and what the user should check. */
function describeResult(shown: string, { notice, report }: ImportResult, context: CliContext): void {
  const count = (type: string) => notice.body.filter((block) => block.type === type).length;
  context.out(
    `Đã đọc «${shown}»: ${count('heading')} mục, ${count('task')} khoản nhiệm vụ, ${count('scheme')} đề án, ` +
      `${count('paragraph') + count('dash')} đoạn văn.`,
  );
  if (report.droppedLines.length > 0) context.out(`Đã bỏ ${report.droppedLines.length} dòng của trang web (menu, danh sách tin khác…).`);
  if (report.unrecognised.length > 0) context.out(`${report.unrecognised.length} đoạn không nhận ra cấu trúc, giữ nguyên là đoạn văn.`);
  if (report.warnings.length > 0) {
    context.out('Cần kiểm tra:');
    report.warnings.forEach((warning) => context.out(`  - ${warning}`));
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  synopsis: '<tệp.txt|tệp.docx> (-o <thong-bao.json> | --into-library) [--data-dir <thư mục>]',
  summary: 'Nhập thông báo cũ (văn bản chép từ trang web hoặc tệp Word .docx) thành thông báo có cấu trúc',
  details: [
    'Đọc văn bản, bỏ phần thừa của trang web, nhận ra trích yếu, các mục, khoản nhiệm vụ (cơ quan chủ trì,',
    'phối hợp, thời hạn), đề án, nơi nhận và chữ ký. Phần không nhận ra được giữ nguyên là đoạn văn.',
    'Không ghi gì nếu tệp không đọc được.',
    '',
    'Tùy chọn (ít nhất một):',
    '  -o, --output <tệp>    ghi thông báo ra tệp JSON (dùng danh bạ cơ quan và cài đặt mặc định)',
    '  --into-library        tạo dự thảo mới trong thư viện (dùng danh bạ và cài đặt của thư viện)',
    DATA_DIR_HELP,
    '',
    'Ví dụ:',
    '  npm run cli -- import ket-luan-thang-9.txt -o thong-bao.json',
    '  npm run cli -- import TB-05.docx --into-library',
  ].join('\n'),

  async run(args, context) {
    const { values, positionals } = parseCommandArgs(this, args, {
      output: { type: 'string', short: 'o' },
      'into-library': { type: 'boolean' },
      ...DATA_DIR_OPTION,
    });
    const problems: string[] = [];
    if (positionals.length === 0) problems.push('Thiếu tệp cần nhập.');
    if (positionals.length > 1) problems.push(`Chỉ nhập được một tệp mỗi lần, nhận được ${positionals.length}.`);
    if (!values.output && !values['into-library']) problems.push('Cần cho biết lưu vào đâu: -o <tệp.json> hoặc --into-library.');
    const [shown] = positionals;
    if (problems.length > 0 || shown === undefined) throw new UsageError(this, problems);

    const sourcePath = resolve(context.cwd, shown);
    const output = values.output;
    const outputPath = output ? resolve(context.cwd, output) : undefined;
    if (output && outputPath) {
      const outputProblems = await checkWritableTarget(outputPath, output);
      if (outputProblems.length > 0) throw new CliError(HEADLINE, outputProblems);
    }

    const save = async (result: ImportResult) => {
      if (!output || !outputPath) return;
      try {
        await writeFileAtomic(outputPath, new TextEncoder().encode(`${JSON.stringify(result.notice, null, 2)}\n`));
      } catch (error) {
        throw new CliError(HEADLINE, [error instanceof FileWriteError ? error.message : describeFsError(error, output, 'ghi')]);
      }
      context.out(`Đã ghi «${output}».`);
    };

    // The file is read and checked before the library is opened: a bad file leaves everything untouched.
    const source = await loadImportSource(sourcePath).catch((error: unknown) => Promise.reject(cliError(error)));
    if (!values['into-library']) {
      const result = await parse(source, { directory: loadAgencySeed(findResourcesDir()), settings: defaultSettings() });
      describeResult(shown, result, context);
      await save(result);
      return;
    }
    await withLibrary(dataDirFor(values['data-dir'], context.cwd), HEADLINE, async ({ call }) => {
      const result = await parse(source, await loadImportSetup({ listAgencies: () => call('listAgencies', {}), getSettings: () => call('getSettings', {}) }));
      describeResult(shown, result, context);
      // The library's write is one transaction; the file (its folder checked above) is written after it.
      const created = await call('createFromNotice', { notice: result.notice });
      context.out(`Đã tạo dự thảo mới trong thư viện, mã ${created.id}`);
      describeSummary(created).forEach((line) => context.out(line));
      await save(result);
    });
  },
};
