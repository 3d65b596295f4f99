/** `list`: the latest notices of the library (or of its trash). */
import { parseCommandArgs, type CliCommand } from '../command';
import { UsageError } from '../errors';
import { DATA_DIR_HELP, DATA_DIR_OPTION, dataDirFor, describeSummary, withLibrary } from '../library';

export const listCommand: CliCommand = {
  name: 'list',
  synopsis: '[--status du-thao|ban-hanh] [--trash] [--limit <số>] [--data-dir <thư mục>]',
  summary: 'Liệt kê các thông báo trong thư viện, mới sửa gần đây nhất trước',
  details: [
    'Tùy chọn:',
    '  --status <trạng thái>  chỉ dự thảo (du-thao) hoặc chỉ thông báo đã ban hành (ban-hanh)',
    '  --trash                liệt kê thùng rác',
    '  --limit <số>           số thông báo tối đa (mặc định 50)',
    DATA_DIR_HELP,
    '',
    'Mã ở đầu mỗi dòng dùng cho các lệnh khác, ví dụ: npm run cli -- export <mã> -o thong-bao.docx',
  ].join('\n'),

  async run(args, context) {
    const { values, positionals } = parseCommandArgs(this, args, {
      ...DATA_DIR_OPTION,
      status: { type: 'string' },
      trash: { type: 'boolean' },
      limit: { type: 'string' },
    });
    const problems: string[] = [];
    if (positionals.length > 0) problems.push(`Tham số thừa: ${positionals.join(' ')}`);
    const status = parseStatus(values.status, problems);
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) problems.push('--limit cần một số nguyên từ 1 đến 500.');
    if (problems.length > 0) throw new UsageError(this, problems);

    await withLibrary(dataDirFor(values['data-dir'], context.cwd), 'Không liệt kê được thông báo.', async ({ call }) => {
      const { notices, total } = await call('listNotices', { status, trashed: values.trash ?? false, limit });
      if (total === 0) return context.out(values.trash ? 'Thùng rác trống.' : 'Thư viện chưa có thông báo nào.');
      for (const notice of notices) describeSummary(notice).forEach((line) => context.out(line));
      context.out(`Hiển thị ${notices.length}/${total} thông báo${values.trash ? ' trong thùng rác' : ''}.`);
    });
  },
};

/** `du-thao` / `ban-hanh` (also the API's `draft` / `issued`). */
export function parseStatus(value: string | undefined, problems: string[]): 'draft' | 'issued' | undefined {
  if (value === undefined) return undefined;
  if (value === 'du-thao' || value === 'draft') return 'draft';
  if (value === 'ban-hanh' || value === 'issued') return 'issued';
  problems.push(`--status chỉ nhận du-thao hoặc ban-hanh, không nhận «${value}».`);
  return undefined;
}
