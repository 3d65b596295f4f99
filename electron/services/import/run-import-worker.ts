/**
 * Runs one import in a worker thread with a time limit and a memory limit, so that a long or hostile document
 * neither blocks Electron's main process or the web host's request handling nor takes the process down. Progress
 * comes back as fractions; an AbortSignal cancels. Every failure is an ImportError with a Vietnamese message.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ImportError, type ImportErrorCode } from '../../../shared/import/errors';
import type { ImportResult } from '../../../shared/import/result';
import { importJobName, type ImportJobOptions, type ImportJobSource } from './import-job';
import type { ImportWorkerReply } from './import-worker';

export interface ImportWorkerLimits {
  /** Wall time before the import is stopped. */
  timeoutMs: number;
  /** The worker's heap (V8 old generation), in megabytes. */
  maxHeapMb: number;
}

/** A real notice imports in well under a second; a 10 MB .docx of 100,000 paragraphs in a few seconds. */
export const IMPORT_WORKER_LIMITS: ImportWorkerLimits = { timeoutMs: 60_000, maxHeapMb: 1024 };

export interface ImportWorkerRun {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  limits?: Partial<ImportWorkerLimits>;
  /** Told which worker thread reads this import (the one kept ready, or a new one). */
  onWorker?: (threadId: number) => void;
}

const NOTHING_SAVED = 'Chưa có gì được lưu.';

/** tsx's ESM register API, as its package's export map names it (a require() resolve would give the CommonJS one). */
function tsxEsmApi(from: string): string {
  const manifestPath = createRequire(from).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const entry = manifest.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifestPath), entry)).href;
}

function startWorker(resourceLimits: ResourceLimits): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Run from source (tests, `npm run web`, `npm run cli`): the worker loads the TypeScript entry through tsx.
    const tsx = tsxEsmApi(here);
    const entry = new URL('./import-worker.ts', here).href;
    const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(code, { eval: true, resourceLimits });
  }
  // Built by electron-vite: the worker is its own bundle beside the main process's.
  return new Worker(new URL('./import-worker.js', here), { resourceLimits });
}

const resourceLimits = (maxHeapMb: number): ResourceLimits => ({ maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32 });

/** A worker started ahead of the next import, its modules loaded, idle until given a job; for these heap limits. */
let spare: { worker: Worker; loaded: Promise<number | undefined> } | undefined;
let keepSpare = false;

/**
 * Keeps one worker started ahead for the next import. For the web host, which runs from source: there a worker loads
 * the reader's modules through tsx, about 1.7 s before it reads anything. An idle spare does not keep the process
 * alive, and is replaced after each import.
 */
export function keepImportWorkerReady(): Promise<number | undefined> {
  keepSpare = true;
  return prepareSpare();
}

/** Starts the spare if there is none; resolves to its thread id once its modules are loaded (undefined if it failed). */
function prepareSpare(): Promise<number | undefined> {
  if (!keepSpare) return Promise.resolve(undefined);
  if (spare !== undefined) return spare.loaded;
  const worker = startWorker(resourceLimits(IMPORT_WORKER_LIMITS.maxHeapMb));
  let loaded!: (threadId: number | undefined) => void;
  const ready = { worker, loaded: new Promise<number | undefined>((resolve) => (loaded = resolve)) };
  // A spare that fails or stops while idle is only forgotten: the next import starts its own worker.
  const forget = () => {
    if (spare === ready) spare = undefined;
    loaded(undefined);
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  worker.on('message', (reply: ImportWorkerReply) => {
    if (reply.type === 'ready') loaded(worker.threadId);
  });
  // After the listeners: a 'message' listener would hold the process again.
  worker.unref();
  spare = ready;
  return ready.loaded;
}

/** The spare (started with the default limits) when the import has those, else a new worker. */
function takeWorker(maxHeapMb: number): Worker {
  const ready = maxHeapMb === IMPORT_WORKER_LIMITS.maxHeapMb ? spare : undefined;
  if (ready === undefined) return startWorker(resourceLimits(maxHeapMb));
  spare = undefined;
  ready.worker.removeAllListeners();
  ready.worker.ref();
  return ready.worker;
}

/** Reads and parses `source` in a worker; see ImportWorkerRun for progress, cancelling and limits. */
export function runImportInWorker(source: ImportJobSource, options: ImportJobOptions, run: ImportWorkerRun = {}): Promise<ImportResult> {
  const limits = { ...IMPORT_WORKER_LIMITS, ...run.limits };
  const name = importJobName(source);
  const stopped = (code: ImportErrorCode, message: string) => new ImportError(code, `${message} ${NOTHING_SAVED}`);
  if (run.signal?.aborted) return Promise.reject(stopped('cancelled', 'Đã hủy việc nhập.'));

  return new Promise<ImportResult>((resolve, reject) => {
    const worker = takeWorker(limits.maxHeapMb);
    run.onWorker?.(worker.threadId);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', cancel);
      void worker.terminate();
      outcome();
      // Started once this import is over, so that it never competes with the import for the processor.
      void prepareSpare();
    };
    const fail = (error: ImportError) => finish(() => reject(error));
    const cancel = () => fail(stopped('cancelled', 'Đã hủy việc nhập.'));
    const timer = setTimeout(() => {
      const seconds = Math.round(limits.timeoutMs / 1000);
      fail(
        stopped(
          'timeout',
          `Việc nhập «${name}» đã dừng vì quá ${seconds} giây mà chưa xong. Văn bản có thể quá dài hoặc có cấu trúc bất thường; hãy thử nhập từng phần.`,
        ),
      );
    }, limits.timeoutMs);
    run.signal?.addEventListener('abort', cancel);

    worker.on('message', (reply: ImportWorkerReply) => {
      if (reply.type === 'ready') return;
      if (reply.type === 'progress') run.onProgress?.(reply.fraction);
      // Our own worker's result, built and checked against the schema there: not parsed again on this thread.
      else if (reply.type === 'done') finish(() => resolve(reply.result as ImportResult));
      else fail(new ImportError(reply.code as ImportErrorCode, reply.message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        fail(
          stopped(
            'out-of-memory',
            `Việc nhập «${name}» đã dừng vì cần quá ${limits.maxHeapMb} MB bộ nhớ. Văn bản có thể quá dài hoặc bị hỏng; hãy thử nhập từng phần.`,
          ),
        );
      } else fail(new ImportError('failed', `Không nhập được «${name}» do lỗi không mong đợi: ${error.message}`));
    });
    worker.on('exit', (exitCode) => {
      fail(new ImportError('failed', `Không nhập được «${name}»: tiến trình đọc văn bản dừng bất ngờ (mã ${exitCode}). ${NOTHING_SAVED}`));
    });
    worker.postMessage({ source, options });
  });
}
