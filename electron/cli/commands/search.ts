/** `search <words>`: full-text search of the library, insensitive to case and diacritics. */
import type { SnippetPart } from '../../../shared/api';
import { isValidIsoDate } from '../../../shared/format/dates';
import { parseCommandArgs, type CliCommand } from '../command';
import { UsageError } from '../errors';
import { DATA_DIR_HELP, DATA_DIR_OPTION, dataDirFor, describeSummary, withLibrary } from '../library';
import { parseStatus } from './list';

/** Matched words in [brackets]: plain text that survives any terminal or a redirect to a file. */
const renderSnippet = (parts: SnippetPart[]): string => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

export const searchCommand: CliCommand = {
  name: 'search',
  synopsis: '<từ khoá …> [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--status du-thao|ban-hanh] [--agency <cơ quan>] [--data-dir <thư mục>]',
  summary: 'Tìm thông báo theo nội dung (gõ có dấu hay không dấu đều được)',
  details: [
    'Tìm trong trích yếu, toàn bộ nội dung, tên cơ quan và nơi nhận; "so y te" tìm được "Sở Y tế".',
    '',
    'Tùy chọn:',
    '  --from, --to <ngày>   ngày họp từ / đến (dạng YYYY-MM-DD)',
    '  --status <trạng thái> du-thao hoặc ban-hanh',
    '  --agency <cơ quan>    chỉ những thông báo giao việc cho cơ quan này (mã hoặc tên, ví dụ "Sở NN&PTNT")',
    '  --limit <số>          số kết quả tối đa (mặc định 20)',
    DATA_DIR_HELP,
    '',
    'Ví dụ:',
    '  npm run cli -- search phien hop thang 9',
  ].join('\n'),

  async run(args, context) {
    const { values, positionals } = parseCommandArgs(this, args, {
      ...DATA_DIR_OPTION,
      from: { type: 'string' },
      to: { type: 'string' },
      status: { type: 'string' },
      agency: { type: 'string' },
      limit: { type: 'string' },
    });
    const problems: string[] = [];
    const query = positionals.join(' ').trim();
    if (query === '' && !values.from && !values.to && !values.status && !values.agency) problems.push('Thiếu từ khoá cần tìm.');
    for (const [name, value] of [['--from', values.from], ['--to', values.to]] as const) {
      if (value !== undefined && !isValidIsoDate(value)) problems.push(`${name} cần một ngày có thật dạng YYYY-MM-DD, không phải «${value}».`);
    }
    const status = parseStatus(values.status, problems);
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) problems.push('--limit cần một số nguyên từ 1 đến 200.');
    if (problems.length > 0) throw new UsageError(this, problems);

    await withLibrary(dataDirFor(values['data-dir'], context.cwd), 'Không tìm được.', async ({ call }) => {
      let agencyId: string | undefined;
      if (values.agency) {
        const { agencies } = await call('listAgencies', {});
        agencyId = agencies.find((a) => a.id === values.agency)?.id ?? (await call('lookupAgency', { text: values.agency })).agency?.id;
        if (!agencyId) throw new UsageError(this, [`Không nhận ra cơ quan «${values.agency}» trong danh bạ.`]);
      }
      const { results } = await call('searchNotices', { query, from: values.from, to: values.to, status, agencyId, limit });
      if (results.length === 0) return context.out('Không tìm thấy thông báo nào.');
      for (const result of results) {
        describeSummary(result).forEach((line) => context.out(line));
        if (result.snippet.length > 0) context.out(`          ${renderSnippet(result.snippet)}`);
      }
      context.out(`Tìm thấy ${results.length} thông báo.`);
    });
  },
};
