import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/cli/write-file-atomic';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thongbao-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    await writeFileAtomic(join(dir, 'a.docx'), new Uint8Array([80, 75, 3, 4]));
    expect([...(await readFile(join(dir, 'a.docx')))]).toEqual([80, 75, 3, 4]);
    expect(await readdir(dir)).toEqual(['a.docx']);
  });

  it('replaces an existing file', async () => {
    await writeFile(join(dir, 'a.docx'), 'old');
    await writeFileAtomic(join(dir, 'a.docx'), new TextEncoder().encode('new'));
    expect(await readFile(join(dir, 'a.docx'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.docx']);
  });

  it('removes its temporary file and keeps the target when the final rename fails', async () => {
    // A non-empty folder at the target makes the rename fail after the data was written.
    await mkdir(join(dir, 'a.docx'));
    await writeFile(join(dir, 'a.docx', 'keep.txt'), 'kept');
    await expect(writeFileAtomic(join(dir, 'a.docx'), new Uint8Array(1000))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['a.docx']);
    expect(await readFile(join(dir, 'a.docx', 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('fails without creating anything when the folder is missing', async () => {
    await expect(writeFileAtomic(join(dir, 'none', 'a.docx'), new Uint8Array(1))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
