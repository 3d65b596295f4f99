/** Small JSON files of the shell in the data folder (window state, last folders): validated on read, written atomically. */
import { readFileSync } from 'node:fs';
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
