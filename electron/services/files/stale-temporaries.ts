/**
 * Temporary files left by a write that was killed before it could clean up (see atomic-write.ts): they are named
 * `.<target>.<pid>.<12 hex>.tmp`. The next write into the same folder removes those whose process has ended; a
 * temporary of a process still running (another export under way) is left alone.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';

const TEMPORARY_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/u;

export function temporaryName(target: string, pid: number, random: string): string {
  return `.${target}.${pid}.${random}.tmp`;
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporaries in `folder` left by processes that have ended; never fails the write that calls it. */
export async function removeStaleTemporaries(folder: string): Promise<string[]> {
  const removed: string[] = [];
  const names = await fsp.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(TEMPORARY_NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid || processIsRunning(pid)) continue;
    const entry = await fsp.lstat(join(folder, name)).catch(() => undefined);
    if (!entry?.isFile()) continue;
    await fsp.rm(join(folder, name), { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
