/** `new --from-previous <id>` ("new from last month") or `new --template <id>`: a new draft in the library. */
import { parseCommandArgs, type CliCommand } from '../command';
import { UsageError } from '../errors';
import { DATA_DIR_HELP, DATA_DIR_OPTION, dataDirFor, describeSummary, withLibrary } from '../library';

export const newCommand: CliCommand = {
  name: 'new',
  synopsis: '--from-previous <mã> | --template <mẫu> [--data-dir <thư mục>]',
  summary: 'Tạo dự thảo mới từ thông báo kỳ trước hoặc từ một mẫu',
  details: [
    'Tùy chọn (chọn một):',
    '  --from-previous <mã>  chép cấu trúc, nhiệm vụ, nơi nhận của thông báo <mã>; bỏ số và ngày ban hành;',
    '                        lùi ngày họp và tháng trong trích yếu sang tháng sau; đánh dấu mọi đoạn "cần rà soát"',
    '  --template <mẫu>      tạo từ mẫu (mã mẫu, ví dụ monthly-session)',
    DATA_DIR_HELP,
    '',
    'Ví dụ:',
    '  npm run cli -- new --from-previous 3f2a9c1d',
  ].join('\n'),

  async run(args, context) {
    const { values, positionals } = parseCommandArgs(this, args, {
      ...DATA_DIR_OPTION,
      'from-previous': { type: 'string' },
      template: { type: 'string' },
    });
    const problems: string[] = [];
    if (positionals.length > 0) problems.push(`Tham số thừa: ${positionals.join(' ')}`);
    const previous = values['from-previous'];
    const template = values.template;
    if ((previous === undefined) === (template === undefined)) problems.push('Cần đúng một trong hai: --from-previous <mã> hoặc --template <mẫu>.');
    if (problems.length > 0) throw new UsageError(this, problems);

    await withLibrary(dataDirFor(values['data-dir'], context.cwd), 'Không tạo được dự thảo.', async ({ call, resolveNoticeId }) => {
      const created = previous !== undefined
        ? await call('createFromPrevious', { sourceId: resolveNoticeId(previous) })
        : await call('createFromTemplate', { templateId: template });
      context.out(`Đã tạo dự thảo mới, mã ${created.id}`);
      describeSummary(created).forEach((line) => context.out(line));
    });
  },
};
