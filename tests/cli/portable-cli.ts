/**
 * The command line bundled into one file inside a fresh world-readable temporary folder, for tests that run it
 * as another user (root writes anywhere, so "may not write" needs an unprivileged user). Running it from the
 * clone would need that user to traverse every folder above the clone, which a clone under a 0700 folder
 * (`mktemp -d`) does not allow; the bundle makes the test independent of where the clone lives.
 */
import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** better-sqlite3 is native: it is copied beside the bundle with the one package it loads its binary with. */
const NATIVE_FILES = [
  'better-sqlite3/package.json',
  'better-sqlite3/lib',
  'better-sqlite3/build/Release/better_sqlite3.node',
  'bindings',
  'file-uri-to-path',
];

export interface PortableCli {
  /** The bundled entry point, run with `node`. */
  main: string;
  remove(): Promise<void>;
}

export async function buildPortableCli(): Promise<PortableCli> {
  const dir = await mkdtemp(join(tmpdir(), 'thongbao-portable-cli-'));
  await chmod(dir, 0o755);
  const main = join(dir, 'cli.mjs');
  await build({
    entryPoints: [join(ROOT, 'electron/cli/main.ts')],
    outfile: main,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // Bundled CommonJS packages call require(); give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  for (const file of NATIVE_FILES) {
    await cp(join(ROOT, 'node_modules', file), join(dir, 'node_modules', file), { recursive: true });
  }
  return { main, remove: () => rm(dir, { recursive: true, force: true }) };
}
