/**
 * `check <id | notice.json | file.docx | file.txt>`: runs the check engine (unfinished content, Decree 30 form,
 * dates and deadlines, agencies, Vietnamese spelling) and prints the findings in Vietnamese. Exit code 1 when
 * errors remain, 2 for bad input, 0 otherwise (warnings only).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Agency } from '../../../shared/agencies/schema';
import { describeLocation, locatedExcerpt } from '../../../shared/checks/describe';
import { noticeDue } from '../../../shared/checks/dates';
import { countErrors, runChecks } from '../../../shared/checks/engine';
import type { CheckContext, Finding } from '../../../shared/checks/types';
import { isValidIsoDate } from '../../../shared/format/dates';
import { formatShortDate } from '../../../shared/format/vietnamese';
import { ImportError } from '../../../shared/import/errors';
import type { Notice } from '../../../shared/notice/schema';
import { defaultSettings, noticeFieldsFromSettings } from '../../../shared/settings/defaults';
import { loadImportSource, parseImportSource } from '../../services/import/import-file';
import { findResourcesDir, loadAgencySeed } from '../../services/library/resources';
import { loadSpellingWordList } from '../../services/spelling/word-list';
import { parseCommandArgs, type CliCommand, type CliContext } from '../command';
import { CliError, EXIT_FAILURE, UsageError } from '../errors';
import { DATA_DIR_HELP, DATA_DIR_OPTION, dataDirFor, withLibrary } from '../library';
import { readNoticeFile } from './export';

const HEADLINE = 'Không kiểm tra được thông báo.';

interface Checked {
  notice: Notice;
  directory: readonly Agency[];
  userWords: readonly string[];
  sourceLines?: string[];
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function loadFile(path: string, shown: string, resourcesDir: string): Promise<Checked> {
  const directory = loadAgencySeed(resourcesDir);
  if (/\.json$/iu.test(shown)) {
    const read = await readNoticeFile(path, shown);
    if (!read.ok) throw new CliError(HEADLINE, read.problems);
    return { notice: read.value, directory, userWords: [] };
  }
  try {
    const source = await loadImportSource(path);
    const { notice } = parseImportSource(source, { directory, defaults: noticeFieldsFromSettings(defaultSettings()) });
    const sourceLines = source.kind === 'text' ? source.text.split(/\r?\n/u) : source.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
    return { notice, directory, userWords: [], sourceLines };
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(HEADLINE, [error.message]);
    throw error;
  }
}

function print(findings: readonly Finding[], notice: Notice, context: CliContext): void {
  for (const finding of findings) {
    const where = describeLocation(notice, finding.location);
    const excerpt = locatedExcerpt(notice, finding.location);
    const fix = finding.fixes?.[0];
    context.out(`${finding.severity === 'error' ? 'LỖI     ' : 'CẢNH BÁO'} ${where}: ${finding.message}`);
    if (excerpt) context.out(`         ${excerpt}${fix && fix.replacement.trim() !== '' ? ` → «${fix.replacement}»` : ''}`);
  }
}

export const checkCommand: CliCommand = {
  name: 'check',
  synopsis: '<mã | thong-bao.json | tệp.docx | tệp.txt> [--today <YYYY-MM-DD>] [--data-dir <thư mục>]',
  summary: 'Kiểm tra thông báo trước khi ban hành: nội dung còn dở, thể thức, ngày tháng, cơ quan, chính tả',
  details: [
    'Kiểm tra một thông báo trong thư viện (theo mã), một tệp JSON, hoặc một tệp Word/văn bản (nhập như lệnh import):',
    'nội dung chưa xong («…», «xx», trích yếu trống), thể thức theo Nghị định 30/2020/NĐ-CP, ngày ban hành,',
    'thời hạn, hạn ban hành 05 ngày làm việc (Quyết định 45/2018/QĐ-TTg), cơ quan, và chính tả tiếng Việt.',
    'Thoát với mã 1 nếu còn lỗi, 2 nếu đầu vào không đọc được, 0 nếu chỉ có cảnh báo hoặc không có gì.',
    '',
    'Tùy chọn:',
    '  --today <ngày>        ngày hôm nay để tính hạn ban hành (mặc định: hôm nay)',
    DATA_DIR_HELP,
    '',
    'Ví dụ:',
    '  npm run cli -- check ket-luan-thang-9.txt',
    '  npm run cli -- check 3f2a9c1e',
  ].join('\n'),

  async run(args, context) {
    const { values, positionals } = parseCommandArgs(this, args, { today: { type: 'string' }, ...DATA_DIR_OPTION });
    const problems: string[] = [];
    if (positionals.length === 0) problems.push('Thiếu thông báo cần kiểm tra (mã, tệp .json, .docx hoặc .txt).');
    if (positionals.length > 1) problems.push(`Chỉ kiểm tra được một thông báo mỗi lần, nhận được ${positionals.length}.`);
    if (values.today !== undefined && !isValidIsoDate(values.today)) problems.push(`--today cần một ngày có thật dạng YYYY-MM-DD, không phải «${values.today}».`);
    const [shown] = positionals;
    if (problems.length > 0 || shown === undefined) throw new UsageError(this, problems);

    const resourcesDir = findResourcesDir();
    const path = resolve(context.cwd, shown);
    const isFile = /\.(json|docx|txt)$/iu.test(shown) || (await stat(path).catch(() => undefined)) !== undefined;
    const checked: Checked = isFile
      ? await loadFile(path, shown, resourcesDir)
      : await withLibrary(dataDirFor(values['data-dir'], context.cwd), HEADLINE, async ({ call, resolveNoticeId }) => {
          const [{ notice }, { agencies }, { words }] = await Promise.all([
            call('getNotice', { id: resolveNoticeId(shown) }),
            call('listAgencies', {}),
            call('listDictionaryWords', {}),
          ]);
          return { notice, directory: agencies, userWords: words };
        });

    const today = values.today ?? localToday();
    const checkContext: CheckContext = {
      directory: checked.directory,
      userWords: checked.userWords,
      dictionaryWords: loadSpellingWordList(resourcesDir),
      today,
      ...(checked.sourceLines ? { sourceLines: checked.sourceLines } : {}),
    };
    const findings = runChecks(checked.notice, checkContext);
    print(findings, checked.notice, context);
    const errors = countErrors(findings);
    const due = noticeDue(checked.notice, today);
    if (due && !checked.notice.date) {
      const left = due.workingDaysLeft ?? 0;
      context.out(`Hạn ban hành: ${formatShortDate(due.dueDate)} (${left >= 0 ? `còn ${left} ngày làm việc` : `quá hạn ${-left} ngày làm việc`}).`);
    }
    context.out(`Kiểm tra «${shown}»: ${errors} lỗi, ${findings.length - errors} cảnh báo.`);
    if (errors > 0) throw new CliError(`Thông báo còn ${errors} lỗi cần sửa trước khi ban hành.`, [], EXIT_FAILURE);
  },
};
