/**
 * The one Content-Security-Policy of the app, wherever the page is served: the Electron session and the app://
 * scheme (electron/main), the local web host (electron/web-host), and the page's own <meta> (injected into
 * renderer/index.html at build time by electron.vite.config.ts).
 *
 * Scripts only from the app itself (no inline script, no eval, nothing remote); styles from the app plus inline
 * style attributes (React and the editor set some); images from the app and data: URLs (pasted pictures); no
 * plugins, frames, workers, forms or <base>; the page may not be framed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; frame-src 'none'; worker-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Directives a <meta> policy cannot carry (browsers ignore them there, with a console warning). */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The policy for the page's <meta http-equiv> tag: the same, less what only a header can say. */
export function metaContentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY_DIRECTIVES.includes(directive.split(/\s+/u)[0] ?? ''))
    .join('; ');
}
