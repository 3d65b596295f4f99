/** Runs the real command line (`tsx electron/cli/main.ts …`) in a child process, as `npm run cli` does. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;
const MAIN = `${ROOT}electron/cli/main.ts`;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd: string }): Promise<CliResult> {
  return collect(TSX, [MAIN, ...args], options);
}

/** A bundled command line (see portable-cli.ts) run with this very `node`, optionally as another user. */
export function runBundledCli(main: string, args: string[], options: { cwd: string; uid?: number; gid?: number }): Promise<CliResult> {
  return collect(process.execPath, [main, ...args], options);
}

/** `npm run cli -- …` started from `cwd` (npm itself runs the script in the package folder). */
export function runNpmCli(args: string[], options: { cwd: string }): Promise<CliResult> {
  return collect('npm', ['run', '--silent', '--prefix', ROOT, 'cli', '--', ...args], options);
}

function collect(program: string, args: string[], options: { cwd: string; uid?: number; gid?: number }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      uid: options.uid,
      gid: options.gid,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
