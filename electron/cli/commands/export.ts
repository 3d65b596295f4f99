/**
 * `export <notice.json|id> -o <out.docx>`: a Notice → the official Decree 30 .docx; with `--pdf`, that .docx
 * converted to PDF/A-2b by LibreOffice.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildNoticeDocx } from '../../../shared/docx/build-notice-docx';
import type { Notice } from '../../../shared/notice/schema';
import { validateNoticeFile } from '../../../shared/notice/validate';
import { parseCommandArgs, type CliCommand } from '../command';
import { CliError, UsageError } from '../errors';
import { checkWritableTarget, describeFsError, parseJsonText, readTextFile, type Checked } from '../files';
import { FileWriteError, writeFileAtomic } from '../../services/files/atomic-write';
import { DATA_DIR_HELP, DATA_DIR_OPTION, dataDirFor, loadLibraryNotice } from '../library';
import { convertDocxToPdf, PdfConversionError, type PdfConversionStage } from '../../services/pdf/convert-docx';
import { findSoffice } from '../../services/pdf/find-soffice';

const STAGE_MESSAGES: Record<PdfConversionStage, string> = {
  starting: 'Đang khởi động LibreOffice…',
  converting: 'Đang chuyển sang PDF…',
  reading: 'Đang ghi tệp PDF…',
};

/** Past this many schema problems the rest are counted, not listed: the first ones show what is wrong. */
const MAX_LISTED_PROBLEMS = 50;

export const exportCommand: CliCommand = {
  name: 'export',
  synopsis: '<thong-bao.json> -o <tep-ra.docx> [--pdf]',
  summary: 'Xuất một thông báo (tệp JSON) ra tệp .docx đúng thể thức Nghị định 30/2020, hoặc ra PDF',
  details: [
    'Đọc thông báo từ tệp JSON, kiểm tra cấu trúc, rồi ghi tệp .docx.',
    'Tệp ra chỉ được ghi khi mọi thứ hợp lệ; nếu có lỗi, tệp cũ (nếu có) giữ nguyên.',
    '',
    'Tùy chọn:',
    '  -o, --output <tệp>   tệp .docx (hoặc .pdf với --pdf) cần ghi (bắt buộc)',
    '  --pdf                xuất PDF/A-2b để ký số: tệp .docx được LibreOffice chuyển sang PDF',
    '  --libreoffice <tệp>  đường dẫn tới soffice của LibreOffice (mặc định: tìm ở các nơi cài đặt thường gặp)',
    '  Thay cho tệp JSON có thể ghi mã một thông báo trong thư viện (xem lệnh list).',
    DATA_DIR_HELP,
    '',
    'Ví dụ:',
    '  npm run cli -- export thong-bao.json -o thong-bao.docx',
    '  npm run cli -- export thong-bao.json --pdf -o thong-bao.pdf',
  ].join('\n'),

  async run(args, context) {
    const { values, positionals } = parseCommandArgs(this, args, {
      output: { type: 'string', short: 'o' },
      pdf: { type: 'boolean' },
      libreoffice: { type: 'string' },
      ...DATA_DIR_OPTION,
    });
    const problems: string[] = [];
    if (positionals.length === 0) problems.push('Thiếu tệp thông báo cần xuất.');
    if (positionals.length > 1) problems.push(`Chỉ xuất được một thông báo mỗi lần, nhận được ${positionals.length}.`);
    if (!values.output) problems.push(`Thiếu tệp ra: thêm -o <tệp-ra.${values.pdf ? 'pdf' : 'docx'}>.`);
    const soffice = values.pdf ? findSoffice(values.libreoffice) : undefined;
    if (soffice && !soffice.found) {
      problems.push(
        soffice.configured !== undefined
          ? `Không tìm thấy LibreOffice tại «${soffice.configured}».`
          : 'Không tìm thấy LibreOffice (soffice) trên máy này: hãy cài LibreOffice, hoặc chỉ đường dẫn bằng --libreoffice <tệp>. ' +
              'Ứng dụng vẫn in ra PDF được từ bản xem in.',
      );
    }
    const [source] = positionals;
    if (problems.length > 0 || source === undefined || !values.output) throw new UsageError(this, problems);

    const outputPath = resolve(context.cwd, values.output);
    // Everything wrong is reported at once: the input's problems and the output's.
    const [notice, outputProblems] = await Promise.all([
      loadNotice(source, context.cwd, values['data-dir']),
      checkWritableTarget(outputPath, values.output),
    ]);
    const all = [...(notice.ok ? [] : notice.problems), ...outputProblems];
    if (!notice.ok || all.length > 0) throw new CliError('Không xuất được thông báo.', all);

    const docx = await buildNoticeDocx(notice.value);
    let bytes = docx;
    if (soffice?.found) {
      try {
        bytes = await convertDocxToPdf(docx, { soffice: soffice.path, onProgress: (stage) => context.progress?.(STAGE_MESSAGES[stage]) });
      } catch (error) {
        if (error instanceof PdfConversionError) throw new CliError('Không xuất được PDF.', [error.message]);
        throw error;
      }
    }
    try {
      await writeFileAtomic(outputPath, bytes);
    } catch (error) {
      throw new CliError('Không xuất được thông báo.', [error instanceof FileWriteError ? error.message : describeFsError(error, values.output, 'ghi')]);
    }
    context.out(`Đã xuất «${values.output}» (${formatSize(bytes.byteLength)}).`);
  },
};

/**
 * The notice named on the command line. A path ending in .json, or any existing file, is read as a Notice JSON
 * file; other forms (a notice of the library, by id) are for the library's command line to add here.
 */
async function loadNotice(source: string, cwd: string, dataDir?: string): Promise<Checked<Notice>> {
  const path = resolve(cwd, source);
  const isFile = /\.json$/i.test(source) || (await stat(path).catch(() => undefined)) !== undefined;
  if (!isFile) return loadLibraryNotice(source, dataDirFor(dataDir, cwd));
  return readNoticeFile(path, source);
}

export async function readNoticeFile(path: string, shown: string): Promise<Checked<Notice>> {
  const text = await readTextFile(path, shown);
  if (!text.ok) return text;
  const json = parseJsonText(text.value, shown);
  if (!json.ok) return json;
  const result = validateNoticeFile(json.value);
  if (result.ok) return result;
  const listed = result.problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  - ${p.path || '(toàn tệp)'}: ${p.message}`);
  const rest = result.problems.length - listed.length;
  return {
    ok: false,
    problems: [
      `Tệp «${shown}» không đúng cấu trúc thông báo (${result.problems.length} lỗi):`,
      ...listed,
      ...(rest > 0 ? [`  … và ${rest} lỗi khác.`] : []),
    ],
  };
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} byte` : `${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
}
