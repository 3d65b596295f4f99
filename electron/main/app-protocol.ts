/** Serving the built renderer on the app:// scheme (see app-url.ts). */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isAppUrl } from './app-url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { RENDERER_CONTENT_TYPES } from '../services/files/content-types';

/** The file under `rootDir` an app:// URL names, or undefined for anything outside it or malformed. */
export function resolveAppAsset(url: string, rootDir: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** Whether `file`, with every symbolic link followed, still lies inside `rootDir` (itself resolved the same way). */
async function staysInside(file: string, rootDir: string): Promise<boolean> {
  const [real, root] = await Promise.all([realpath(file), realpath(rootDir)]);
  return real.startsWith(root + path.sep);
}

/** Answers an app:// request from the built renderer folder, with the CSP on every response. */
export async function serveAppAsset(url: string, rootDir: string): Promise<Response> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const file = resolveAppAsset(url, rootDir);
  const type = file ? RENDERER_CONTENT_TYPES[path.extname(file).toLowerCase()] : undefined;
  if (!file || !type) return new Response('Not found', { status: 404, headers });
  try {
    // A symbolic link inside the folder must not lead out of it (the web host checks the same way).
    if (!(await staysInside(file, rootDir))) return new Response('Not found', { status: 404, headers });
    return new Response(await readFile(file), { status: 200, headers: { ...headers, 'Content-Type': type } });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}
