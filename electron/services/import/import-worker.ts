/**
 * The import worker's entry (a worker_threads thread): reads and parses one notice off the main thread, reporting
 * progress, and answers with the result or the failure. See run-import-worker.ts for the side that starts it.
 */
import { parentPort } from 'node:worker_threads';
import { ImportError } from '../../../shared/import/errors';
import { executeImportJob, type ImportJobOptions, type ImportJobSource } from './import-job';

export type ImportWorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; fraction: number }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; code: string; message: string };

const port = parentPort;
if (port) {
  // Its modules are loaded: a worker started ahead of its job (run-import-worker.ts) is now ready for one.
  port.postMessage({ type: 'ready' } satisfies ImportWorkerReply);
  port.once('message', (job: { source: ImportJobSource; options: ImportJobOptions }) => {
    let reported = 0;
    const onProgress = (fraction: number) => {
      // One message per percent at most.
      if (fraction - reported < 0.01 && fraction < 1) return;
      reported = fraction;
      port.postMessage({ type: 'progress', fraction } satisfies ImportWorkerReply);
    };
    executeImportJob(job.source, job.options, onProgress).then(
      (result) => port.postMessage({ type: 'done', result } satisfies ImportWorkerReply),
      (error: unknown) => {
        const reply: ImportWorkerReply =
          error instanceof ImportError
            ? { type: 'failed', code: error.code, message: error.message }
            : { type: 'failed', code: 'failed', message: error instanceof Error ? error.message : String(error) };
        port.postMessage(reply);
      },
    );
  });
}
