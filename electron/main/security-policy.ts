/**
 * The security policies of the window and its session, as plain functions and installers that take the Electron
 * objects as arguments (tests hand them recording stand-ins).
 */
import type { Session, WebContents, WebRequest } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { isAppUrl } from './app-url';

type Headers = Record<string, string[] | string>;

/** The response headers with the app's CSP (shared/security/csp.ts) replacing any other, and MIME sniffing off. */
export function withSecurityHeaders(headers: Headers | undefined): Record<string, string[] | string> {
  const result: Record<string, string[] | string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'x-content-type-options') continue;
    result[name] = value;
  }
  result['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  result['X-Content-Type-Options'] = 'nosniff';
  return result;
}

export { CONTENT_SECURITY_POLICY };

/** The window may only ever show the app's own pages. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** A link the user may open in the system browser (after confirming): https only, no credentials in it. */
export function externalLinkToOffer(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return undefined;
    return parsed.toString();
  } catch {
    return undefined;
  }
}

/** Every permission (camera, notifications, clipboard-read, geolocation …) is refused. */
export const grantsPermission = (_permission: string): boolean => false;

/** The parts of Electron's Session the policies are installed on (tests pass a recording stand-in). */
export type SessionLike = { webRequest: Pick<WebRequest, 'onHeadersReceived'> } & Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

export function installSessionPolicies(session: SessionLike): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback) => callback(grantsPermission(permission)));
  session.setPermissionCheckHandler((_webContents, permission) => grantsPermission(permission));
}

export type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface ExternalLinks {
  /** Asks the user whether to open `url` in the system browser. */
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

export function installWebContentsPolicies(contents: WebContentsLike, links: ExternalLinks): void {
  const refuseOutside = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseOutside);
  contents.on('will-redirect', refuseOutside);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkToOffer(url);
    if (external) {
      void links
        .confirm(external)
        .then((yes) => (yes ? links.open(external) : undefined))
        .catch(() => undefined);
    }
    return { action: 'deny' };
  });
}
