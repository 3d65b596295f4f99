/**
 * .docx bytes → PDF/A-2b bytes with LibreOffice, headless, in a child process (the app's own process never waits on
 * it synchronously). Each conversion gets a private, throw-away LibreOffice profile (-env:UserInstallation), so a
 * LibreOffice the user has open, or a profile locked by a crashed one, neither blocks nor is touched by it.
 * PDF/A-2 rather than PDF/A-1: the signing tool later adds signature and seal images with transparency, which
 * PDF/A-1 forbids. PDF/A also guarantees every font is embedded and the file is not encrypted.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice's Writer PDF export with SelectPdfVersion 2 = PDF/A-2b. */
export const PDF_A2B_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';

/** A cold LibreOffice start on a slow office PC takes tens of seconds; past this something is wrong. */
export const DEFAULT_CONVERSION_TIMEOUT_MS = 180_000;

export type PdfConversionStage = 'starting' | 'converting' | 'reading';

export type PdfConversionProblem = 'timeout' | 'failed' | 'cannot-start';

export class PdfConversionError extends Error {
  constructor(
    readonly problem: PdfConversionProblem,
    message: string,
    /** What LibreOffice printed, for the developer's log (not for the user). */
    readonly detail = '',
  ) {
    super(message);
    this.name = 'PdfConversionError';
  }
}

export interface ConvertOptions {
  soffice: string;
  timeoutMs?: number;
  onProgress?: (stage: PdfConversionStage) => void;
  platform?: NodeJS.Platform;
}

function stopProcessTree(pid: number | undefined, platform: NodeJS.Platform): void {
  if (pid === undefined) return;
  try {
    if (platform === 'win32') {
      // soffice.exe starts soffice.bin: end the whole tree.
      spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    } else {
      // The child leads its own process group (detached), so this reaches soffice.bin too.
      process.kill(-pid, 'SIGKILL');
    }
  } catch {
    // Already gone.
  }
}

/**
 * The conversions under way: LibreOffice runs detached (its own process group, so a timeout can end soffice.bin
 * too), which also means it outlives this process unless stopped. A process that is told to end stops them first.
 */
const running = new Map<number, { platform: NodeJS.Platform; work: string }>();

/** Ends every LibreOffice this process started and removes their temporary folders, synchronously (for exits). */
export function stopRunningConversions(): void {
  for (const [pid, { platform, work }] of running) {
    stopProcessTree(pid, platform);
    rmSync(work, { recursive: true, force: true });
  }
  running.clear();
}

function runSoffice(soffice: string, args: string[], timeoutMs: number, platform: NodeJS.Platform, work: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let settled = false;
    const child = spawn(soffice, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: platform !== 'win32',
      windowsHide: true,
    });
    const { pid } = child;
    if (pid !== undefined) running.set(pid, { platform, work });
    // 'close', not 'exit': soffice.bin may outlive the soffice that started it, holding the same pipes.
    child.on('close', () => {
      if (pid !== undefined) running.delete(pid);
    });
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      stopProcessTree(child.pid, platform);
      const seconds = Math.round(timeoutMs / 1000);
      reject(
        new PdfConversionError(
          'timeout',
          `LibreOffice chưa chuyển xong tệp sang PDF sau ${seconds} giây nên đã dừng lại. ` +
            'Máy có thể đang bận: hãy đóng bớt chương trình rồi xuất PDF lại. Không có tệp PDF nào được ghi.',
          output,
        ),
      );
    }, timeoutMs);
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(
        new PdfConversionError(
          'cannot-start',
          `Không chạy được LibreOffice tại «${soffice}». Hãy kiểm tra đường dẫn tới LibreOffice trong Cài đặt.`,
          String(error),
        ),
      );
    });
    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else {
        reject(
          new PdfConversionError(
            'failed',
            `LibreOffice không chuyển được tệp sang PDF (mã lỗi ${code ?? signal ?? 'không rõ'}). Không có tệp PDF nào được ghi.`,
            output,
          ),
        );
      }
    });
  });
}

/** Converts and returns the PDF's bytes; the temporary folder (document, profile, output) is always removed. */
export async function convertDocxToPdf(docx: Uint8Array, options: ConvertOptions): Promise<Uint8Array> {
  const platform = options.platform ?? process.platform;
  const work = await mkdtemp(path.join(tmpdir(), 'thongbao-pdf-'));
  try {
    const input = path.join(work, 'thong-bao.docx');
    const outDir = path.join(work, 'out');
    await writeFile(input, docx);
    options.onProgress?.('starting');
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
      '--headless',
      '--invisible',
      '--nologo',
      '--nodefault',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      PDF_A2B_FILTER,
      '--outdir',
      outDir,
      input,
    ];
    const conversion = runSoffice(options.soffice, args, options.timeoutMs ?? DEFAULT_CONVERSION_TIMEOUT_MS, platform, work);
    options.onProgress?.('converting');
    const output = await conversion;
    options.onProgress?.('reading');
    try {
      return new Uint8Array(await readFile(path.join(outDir, 'thong-bao.pdf')));
    } catch {
      // LibreOffice exits 0 even when it could not load the document; then there is simply no output.
      throw new PdfConversionError('failed', 'LibreOffice không tạo ra tệp PDF. Không có tệp PDF nào được ghi.', output);
    }
  } finally {
    await rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
  }
}
