/**
 * The import worker (electron/services/import/run-import-worker.ts), for real: a worker thread reads a long notice
 * and reports progress; cancelling and the time limit stop it with a Vietnamese message, and nothing is returned.
 * Through the library's API, importProgress follows a running previewImport and cancelImport stops it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { dispatchApiCall } from '../../shared/api-dispatch';
import { ImportError } from '../../shared/import/errors';
import { keepImportWorkerReady, runImportInWorker } from '../../electron/services/import/run-import-worker';
import { openLibrary, type Library } from '../../electron/services/library/open';
import { PROJECT_ROOT } from '../e2e/support/build';
import { laiChauDirectory } from './helpers';
import { longNoticeText } from './long-notice';

const source = (paragraphs: number) => ({ kind: 'source' as const, source: { kind: 'text' as const, text: longNoticeText(paragraphs) } });
const options = () => ({ directory: laiChauDirectory() });

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('runImportInWorker', () => {
  it('parses in a worker thread and reports progress up to the end', async () => {
    const fractions: number[] = [];
    const result = await runImportInWorker(source(6000), options(), { onProgress: (fraction) => fractions.push(fraction) });
    expect(result.report.tasks).toHaveLength(3000);
    expect(result.notice.body.filter((block) => block.type === 'task')).toHaveLength(3000);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('stops when cancelled, with a Vietnamese message saying nothing was saved', async () => {
    const controller = new AbortController();
    const running = runImportInWorker(source(40_000), options(), {
      signal: controller.signal,
      // Cancel as soon as the worker has started parsing.
      onProgress: () => controller.abort(),
    });
    const error = await failure(running);
    expect(error.code).toBe('cancelled');
    expect(error.message).toBe('Đã hủy việc nhập. Chưa có gì được lưu.');
  });

  it('stops at the time limit with a Vietnamese message', async () => {
    const error = await failure(runImportInWorker(source(40_000), options(), { limits: { timeoutMs: 200 } }));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/^Việc nhập «văn bản» đã dừng vì quá 0 giây mà chưa xong\./u);
    expect(error.message).toContain('Chưa có gì được lưu.');
  });

  it('passes bad input on as the same Vietnamese ImportError', async () => {
    const error = await failure(runImportInWorker({ kind: 'text', text: '   ', fileName: 'trong.txt' }, options()));
    expect(error.code).toBe('empty');
    expect(error.message).toBe('Văn bản dán vào không có nội dung.');
  });
});

describe('importProgress and cancelImport through the API', () => {
  let folder: string;
  let library: Library;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'import-worker-'));
    library = openLibrary({ dataDir: folder });
  });
  afterEach(async () => {
    library.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('follows a running previewImport and cancels it', async () => {
    const jobId = 'nhap-0123456789';
    // Just under the pasted-text limit (1 MB): long enough to be caught running.
    const text = longNoticeText(10_000).slice(0, 1_000_000);
    const preview = dispatchApiCall(library.api, 'previewImport', { fileName: 'dai.txt', text, jobId }).catch((error: unknown) => error);
    // The request thread stays free: progress can be asked while the import runs.
    let progress = (await dispatchApiCall(library.api, 'importProgress', { jobId })) as { running: boolean; fraction: number };
    while (!progress.running) progress = (await dispatchApiCall(library.api, 'importProgress', { jobId })) as typeof progress;
    expect(progress.fraction).toBeGreaterThanOrEqual(0);
    expect(await dispatchApiCall(library.api, 'cancelImport', { jobId })).toEqual({ ok: true });
    const error = await preview;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Đã hủy việc nhập. Chưa có gì được lưu.');
    expect(await dispatchApiCall(library.api, 'importProgress', { jobId })).toEqual({ running: false, fraction: 0 });
    expect((await dispatchApiCall(library.api, 'listNotices', {})) as { total: number }).toMatchObject({ total: 0 });
  });
});

// Last in this file: once asked for, a worker is kept ready for the rest of the process.
describe('a worker kept ready (the web host)', () => {
  it('reads the next import in the worker started ahead, then starts the following one', async () => {
    const first = await keepImportWorkerReady();
    expect(first).toEqual(expect.any(Number));
    const readers: number[] = [];
    const result = await runImportInWorker(source(20), options(), { onWorker: (threadId) => readers.push(threadId) });
    expect(result.report.tasks).toHaveLength(10);
    expect(readers).toEqual([first]);

    const second = await keepImportWorkerReady();
    expect(second).toEqual(expect.any(Number));
    expect(second).not.toBe(first);
    // Other heap limits than the kept worker's: a worker of their own, and the kept one stays for the next import.
    await runImportInWorker(source(20), options(), { limits: { maxHeapMb: 512 }, onWorker: (threadId) => readers.push(threadId) });
    expect(readers[1]).not.toBe(second);
    expect(await keepImportWorkerReady()).toBe(second);
    const cancelled = new AbortController();
    const error = await failure(
      runImportInWorker(source(40_000), options(), { signal: cancelled.signal, onProgress: () => cancelled.abort(), onWorker: (threadId) => readers.push(threadId) }),
    );
    expect(error.code).toBe('cancelled');
    expect(readers[2]).toBe(second);
  });

  it('does not keep a process alive that has nothing else to do', async () => {
    const script = [
      "import { keepImportWorkerReady } from './electron/services/import/run-import-worker.ts';",
      // Held by a timer until the worker has loaded; then only the idle worker is left.
      'const hold = setInterval(() => {}, 1000);',
      'const threadId = await keepImportWorkerReady();',
      'clearInterval(hold);',
      'console.log(typeof threadId);',
    ].join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(output.trim()).toBe('number');
    expect(code).toBe(0);
  }, 60_000);
});
