/**
 * `npm run cli` killed by a signal while it writes: the command line and what it started stop, and nothing is
 * written afterwards. The long write is a PDF export whose "LibreOffice" is a script that never finishes and keeps
 * appending to a file while it runs (the real soffice would finish too soon to be caught reliably).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_PATH, tempDir } from '../library/helpers';

/** A process still running (a zombie waiting to be reaped has stopped and writes nothing). Linux: /proc. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Every member of a process group, from /proc. */
function groupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(fields[2]) === pgid && fields[0] !== 'Z';
      } catch {
        return false;
      }
    });
}

async function until(condition: () => boolean, what: string, timeoutMs = 90_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(process.platform !== 'linux')('npm run cli killed by a signal', () => {
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    it(`${signal} to npm stops the command line and the LibreOffice it started; nothing is written afterwards`, async () => {
      const dir = tempDir();
      const pidFile = path.join(dir, 'soffice.pid');
      const beat = path.join(dir, 'soffice.beat');
      const fake = path.join(dir, 'soffice');
      // Records itself and its parent (the command line), then "converts" forever, writing as it goes.
      writeFileSync(fake, `#!/bin/sh\necho "$$ $PPID" > "${pidFile}.tmp" && mv "${pidFile}.tmp" "${pidFile}"\nwhile :; do echo x >> "${beat}"; sleep 0.05; done\n`);
      chmodSync(fake, 0o755);
      const out = path.join(dir, 'out', 'thong-bao.pdf');
      mkdirSync(path.dirname(out));

      const npm = spawn('npm', ['run', '--silent', '--prefix', ROOT, 'cli', '--', 'export', SAMPLE_PATH, '--pdf', '-o', out, '--libreoffice', fake], {
        cwd: dir,
        stdio: 'ignore',
        // Its own process group, as a terminal gives a command.
        detached: true,
      });
      const npmExited = new Promise<void>((resolve) => npm.on('exit', () => resolve()));
      await until(() => existsSync(pidFile), 'the export to reach LibreOffice');
      const [sofficePid, cliPid] = readFileSync(pidFile, 'utf8').trim().split(' ').map(Number) as [number, number];
      await until(() => existsSync(beat), 'LibreOffice to start writing');

      // SIGTERM and SIGHUP go to npm alone (a supervisor ending it). SIGINT goes to the whole group, as Ctrl+C in a
      // terminal does: sent to npm alone, npm forwards it to its shell, which per POSIX waits for its foreground
      // child, so nothing is killed and npm itself waits until the command has finished.
      if (signal === 'SIGINT') process.kill(-npm.pid!, signal);
      else npm.kill(signal);
      await npmExited;
      await until(() => !running(cliPid), 'the command line to stop');
      // LibreOffice runs in its own process group: all of it is gone, so nothing more can be written.
      await until(() => groupMembers(sofficePid).length === 0, 'LibreOffice to stop');
      const size = statSync(beat).size;
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(path.dirname(out))).toEqual([]);
      // The last check, after everything else: still the same size.
      expect(statSync(beat).size).toBe(size);
    }, 180_000);
  }
});
