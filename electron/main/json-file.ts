/** Small JSON files of the shell in the data folder (window state, last folders): validated on read, written atomically. */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { z } from 'zod';
import { writeFileAtomic } from '../services/files/atomic-write';

/** The file's content if it parses and matches `schema`; otherwise (missing, damaged, hand-edited) `fallback`. */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, fallback: z.output<S>): z.output<S> {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
}

/**
 * The same, synchronously: for the window state, saved while the window closes, when the app may quit before an
 * asynchronous write would finish. A temporary file renamed over the old one, so a cut leaves the old state.
 */
export function writeJsonFileSync(file: string, value: unknown): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, `${JSON.stringify(value, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
