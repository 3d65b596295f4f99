/**
 * The app's own pages are served from a privileged custom scheme (`app://thongbao/…`) rather than `file://`, so the
 * page has a real origin the CSP's 'self' and the IPC sender check can name, and nothing else on disk is reachable.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'thongbao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Is `url` one of the app's own pages or assets? */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
