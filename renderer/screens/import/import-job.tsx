/**
 * A running import as the import screen shows it: each import gets an id, and when it takes more than half a second
 * a progress bar (from the API's importProgress) and a "Hủy" button (cancelImport) appear. The import itself runs
 * off the main thread on the other side (the import worker), so these calls are answered while it works.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from '../../../shared/api';

/** How long an import runs before its progress is shown. */
const SHOW_AFTER_MS = 500;
/** Between two progress questions. */
const POLL_MS = 250;

function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `nhap-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

interface RunningJob {
  jobId: string;
  /** Shown once the import has run for SHOW_AFTER_MS. */
  shown: boolean;
  fraction: number;
  cancelling: boolean;
}

export function useImportJob(api: Pick<Api, 'importProgress' | 'cancelImport'>) {
  const [job, setJob] = useState<RunningJob | null>(null);
  const current = useRef<string | null>(null);

  /** Runs `work` with a new import id, following its progress while it runs. */
  const follow = useCallback(
    async <T,>(work: (jobId: string) => Promise<T>): Promise<T> => {
      const jobId = newJobId();
      current.current = jobId;
      setJob({ jobId, shown: false, fraction: 0, cancelling: false });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const poll = async () => {
        if (current.current !== jobId) return;
        try {
          const { running, fraction } = await api.importProgress({ jobId });
          if (current.current !== jobId) return;
          setJob((shown) => (shown && shown.jobId === jobId ? { ...shown, shown: true, fraction: running ? fraction : shown.fraction } : shown));
        } catch {
          // A progress question that fails changes nothing: the import's own answer says how it ended.
        }
        if (current.current === jobId) timer = setTimeout(() => void poll(), POLL_MS);
      };
      timer = setTimeout(() => void poll(), SHOW_AFTER_MS);
      try {
        return await work(jobId);
      } finally {
        clearTimeout(timer);
        current.current = null;
        setJob(null);
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (!jobId) return;
    setJob((shown) => shown && { ...shown, cancelling: true });
    api.cancelImport({ jobId }).catch(() => undefined);
  }, [api]);

  useEffect(() => () => {
    // Leaving the screen stops an import still running.
    const jobId = current.current;
    current.current = null;
    if (jobId) api.cancelImport({ jobId }).catch(() => undefined);
  }, [api]);

  return { job, follow, cancel };
}

/** The progress bar and the "Hủy" button of a running import, once it has run for half a second. */
export function ImportProgress({ job, label, onCancel }: { job: RunningJob | null; label: string; onCancel: () => void }) {
  if (!job?.shown) return null;
  const percent = Math.round(job.fraction * 100);
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar">{job.cancelling ? 'Đang hủy…' : label}</label>
      <progress id="import-progress-bar" max={100} value={percent} aria-valuetext={`${percent}%`}>
        {percent}%
      </progress>
      <span className="import-progress-percent" aria-hidden="true">
        {percent}%
      </span>
      <button type="button" onClick={onCancel} disabled={job.cancelling}>
        Hủy
      </button>
    </div>
  );
}
