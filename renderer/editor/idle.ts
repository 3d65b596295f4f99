/**
 * Work that the first frame does not need (checks over the whole notice, word lists) waits until the browser is
 * idle after drawing, so it never delays the notice appearing. `timeout` bounds the wait on a busy page. Browsers
 * without requestIdleCallback (Safari opening the web host) fall back to a timer.
 */
export function whenIdle(callback: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => callback(), { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 0);
  return () => window.clearTimeout(handle);
}
