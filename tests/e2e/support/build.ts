/**
 * The built renderer the web host serves: rebuilt with `npx electron-vite build` when out/renderer is missing or
 * older than any source it is built from. Test files run in parallel processes, so a lock folder makes one of them
 * build while the others wait.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer');
const BUILT_INDEX = path.join(RENDERER_DIR, 'index.html');
const LOCK_DIR = path.join(PROJECT_ROOT, 'out', '.renderer-build.lock');
const SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];
const LOCK_STALE_MS = 5 * 60_000;

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

export async function ensureRendererBuilt(): Promise<string> {
  mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  while (isStale()) {
    if (!tryLock()) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (!isStale()) break;
      const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
    } finally {
      rmSync(LOCK_DIR, { recursive: true, force: true });
    }
  }
  return RENDERER_DIR;
}
