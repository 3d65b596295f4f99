/** Shared set-up for the library's tests: real database files in temporary folders, real resources. */
import { parseStoredNotice } from '../../shared/notice/migrate';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { ApiMethodName, ApiRequest, ApiResponse } from '../../shared/api';
import { dispatchApiCall } from '../../shared/api-dispatch';
import { type Notice } from '../../shared/notice/schema';
import { openLibrary, type Library, type OpenLibraryOptions } from '../../electron/services/library/open';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE_PATH = path.join(ROOT, 'resources/samples/lai-chau-2020-09.notice.json');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'thongbao-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A library in `dataDir` (a new temporary folder by default), closed after the test. */
export function openTestLibrary(options: Partial<OpenLibraryOptions> = {}): Library {
  const library = openLibrary({ dataDir: options.dataDir ?? path.join(tempDir(), 'data'), ...options });
  cleanups.push(() => library.db.open && library.close());
  return library;
}

/** Calls through the validating boundary, as every transport does. */
export function call<M extends ApiMethodName>(library: Library, method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> {
  return dispatchApiCall(library.api, method, request) as Promise<ApiResponse<M>>;
}

/** The Lai Châu notice of the September 2020 session, as the sample helper transcribed it. */
export function sampleNotice(): Notice {
  return parseStoredNotice(JSON.parse(fs.readFileSync(SAMPLE_PATH, 'utf8')));
}

/** A clock the test moves by hand. */
export function testClock(start = '2026-11-27T09:00:00.000Z') {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
    set(iso: string) {
      time = Date.parse(iso);
    },
  };
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
