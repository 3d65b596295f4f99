/**
 * The window options and the session and page policies, checked from the code that sets them: the installers are
 * run on recording stand-ins of Electron's Session and WebContents, and the recorded handlers are then exercised.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppAsset, serveAppAsset } from '../../electron/main/app-protocol';
import { APP_ENTRY_URL } from '../../electron/main/app-url';
import {
  CONTENT_SECURITY_POLICY,
  externalLinkToOffer,
  installSessionPolicies,
  installWebContentsPolicies,
  withSecurityHeaders,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/main/security-policy';
import { mainWindowOptions } from '../../electron/main/window-options';
import { ROOT, tempDir } from '../library/helpers';
import { contentSecurityPolicyMeta } from '../../electron.vite.config';
import { metaContentSecurityPolicy } from '../../shared/security/csp';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name as string, sources];
    }),
  );
}

describe('one policy for every way the page is served', () => {
  it('puts the policy into the built page, less the directives a <meta> cannot carry', () => {
    const plugin = contentSecurityPolicyMeta();
    const tags = (plugin.transformIndexHtml as () => { tag: string; attrs: Record<string, string> }[])();
    expect(tags).toEqual([expect.objectContaining({ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() } })]);
    expect(metaContentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    // The page's source carries no policy of its own to drift from this one.
    expect(fs.readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8')).not.toMatch(/Content-Security-Policy/iu);
  });
});

describe('main window options', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs', { width: 1200, height: 800, x: 10, y: 20 });

  it('isolates and sandboxes the page, without Node, with web security on and no <webview>', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('partition');
  });

  it('opens where it was left, or centred when no place is known', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
    const centred = mainWindowOptions('/p.cjs', { width: 1000, height: 700 });
    expect(centred).toMatchObject({ center: true, width: 1000, height: 700 });
    expect(centred).not.toHaveProperty('x');
  });
});

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no inline script, no eval, nothing remote', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic|https?:|\*/);
    for (const directive of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors', 'worker-src']) {
      expect(csp.get(directive), directive).toEqual(["'none'"]);
    }
  });

  it('replaces whatever policy a response carried', () => {
    const headers = withSecurityHeaders({ 'content-security-policy': ['frame-src *'], 'Content-Type': 'text/html', 'X-Other': ['1'] });
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers).not.toHaveProperty('content-security-policy');
    expect(headers['Content-Type']).toBe('text/html');
    expect(headers['X-Other']).toEqual(['1']);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

/** A stand-in Session that keeps the handlers installed on it. */
function recordingSession() {
  const installed: {
    headers?: (details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders?: Record<string, string[]> }) => void) => void;
    request?: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
    check?: (webContents: unknown, permission: string, origin: string, details: unknown) => boolean;
  } = {};
  const session = {
    webRequest: {
      onHeadersReceived: (listener: typeof installed.headers) => {
        installed.headers = listener;
      },
    },
    setPermissionRequestHandler: (handler: typeof installed.request) => {
      installed.request = handler;
    },
    setPermissionCheckHandler: (handler: typeof installed.check) => {
      installed.check = handler;
    },
  };
  return { session: session as unknown as SessionLike, installed };
}

describe('session policies', () => {
  it('puts the CSP on every response', () => {
    const { session, installed } = recordingSession();
    installSessionPolicies(session);
    const callback = vi.fn();
    installed.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: expect.objectContaining({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY }),
    });
  });

  it('denies every permission request and check', () => {
    const { session, installed } = recordingSession();
    installSessionPolicies(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const callback = vi.fn();
      installed.request?.({}, permission, callback, { requestingUrl: APP_ENTRY_URL });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(installed.check?.({}, permission, 'app://thongbao', {}), permission).toBe(false);
    }
  });
});

