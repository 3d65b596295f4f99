/**
 * Atomic writing of the user's files: a write that fails midway (disk full during the write, a flush error, a target
 * locked by Word) leaves the previous file exactly as it was and no temporary file behind. The failures are
 * injected into the real file system calls; the files are real.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileWriteError, writeFileAtomic, type AtomicWriteFs } from '../../electron/services/files/atomic-write';
import { tempDir } from '../library/helpers';

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

function folderWithPreviousFile() {
  const folder = tempDir('thongbao-atomic-');
  const target = path.join(folder, 'TB-05-2020-10-05.docx');
  const previous = Buffer.from('the previous export, complete and valid');
  fs.writeFileSync(target, previous);
  return { folder, target, previous, entries: () => fs.readdirSync(folder).sort() };
}

/** The real calls, except that the temporary file's content write stops halfway with `code`. */
function failingWrite(code: string): AtomicWriteFs {
  return {
    rename: fsp.rename,
    rm: fsp.rm,
    open: (async (file: string, flags: string) => {
      const handle = await fsp.open(file, flags);
      if (flags !== 'wx') return handle;
      return Object.assign(Object.create(handle) as fsp.FileHandle, {
        async writeFile(data: Uint8Array) {
          await handle.write(data, 0, Math.floor(data.length / 2));
          throw errno(code);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    }) as AtomicWriteFs['open'],
  };
}

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one, leaving nothing else in the folder', async () => {
    const { target, entries } = folderWithPreviousFile();
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    await writeFileAtomic(target, bytes);
    expect(fs.readFileSync(target).equals(Buffer.from(bytes))).toBe(true);
    expect(entries()).toEqual(['TB-05-2020-10-05.docx']);
    const other = path.join(path.dirname(target), 'mới.docx');
    await writeFileAtomic(other, new TextEncoder().encode('x'));
    expect(fs.readFileSync(other, 'utf8')).toBe('x');
  });

  it('keeps the previous file intact when the disk fills up during the write', async () => {
    const { target, previous, entries } = folderWithPreviousFile();
    const error = await writeFileAtomic(target, new Uint8Array(100_000).fill(7), { fs: failingWrite('ENOSPC') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error).toMatchObject({ problem: 'disk-full', systemCode: 'ENOSPC' });
    expect((error as Error).message).toContain('ổ đĩa đã đầy');
    expect(fs.readFileSync(target).equals(previous)).toBe(true);
    expect(entries()).toEqual(['TB-05-2020-10-05.docx']);
  });

  it('keeps the previous file intact when flushing to disk fails', async () => {
    const { target, previous, entries } = folderWithPreviousFile();
    const fsWithFailingSync: AtomicWriteFs = {
      ...failingWrite('EIO'),
      open: (async (file: string, flags: string) => {
        const handle = await fsp.open(file, flags);
        if (flags !== 'wx') return handle;
        return Object.assign(Object.create(handle) as fsp.FileHandle, {
          writeFile: (data: Uint8Array) => handle.writeFile(data),
          sync: async () => {
            throw errno('EIO');
          },
          close: () => handle.close(),
        });
      }) as AtomicWriteFs['open'],
    };
    const error = await writeFileAtomic(target, new Uint8Array(10).fill(1), { fs: fsWithFailingSync }).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'other', systemCode: 'EIO' });
    expect(fs.readFileSync(target).equals(previous)).toBe(true);
    expect(entries()).toEqual(['TB-05-2020-10-05.docx']);
  });

  it('says the file is open in Word when the target is locked, and keeps it intact', async () => {
    for (const [code, platform] of [['EBUSY', 'linux'], ['EPERM', 'win32'], ['EACCES', 'win32']] as const) {
      const { target, previous, entries } = folderWithPreviousFile();
      let attempts = 0;
      const locked: AtomicWriteFs = {
        ...fsp,
        rename: async () => {
          attempts++;
          throw errno(code);
        },
      };
      const error = await writeFileAtomic(target, new Uint8Array(10), { fs: locked, platform, retryDelayMs: 1 }).catch((e: unknown) => e);
      expect(error, code).toMatchObject({ problem: 'locked', systemCode: code });
      expect((error as Error).message).toContain('đang mở trong Word');
      expect(fs.readFileSync(target).equals(previous)).toBe(true);
      expect(entries()).toEqual(['TB-05-2020-10-05.docx']);
      // Windows gets a few retries (antivirus, indexer); a lock that stays is then reported.
      expect(attempts).toBe(platform === 'win32' ? 5 : 1);
    }
  });

  it('succeeds when a lock clears during the retries on Windows', async () => {
    const { target } = folderWithPreviousFile();
    let attempts = 0;
    const briefly: AtomicWriteFs = {
      ...fsp,
      rename: async (from, to) => {
        if (++attempts < 3) throw errno('EPERM');
        await fsp.rename(from, to);
      },
    };
    await writeFileAtomic(target, new TextEncoder().encode('new'), { fs: briefly, platform: 'win32', retryDelayMs: 1 });
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });

  it('reports a permission problem as such outside Windows', async () => {
    const { target, previous } = folderWithPreviousFile();
    const denied: AtomicWriteFs = { ...fsp, rename: async () => Promise.reject(errno('EACCES')) };
    const error = await writeFileAtomic(target, new Uint8Array(1), { fs: denied, platform: 'linux' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: 'no-permission' });
    expect(fs.readFileSync(target).equals(previous)).toBe(true);
  });

  it('fails cleanly for a folder that does not exist and for a target that is a folder', async () => {
    const folder = tempDir('thongbao-atomic-');
    const missing = await writeFileAtomic(path.join(folder, 'gone', 'a.docx'), new Uint8Array(1)).catch((e: unknown) => e);
    expect(missing).toMatchObject({ problem: 'folder-missing' });
    expect((missing as Error).message).toContain('thư mục không còn tồn tại');

    const directory = path.join(folder, 'TB.docx');
    fs.mkdirSync(directory);
    fs.writeFileSync(path.join(directory, 'inside.txt'), 'kept');
    const error = await writeFileAtomic(directory, new Uint8Array(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect(fs.readFileSync(path.join(directory, 'inside.txt'), 'utf8')).toBe('kept');
    expect(fs.readdirSync(folder)).toEqual(['TB.docx']);
  });
});

describe('temporaries left by a killed write', () => {
  it('are removed by the next write into the folder, when their process has ended', async () => {
    const { folder, target } = folderWithPreviousFile();
    // The pid of a process that has ended, as a killed export's would be.
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    const stale = [`.TB-05-2020-10-05.docx.${ended}.0123456789ab.tmp`, `.TB-04-2020-09-01.docx.${ended}.ba9876543210.tmp`];
    const kept = [`.TB-05-2020-10-05.docx.${process.pid}.00aa11bb22cc.tmp`, 'ghi-chu.tmp', `.TB-06.docx.${ended}.not-hex.tmp`];
    for (const name of [...stale, ...kept]) fs.writeFileSync(path.join(folder, name), 'half an export');
    await writeFileAtomic(target, Buffer.from('the new export'));
    expect(fs.readdirSync(folder).sort()).toEqual([...kept, 'TB-05-2020-10-05.docx'].sort());
    expect(fs.readFileSync(target, 'utf8')).toBe('the new export');
  });
});
