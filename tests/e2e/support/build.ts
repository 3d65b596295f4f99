/**
 * The built renderer the web host serves: rebuilt with `npx electron-vite build` when out/renderer is missing or
 * older than any source it is built from. Test files run in parallel processes, so a lock folder makes one of them
 * build while the others wait. Pages are served from a copy of that build in the temp folder, named after the build
 * (index.html names the hashed assets) and taken under the lock, so a rebuild started meanwhile (another test run,
 * `npm run web -- --build`) never pulls the files from under a page.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');
const BUILT_INDEX = path.join(RENDERER_DIR, 'index.html');
const LOCK_DIR = path.join(PROJECT_ROOT, 'out', '.renderer-build.lock');
const SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];
const LOCK_STALE_MS = 5 * 60_000;
const SNAPSHOT_PREFIX = 'thongbao-renderer-';
/** Copies of older builds are removed once no test could still be using them. */
const SNAPSHOT_KEEP_MS = 60 * 60_000;

function newestMtime(entry: string): number {
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

function isStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(PROJECT_ROOT, source)) > built);
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK_DIR, { recursive: false });
    return true;
  } catch {
    // A lock left by a killed run does not block forever.
    if (Date.now() - statSync(LOCK_DIR).mtimeMs > LOCK_STALE_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
    return false;
  }
}

let snapshot: string | undefined;

function pruneSnapshots(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(SNAPSHOT_PREFIX) || name === keep) continue;
    const entry = path.join(tmpdir(), name);
    if (Date.now() - statSync(entry).mtimeMs > SNAPSHOT_KEEP_MS) rmSync(entry, { recursive: true, force: true });
  }
}

/** Builds the renderer if needed and returns the copy of that build to serve (also what rendererSnapshot() gives). */
export async function ensureRendererBuilt(): Promise<string> {
  if (snapshot) return snapshot;
  mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, 500));
  try {
    if (isStale()) {
      const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
      if (result.status !== 0 || !existsSync(BUILT_INDEX)) {
        throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
      }
    }
    const name = SNAPSHOT_PREFIX + createHash('sha256').update(readFileSync(BUILT_INDEX)).digest('hex').slice(0, 16);
    const copy = path.join(tmpdir(), name);
    if (!existsSync(copy)) {
      const partial = `${copy}.partial`;
      rmSync(partial, { recursive: true, force: true });
      cpSync(RENDERER_DIR, partial, { recursive: true });
      renameSync(partial, copy);
    }
    pruneSnapshots(name);
    snapshot = copy;
    return copy;
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** The renderer this process serves; ensureRendererBuilt() must have run (in a beforeAll). */
export function rendererSnapshot(): string {
  if (!snapshot) throw new Error('Call ensureRendererBuilt() before starting the app');
  return snapshot;
}
