/**
 * The local web host: the app's services behind HTTP on 127.0.0.1, serving the built renderer. It is how the
 * end-to-end tests drive the real UI in Chromium, and how the app runs where Electron cannot.
 *
 * Only the person who started it may use it: every API call must carry the per-launch secret token (it reaches
 * the page in the query string of the printed URL, `?token=…`, as the hash is the app's own router), the server
 * answers only to its own Host name (so a DNS-rebinding page cannot reach it), and it sends no CORS headers.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApiError, isApiMethodName, type ApiErrorCode, type ApiErrorPayload, type ApiImplementation } from '../../shared/api';
import { dispatchApiCall, toApiError } from '../../shared/api-dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { TOKEN_HEADER } from '../../shared/security/token-header';
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from '../../shared/text/json-depth';
import { RENDERER_CONTENT_TYPES } from '../services/files/content-types';

/** A notice with many pages is a few hundred kilobytes of JSON; 20 MB leaves room for imports of old documents. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface WebHostOptions {
  implementation: ApiImplementation;
  /** The built renderer (out/renderer), with index.html. */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Loopback only, by design. */
  host?: '127.0.0.1';
  /** Body limit in bytes (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
}

export interface WebHost {
  /** The address to open, with the token in the query string. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  'invalid-request': 400,
  unauthorized: 401,
  'not-found': 404,
  conflict: 409,
  'read-only': 409,
  file: 500,
  storage: 500,
  internal: 500,
};

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly payload: ApiErrorPayload,
  ) {
    super(payload.message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(data.length),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(data);
}

function sendError(res: ServerResponse, status: number, payload: ApiErrorPayload, extraHeaders?: Record<string, string>): void {
  sendJson(res, status, { error: payload }, extraHeaders);
}

function tokenMatches(given: string | string[] | undefined, token: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const candidate = Buffer.from(given, 'utf8');
  return candidate.length === token.length && timingSafeEqual(candidate, token);
}

/** The whole body, refusing more than `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = new HttpProblem(413, {
    code: 'invalid-request',
    message: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / (1024 * 1024))} MB).`,
  });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('The web host listens on 127.0.0.1 only');
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const token = randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token, 'utf8');
  const rendererRoot = await realpath(path.resolve(options.rendererDir));
  let allowedHosts = new Set<string>();

  async function serveApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      sendError(res, 405, { code: 'invalid-request', message: 'Thao tác chỉ nhận yêu cầu POST.' }, { Allow: 'POST' });
      return;
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER.toLowerCase()], tokenBytes)) {
      sendError(res, 401, {
        code: 'unauthorized',
        message: 'Thiếu hoặc sai mã truy cập. Hãy mở ứng dụng bằng đường dẫn in ra khi chạy "npm run web".',
      });
      return;
    }
    if (!isApiMethodName(method)) {
      sendError(res, 404, { code: 'not-found', message: `Không có thao tác "${method}".` });
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      sendError(res, 415, { code: 'invalid-request', message: 'Dữ liệu gửi lên phải ở dạng JSON (application/json).' });
      return;
    }
    let payload: unknown;
    try {
      const body = (await readBody(req, limit)).toString('utf8');
      if (jsonNestsDeeperThan(body)) {
        sendError(res, 400, { code: 'invalid-request', message: `Dữ liệu gửi lên lồng nhau quá sâu (hơn ${MAX_JSON_DEPTH} lớp).` });
        return;
      }
      payload = body.length === 0 ? {} : JSON.parse(body);
    } catch (error) {
      if (error instanceof HttpProblem) {
        // The rest of an oversized body is not read: close the connection after answering.
        sendError(res, error.status, error.payload, { Connection: 'close' });
        req.destroy();
        return;
      }
      sendError(res, 400, { code: 'invalid-request', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' });
      return;
    }
    try {
      const result = await dispatchApiCall(options.implementation, method, payload);
      sendJson(res, 200, result);
    } catch (error) {
      const apiError = toApiError(error);
      if (!(error instanceof ApiError)) console.error(`[web-host] ${method}:`, error);
      sendError(res, HTTP_STATUS[apiError.code], apiError.toPayload());
    }
  }

  /** A file under the renderer folder; unknown paths without an extension get index.html (the app's own routes). */
  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, { code: 'invalid-request', message: 'Phương thức không được hỗ trợ.' }, { Allow: 'GET, HEAD' });
      return;
    }
    const notFound = (): void => sendError(res, 404, { code: 'not-found', message: 'Không tìm thấy tệp.' });
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      notFound();
      return;
    }
    if (relative.includes('\0') || relative.includes('\\')) {
      notFound();
      return;
    }
    const candidate = path.resolve(rendererRoot, `.${path.posix.normalize(`/${relative}`)}`);
    let file = candidate;
    let info = await stat(candidate).catch(() => undefined);
    if (info?.isDirectory()) {
      file = path.join(candidate, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) {
      if (path.extname(relative) !== '') {
        notFound();
        return;
      }
      file = path.join(rendererRoot, 'index.html');
      info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        notFound();
        return;
      }
    }
    // Resolve links too: nothing outside the renderer folder is ever served.
    const real = await realpath(file).catch(() => undefined);
    if (!real || (real !== rendererRoot && !real.startsWith(rendererRoot + path.sep))) {
      notFound();
      return;
    }
    const ext = path.extname(real).toLowerCase();
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': RENDERER_CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      'Cache-Control': ext === '.html' ? 'no-store' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(real)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  const server = createServer((req, res) => {
    const hostHeader = (req.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(hostHeader)) {
      sendError(res, 403, { code: 'unauthorized', message: 'Máy chủ cục bộ chỉ nhận truy cập qua 127.0.0.1 hoặc localhost.' });
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', `http://${hostHeader}`).pathname;
    } catch {
      sendError(res, 400, { code: 'invalid-request', message: 'Địa chỉ yêu cầu không hợp lệ.' });
      return;
    }
    const handle = pathname.startsWith('/api/')
      ? serveApi(req, res, pathname.slice('/api/'.length))
      : serveStatic(req, res, pathname);
    handle.catch((error: unknown) => {
      console.error('[web-host]', error);
      if (!res.headersSent) sendError(res, 500, toApiError(error).toPayload());
      else res.destroy();
    });
  });
  server.requestTimeout = 5 * 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
