import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorPayload } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { openLibrary, type Library } from '../../electron/services/library/open';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../electron/web-host/server';
import { createHttpApi, readTokenFromPage } from '../../renderer/api/http-client';
import { jsonNestsDeeperThan } from '../../shared/text/json-depth';

const INDEX_HTML = '<!doctype html><html lang="vi"><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>';
const SECRET = 'bí mật ngoài thư mục giao diện';

let workDir: string;
let library: Library;
let host: WebHost;
let base: string;

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request exactly as written: Node's client sends the path and Host unchanged (fetch would normalise them). */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[] },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.chunks) {
      // Streamed without a length, to get past any check of Content-Length.
      const write = (i: number): void => {
        if (i >= options.chunks!.length || req.destroyed) {
          req.end();
          return;
        }
        if (req.write(options.chunks![i])) setImmediate(() => write(i + 1));
        else req.once('drain', () => write(i + 1));
      };
      write(0);
      return;
    }
    req.end(options.body);
  });
}

async function api(method: string, body: unknown, headers: Record<string, string> = { 'X-ThongBao-Token': host.token }) {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

const errorOf = (json: Record<string, unknown>) => json.error as ApiErrorPayload;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'thongbao-web-host-'));
  const rendererDir = path.join(workDir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("Xin chào");');
  writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body { margin: 0 }');
  writeFileSync(path.join(rendererDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(path.join(workDir, 'secret.txt'), SECRET);
  symlinkSync(path.join(workDir, 'secret.txt'), path.join(rendererDir, 'link.txt'));
  library = openLibrary({ dataDir: path.join(workDir, 'data') });
  host = await startWebHost({ implementation: library.api, rendererDir });
  base = `http://127.0.0.1:${host.port}`;
});

afterAll(async () => {
  await host?.close();
  library?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('launch', () => {
  it('prints a loopback address that carries a fresh secret token', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    const other = await startWebHost({ implementation: library.api, rendererDir: path.join(workDir, 'renderer') });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });

  it('listens on 127.0.0.1 only', async () => {
    const reachable = (address: string) =>
      new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: host.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
    expect(await reachable('127.0.0.1')).toBe(true);
    expect(await reachable('::1')).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal)
      .map((i) => i!.address);
    for (const address of external) expect(await reachable(address)).toBe(false);
    await expect(
      startWebHost({ implementation: library.api, rendererDir: workDir, host: '0.0.0.0' as '127.0.0.1' }),
    ).rejects.toThrow(/127\.0\.0\.1/u);
  });

  it('uses the port it is given', async () => {
    const probe = await startWebHost({ implementation: library.api, rendererDir: workDir });
    const port = probe.port;
    await probe.close();
    const fixed = await startWebHost({ implementation: library.api, rendererDir: workDir, port });
    try {
      expect(fixed.port).toBe(port);
      expect(fixed.url.startsWith(`http://127.0.0.1:${port}/`)).toBe(true);
    } finally {
      await fixed.close();
    }
  });
});

describe('API', () => {
  it('refuses calls without the token or with a wrong one, in Vietnamese', async () => {
    for (const headers of [{} as Record<string, string>, { 'X-ThongBao-Token': 'sai' }, { 'X-ThongBao-Token': `${host.token.slice(0, -1)}x` }]) {
      const { status, json } = await api('listTemplates', {}, headers);
      expect(status).toBe(401);
      expect(errorOf(json).code).toBe('unauthorized');
      expect(errorOf(json).message).toMatch(/mã truy cập/u);
    }
    // The token in the query string is for the page, not a way to call the API.
    const viaQuery = await fetch(`${base}/api/listTemplates?token=${host.token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(viaQuery.status).toBe(401);
  });

  it('answers a call with the token through the real library', async () => {
    const { status, json, headers } = await api('listTemplates', {});
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((json.templates as { id: string }[]).map((t) => t.id).sort()).toEqual([
      'monthly-session',
      'site-inspection',
      'steering-committee',
      'working-session',
    ]);
    const created = await api('createFromTemplate', { templateId: 'monthly-session' });
    expect(created.status).toBe(200);
    const got = await api('getNotice', { id: created.json.id });
    expect(got.status).toBe(200);
    expect((got.json.notice as { templateId: string }).templateId).toBe('monthly-session');
  });

  it('refuses a bad payload with 400 and the problems by path', async () => {
    const { status, json } = await api('createFromTemplate', { templateId: 5 });
    expect(status).toBe(400);
    expect(errorOf(json).code).toBe('invalid-request');
    expect(errorOf(json).message).toBe('Dữ liệu gửi lên không hợp lệ.');
    expect(errorOf(json).problems?.map((p) => p.path)).toEqual(['templateId']);
  });

  it('refuses malformed JSON and other content types', async () => {
    const bad = await api('listTemplates', '{"limit": ');
    expect(bad.status).toBe(400);
    expect(errorOf(bad.json).message).toMatch(/JSON/u);
    const form = await fetch(`${base}/api/listTemplates`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-ThongBao-Token': host.token },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
  });

  it('refuses JSON nested deeper than a notice can be before parsing it', async () => {
    const depth = 1_000_000;
    const deep = await api('listTemplates', `${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(deep.status).toBe(400);
    expect(errorOf(deep.json).message).toBe('Dữ liệu gửi lên lồng nhau quá sâu (hơn 64 lớp).');
    expect(jsonNestsDeeperThan(`{"a": "${'['.repeat(100)}", "b": [[1]]}`)).toBe(false);
  });

  it('answers 404 for an unknown method and for a notice that does not exist', async () => {
    const unknown = await api('dropEverything', {});
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.json)).toEqual({ code: 'not-found', message: 'Không có thao tác "dropEverything".' });
    const missing = await api('getNotice', { id: 'khong-co' });
    expect(missing.status).toBe(404);
    expect(errorOf(missing.json).code).toBe('not-found');
  });

  it('takes only POST', async () => {
    const response = await fetch(`${base}/api/listTemplates`, { headers: { 'X-ThongBao-Token': host.token } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(MAX_BODY_BYTES + 10) });
    const declared = await raw(host.port, {
      method: 'POST',
      path: '/api/searchNotices',
      headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'X-ThongBao-Token': host.token, 'Content-Length': String(Buffer.byteLength(big)) },
      body: big,
    }).catch((error: unknown) => error as Error);
    expect(declared).toMatchObject({ status: 413 });
    expect(errorOf(JSON.parse((declared as RawResponse).body)).message).toMatch(/quá lớn \(tối đa 20 MB\)/u);

    const small = await startWebHost({ implementation: library.api, rendererDir: workDir, maxBodyBytes: 1024 });
    try {
      const streamed = await raw(small.port, {
        method: 'POST',
        path: '/api/searchNotices',
        headers: { Host: `127.0.0.1:${small.port}`, 'Content-Type': 'application/json', 'X-ThongBao-Token': small.token },
        chunks: Array.from({ length: 8 }, () => Buffer.alloc(512, 0x20)),
      });
      expect(streamed.status).toBe(413);
      expect(errorOf(JSON.parse(streamed.body)).code).toBe('invalid-request');
    } finally {
      await small.close();
    }
  });

  it('sends no CORS headers, not even to a preflight', async () => {
    const preflight = await raw(host.port, {
      method: 'OPTIONS',
      path: '/api/listTemplates',
      headers: {
        Host: `127.0.0.1:${host.port}`,
        Origin: 'http://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-thongbao-token',
      },
    });
    expect(preflight.status).toBe(405);
    expect(Object.keys(preflight.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    const call = await api('listTemplates', {}, { 'X-ThongBao-Token': host.token, Origin: 'http://evil.example' });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('Host header (DNS rebinding)', () => {
  it('answers only to 127.0.0.1 and localhost on its own port', async () => {
    const withHost = (value: string) => raw(host.port, { path: '/', headers: { Host: value } });
    expect((await withHost(`127.0.0.1:${host.port}`)).status).toBe(200);
    expect((await withHost(`localhost:${host.port}`)).status).toBe(200);
    expect((await withHost(`LOCALHOST:${host.port}`)).status).toBe(200);
    for (const bad of [`evil.example:${host.port}`, 'evil.example', `127.0.0.1:${host.port + 1}`, '127.0.0.1', `attacker.localhost:${host.port}`]) {
      const response = await withHost(bad);
      expect(response.status, bad).toBe(403);
      expect(response.body).not.toContain('id="root"');
    }
    const api = await raw(host.port, {
      method: 'POST',
      path: '/api/listTemplates',
      headers: { Host: `rebound.example:${host.port}`, 'Content-Type': 'application/json', 'X-ThongBao-Token': host.token },
      body: '{}',
    });
    expect(api.status).toBe(403);
    expect(errorOf(JSON.parse(api.body)).message).toMatch(/127\.0\.0\.1 hoặc localhost/u);
  });
});

describe('static files', () => {
  const get = (p: string) => raw(host.port, { path: p, headers: { Host: `127.0.0.1:${host.port}` } });

  it('serves the renderer with the right content types and security headers', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.body).toBe(INDEX_HTML);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    // The one policy of the app, as the Electron session and the app:// scheme send it.
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['x-frame-options']).toBe('DENY');
    expect(index.headers['access-control-allow-origin']).toBeUndefined();
    expect((await get(`/?token=${host.token}`)).body).toBe(INDEX_HTML);
    const js = await get('/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log("Xin chào");');
    expect((await get('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/assets/font.woff2')).headers['content-type']).toBe('font/woff2');
    const head = await raw(host.port, { method: 'HEAD', path: '/assets/app.js', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength('console.log("Xin chào");')));
    expect(head.body).toBe('');
  });

  it('falls back to index.html for the app routes, 404 for missing files', async () => {
    expect((await get('/thong-bao/abc')).body).toBe(INDEX_HTML);
    const missing = await get('/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(errorOf(JSON.parse(missing.body)).message).toBe('Không tìm thấy tệp.');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/link.txt',
      '/%00/secret.txt',
      '/%E0%A4%A',
    ]) {
      const response = await get(p);
      expect(response.body, p).not.toContain(SECRET);
      expect([403, 404], p).toContain(response.status);
    }
  });

  it('takes only GET and HEAD', async () => {
    const response = await raw(host.port, { method: 'PUT', path: '/index.html', headers: { Host: `127.0.0.1:${host.port}` }, body: 'x' });
    expect(response.status).toBe(405);
  });
});

describe('the browser client', () => {
  it('calls the API with the token and returns typed results', async () => {
    const client = createHttpApi(`${base}/`, host.token);
    const { templates } = await client.listTemplates({});
    expect(templates).toHaveLength(4);
    const record = await client.createFromTemplate({ templateId: 'site-inspection' });
    expect(record.notice.templateId).toBe('site-inspection');
    const { notices } = await client.listNotices({});
    expect(notices.map((n) => n.id)).toContain(record.id);
  });

  it('throws ApiError with the code, Vietnamese message and problems', async () => {
    const client = createHttpApi(base, host.token);
    const invalid = await client.createFromTemplate({ templateId: '' }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ApiError);
    expect((invalid as ApiError).code).toBe('invalid-request');
    expect((invalid as ApiError).problems?.[0]?.path).toBe('templateId');
    const missing = await client.getNotice({ id: 'khong-co' }).catch((e: unknown) => e);
    expect((missing as ApiError).code).toBe('not-found');
    const denied = await createHttpApi(base, 'sai').listTemplates({}).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(ApiError);
    expect((denied as ApiError).code).toBe('unauthorized');
  });

  it('reads the token from the page address and keeps it for the tab', () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) };
    expect(readTokenFromPage({ search: `?token=${host.token}` }, storage)).toBe(host.token);
    // After the router or a reload drops the query string, the tab still has it.
    expect(readTokenFromPage({ search: '' }, storage)).toBe(host.token);
    expect(readTokenFromPage({ search: '?token=moi' }, storage)).toBe('moi');
    expect(readTokenFromPage({ search: '' })).toBeUndefined();
  });
});

describe('close', () => {
  it('stops listening', async () => {
    const temporary = await startWebHost({ implementation: library.api, rendererDir: workDir });
    const url = `http://127.0.0.1:${temporary.port}/`;
    expect((await fetch(url)).status).toBe(404);
    await temporary.close();
    await expect(fetch(url)).rejects.toThrow();
  });
});
