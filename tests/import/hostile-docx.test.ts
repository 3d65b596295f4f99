/**
 * Hostile .docx files (made by ./hostile-docx.ts): absurd list numbers and deep nesting are bad input, refused
 * with a Vietnamese message, in the library and by the command line (exit 2, no stack trace).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../electron/services/import/import-file';
import { ImportError } from '../../shared/import/errors';
import { runCli } from '../cli/run-cli';
import { laiChauDirectory, officeDefaults } from './helpers';
import { absurdNumberingFiles, deeplyNestedFiles, largeButValidNumberingFile } from './hostile-docx';

const options = () => ({ directory: laiChauDirectory(), defaults: officeDefaults() });

function importError(bytes: Uint8Array, name: string): ImportError {
  try {
    importBytes(bytes, name, options());
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error(`${name} was imported`);
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'thongbao-hostile-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('list numbering beyond what Word allows', () => {
  it.each(absurdNumberingFiles())('$name is bad input with a Vietnamese message', ({ name, bytes }) => {
    const error = importError(bytes, name);
    expect(error.code).toBe('bad-numbering');
    expect(error.message).toContain(`Tệp «${name}» có danh sách`);
    expect(error.message).toContain('Hãy mở tệp trong Word');
  });

  it('a long list whose roman numbers pass 3999 is read, with digits where roman numerals stop', () => {
    const { name, bytes } = largeButValidNumberingFile();
    const result = importBytes(bytes, name, options());
    const text = JSON.stringify(result.notice);
    expect(text).toContain('Sở Tài chính chủ trì');
    expect(text).toContain('Sở Xây dựng hoàn thành');
  });
});

describe('deep nesting', () => {
  it.each(deeplyNestedFiles())('$name is bad input, not a stack overflow', ({ name, bytes }) => {
    const error = importError(bytes, name);
    expect(error.code).toBe('too-deep');
    expect(error.message).toContain('lồng nhau quá sâu');
  });

  it('a few levels, as real notices have, are read', () => {
    for (const { name, bytes } of deeplyNestedFiles(5)) {
      expect(JSON.stringify(importBytes(bytes, name, options()).notice)).toContain('Kết luận');
    }
  });
});

describe('the command line', () => {
  it('stops on every hostile file with exit 2, a Vietnamese message and no stack trace', async () => {
    for (const { name, bytes } of [...absurdNumberingFiles(), ...deeplyNestedFiles()]) {
      await writeFile(join(folder, name), bytes);
      const result = await runCli(['import', name, '-o', 'out.json'], { cwd: folder });
      expect(result.code, `${name}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(/danh sách|lồng nhau quá sâu/u);
      expect(result.stderr).not.toMatch(/\n\s+at /u);
    }
  }, 300_000);
});
