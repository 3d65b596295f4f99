/**
 * One editor per notice across the tabs (web host) or windows (desktop) of one browser profile: an exclusive Web Lock
 * named after the notice is held while it is open for editing. Another tab opening the same notice finds the lock
 * taken and shows it read-only; it queues for the lock and takes over when the first editor closes.
 * Writers the lock cannot see (another browser, another process) are caught by the library's base-revision check.
 */
import { useEffect, useState } from 'react';

/** `pending` until the lock manager answers; `held` also where the browser has no Web Locks. */
export type NoticeLockState = 'pending' | 'held' | 'elsewhere';

const lockName = (noticeId: string) => `thongbao:notice:${noticeId}`;

/** Asks for the notice's lock; `onState` hears each change. Returns the release. */
export function holdNoticeLock(noticeId: string, onState: (state: NoticeLockState) => void): () => void {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    onState('held');
    return () => undefined;
  }
  const queued = new AbortController();
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let active = true;
  const hold = async () => {
    if (active) onState('held');
    await released;
  };
  locks
    .request(lockName(noticeId), { ifAvailable: true }, async (lock) => {
      if (lock) return hold();
      if (active) onState('elsewhere');
      // Wait in line: when the other editor closes, this one becomes the editor.
      locks.request(lockName(noticeId), { signal: queued.signal }, hold).catch(() => undefined);
    })
    .catch(() => undefined);
  return () => {
    active = false;
    queued.abort();
    release();
  };
}

export function useNoticeLock(noticeId: string): NoticeLockState {
  const [state, setState] = useState<NoticeLockState>('pending');
  useEffect(() => {
    setState('pending');
    return holdNoticeLock(noticeId, setState);
  }, [noticeId]);
  return state;
}