/** A stand-in WebContents that keeps its listeners and window-open handler. */
function recordingContents() {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: (...args: unknown[]) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler;
    },
  };
  /** Fires `event` the way Electron does; true when a listener prevented it. */
  const fire = (event: string, ...args: unknown[]) => {
    let prevented = false;
    for (const listener of listeners.get(event) ?? []) listener({ preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  };
  return { contents: contents as unknown as WebContentsLike, fire, listeners, open: (url: string) => openHandler?.({ url }) };
}

describe('page policies', () => {
  const links = (answer: boolean) => ({ confirm: vi.fn(async () => answer), open: vi.fn(async () => undefined) });

  it('refuses navigation and redirects to anything but the app', () => {
    const page = recordingContents();
    installWebContentsPolicies(page.contents, links(false));
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(page.listeners.get(event)).toHaveLength(1);
      for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,hi']) {
        expect(page.fire(event, url), `${event} ${url}`).toBe(true);
      }
      expect(page.fire(event, APP_ENTRY_URL)).toBe(false);
      expect(page.fire(event, 'app://thongbao/index.html#/thong-bao/abc')).toBe(false);
    }
  });

  it('refuses to attach a <webview>', () => {
    const page = recordingContents();
    installWebContentsPolicies(page.contents, links(true));
    expect(page.fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('refuses every new window; an https link opens in the system browser only once the user agrees', async () => {
    const agreeing = links(true);
    const page = recordingContents();
    installWebContentsPolicies(page.contents, agreeing);
    expect(page.open('https://vanban.chinhphu.vn/?a=1')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(agreeing.open).toHaveBeenCalledWith('https://vanban.chinhphu.vn/?a=1'));
    expect(agreeing.confirm).toHaveBeenCalledWith('https://vanban.chinhphu.vn/?a=1');

    const refusing = links(false);
    const other = recordingContents();
    installWebContentsPolicies(other.contents, refusing);
    expect(other.open('https://example.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(refusing.confirm).toHaveBeenCalledTimes(1));
    expect(refusing.open).not.toHaveBeenCalled();

    for (const url of ['http://example.com/', 'file:///C:/Windows/system32/calc.exe', 'app://thongbao/index.html', 'smb://server/share', 'https://user:pw@example.com/']) {
      expect(other.open(url)).toEqual({ action: 'deny' });
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(refusing.confirm).toHaveBeenCalledTimes(1);
    expect(externalLinkToOffer('ms-word:ofe|u|https://x/')).toBeUndefined();
  });
});

describe('the app:// scheme', () => {
  it('serves only files inside the built renderer folder, with the CSP', async () => {
    const root = path.join(tempDir(), 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ThongBao</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');

    const index = await serveAppAsset('app://thongbao/', root);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('ThongBao');
    const script = await serveAppAsset('app://thongbao/assets/app.js?v=1', root);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);

    for (const url of ['app://thongbao/%2e%2e/secret.txt', 'app://thongbao/..%2fsecret.txt', 'app://thongbao/assets/%2e%2e%2f%2e%2e%2fsecret.txt', 'app://other/index.html', 'app://thongbao/missing.js', 'app://thongbao/%00.html']) {
      const response = await serveAppAsset(url, root);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    expect(resolveAppAsset('https://thongbao/index.html', root)).toBeUndefined();
  });

  it('does not follow a symbolic link out of the renderer folder, but serves from a linked renderer folder', async () => {
    const base = tempDir();
    const root = path.join(base, 'renderer');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ThongBao</title>');
    fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
    fs.mkdirSync(path.join(base, 'outside'));
    fs.writeFileSync(path.join(base, 'outside', 'secret.js'), 'secret');
    fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'link.txt'));
    fs.symlinkSync(path.join(base, 'outside'), path.join(root, 'assets'));
    for (const url of ['app://thongbao/link.txt', 'app://thongbao/assets/secret.js']) {
      const response = await serveAppAsset(url, root);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    fs.symlinkSync(root, path.join(base, 'linked-renderer'));
    expect((await serveAppAsset('app://thongbao/', path.join(base, 'linked-renderer'))).status).toBe(200);
  });
});
