/**
 * The imports running in this process, by the id their caller chose, so that a second call can ask how far one is
 * (`importProgress`) or stop it (`cancelImport`) while the first waits for its result.
 */

interface RunningImport {
  fraction: number;
  controller: AbortController;
}

const running = new Map<string, RunningImport>();
/** Ids cancelled before their import had started (the cancel overtook the request); kept briefly. */
const cancelledEarly = new Set<string>();
const MAX_CANCELLED_EARLY = 100;

export interface TrackedImport {
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
  /** Forget the import (it has ended). */
  end: () => void;
}

export function trackImport(jobId: string): TrackedImport {
  const controller = new AbortController();
  const entry: RunningImport = { fraction: 0, controller };
  running.set(jobId, entry);
  if (cancelledEarly.delete(jobId)) controller.abort();
  return {
    signal: controller.signal,
    onProgress: (fraction) => {
      entry.fraction = fraction;
    },
    end: () => {
      if (running.get(jobId) === entry) running.delete(jobId);
    },
  };
}

/** How far the import is, from 0 to 1; undefined when no import of that id is running. */
export function importProgress(jobId: string): number | undefined {
  return running.get(jobId)?.fraction;
}

export function cancelImport(jobId: string): void {
  const entry = running.get(jobId);
  if (entry) {
    entry.controller.abort();
    return;
  }
  if (cancelledEarly.size >= MAX_CANCELLED_EARLY) cancelledEarly.clear();
  cancelledEarly.add(jobId);
}
