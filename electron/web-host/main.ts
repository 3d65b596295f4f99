/**
 * `npm run web [-- --data-dir <folder>] [--port <n>] [--build] [--move-aside]`: the app in the browser.
 * Builds the renderer when out/renderer is missing (or with --build), opens the library in the data folder,
 * serves both on 127.0.0.1 and prints the address to open (it carries this launch's secret token).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api';
import { resolveDataDir } from '../services/data-dir';
import { openLibrary, type Library } from '../services/library/open';
import { keepImportWorkerReady } from '../services/import/run-import-worker';
import { moveDatabaseAside } from '../services/storage/database';
import { canMoveAside } from '../services/storage/errors';
import { startWebHost } from './server';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');

const HELP = `Cách dùng: npm run web -- [tùy chọn]
  --data-dir <thư mục>  thư mục dữ liệu (mặc định: biến THONGBAO_DATA_DIR, rồi thư mục dữ liệu của ứng dụng)
  --port <số>           cổng trên 127.0.0.1 (mặc định: một cổng trống bất kỳ)
  --build               dựng lại giao diện trước khi chạy
  --move-aside          nếu tệp dữ liệu bị hỏng: đổi tên tệp đó (không xoá) và bắt đầu kho dữ liệu mới
  --help                hiện hướng dẫn này`;

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(2);
}

/** An error that is not bad input: its message and code, without the stack trace. */
function describeUnexpected(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

function parseOptions() {
  try {
    const { values } = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        build: { type: 'boolean', default: false },
        'move-aside': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    return values;
  } catch (error) {
    return fail([`Tùy chọn không hợp lệ: ${(error as Error).message}`, '', HELP]);
  }
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail([`Cổng không hợp lệ: "${text}" (cần một số từ 0 đến 65535).`]);
  return port;
}

function buildRenderer(): void {
  console.log('Đang dựng giao diện (electron-vite build)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0 || !existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    fail(['Không dựng được giao diện. Xem lỗi ở trên, sửa rồi chạy lại "npm run web".']);
  }
}

function open(dataDir: string, moveAside: boolean): Library {
  try {
    return openLibrary({ dataDir });
  } catch (error) {
    if (canMoveAside(error)) {
      if (!moveAside) {
        fail([error.message, 'Để chuyển tệp sang một bên và bắt đầu kho dữ liệu mới, chạy lại với --move-aside.']);
      }
      const movedTo = moveDatabaseAside(dataDir);
      console.log(`Đã chuyển tệp dữ liệu hỏng sang: ${movedTo}`);
      return openLibrary({ dataDir });
    }
    if (error instanceof ApiError) fail([error.message]);
    fail([`Không mở được kho dữ liệu trong «${dataDir}»: ${describeUnexpected(error)}.`]);
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (options.help) {
    console.log(HELP);
    return;
  }
  const port = parsePort(options.port);
  const dataDir = options['data-dir'] ? path.resolve(options['data-dir']) : resolveDataDir({ argv: [] });

  if (options.build || !existsSync(path.join(RENDERER_DIR, 'index.html'))) buildRenderer();
  const library = open(dataDir, options['move-aside']);
  let host;
  try {
    host = await startWebHost({ implementation: library.api, rendererDir: RENDERER_DIR, ...(port !== undefined ? { port } : {}) });
  } catch (error) {
    library.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') fail([`Cổng ${port} đang được chương trình khác dùng. Hãy chọn cổng khác hoặc bỏ --port.`]);
    throw error;
  }

  console.log('ThongBao Studio đang chạy trên máy này.');
  console.log(`Thư mục dữ liệu: ${dataDir}`);
  console.log(`Mở địa chỉ sau trong trình duyệt: ${host.url}`);
  console.log('Nhấn Ctrl+C để dừng.');
  // The first import of the session need not wait for the reader's modules to load.
  void keepImportWorkerReady();

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(signal === 'SIGINT' ? '\nĐang dừng…' : 'Đang dừng…');
    host
      .close()
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        library.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Lỗi không mong muốn khi khởi động máy chủ cục bộ: ${describeUnexpected(error)}`);
  console.error('Vui lòng báo lại lỗi này cho bộ phận kỹ thuật.');
  process.exit(1);
});
