/**
 * The converter's failure paths with stand-in programs in place of soffice (a script that hangs, one that fails),
 * and where soffice is looked for on Windows and Linux.
 */
import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDocxToPdf, PdfConversionError } from '../../electron/services/pdf/convert-docx';
import { findSoffice, usualSofficePlaces } from '../../electron/services/pdf/find-soffice';
import { tempDir } from '../library/helpers';

const posix = process.platform !== 'win32';

function script(body: string): string {
  const file = path.join(tempDir(), 'fake-soffice');
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('thongbao-pdf-') && !name.startsWith('thongbao-pdf-ref-'));

describe.skipIf(!posix)('converting with a LibreOffice that misbehaves', () => {
  it('stops a conversion that hangs, with a clear Vietnamese message, and kills the process', async () => {
    const pidFile = path.join(tempDir(), 'pid');
    const soffice = script(`echo $$ > ${pidFile}\nsleep 600`);
    const before = new Set(leftovers());
    const error = await convertDocxToPdf(new Uint8Array([1, 2, 3]), { soffice, timeoutMs: 1_500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfConversionError);
    expect((error as PdfConversionError).problem).toBe('timeout');
    expect((error as PdfConversionError).message).toMatch(/^LibreOffice chưa chuyển xong tệp sang PDF sau 2 giây/);
    // The hung process is gone (signal 0 only checks existence) and its temporary folder removed.
    const pid = Number(readFileSync(pidFile, 'utf8'));
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await expect.poll(alive, { timeout: 10_000 }).toBe(false);
    expect(leftovers().filter((name) => !before.has(name))).toEqual([]);
  });

  it('reports a failing LibreOffice, and one that exits without writing a PDF', async () => {
    await expect(convertDocxToPdf(new Uint8Array([1]), { soffice: script('exit 3') })).rejects.toMatchObject({
      problem: 'failed',
      message: expect.stringContaining('mã lỗi 3'),
    });
    await expect(convertDocxToPdf(new Uint8Array([1]), { soffice: script('echo "Error: source file could not be loaded"') })).rejects.toMatchObject({
      problem: 'failed',
      message: 'LibreOffice không tạo ra tệp PDF. Không có tệp PDF nào được ghi.',
    });
  });

  it('reports a soffice that cannot be started', async () => {
    await expect(convertDocxToPdf(new Uint8Array([1]), { soffice: path.join(tempDir(), 'missing') })).rejects.toMatchObject({
      problem: 'cannot-start',
    });
  });

  it('gives LibreOffice a private profile and the PDF/A-2b filter', async () => {
    const argsFile = path.join(tempDir(), 'args');
    const soffice = script(`for a in "$@"; do echo "$a"; done > ${argsFile}\nexit 0`);
    await convertDocxToPdf(new Uint8Array([1]), { soffice }).catch(() => undefined);
    const args = readFileSync(argsFile, 'utf8').split('\n');
    expect(args[0]).toMatch(/^-env:UserInstallation=file:\/\/\/.*thongbao-pdf-.*\/profile$/);
    expect(args).toContain('--headless');
    expect(args).toContain('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}');
  });
});

describe('finding soffice', () => {
  it('looks in Program Files and the per-user install on Windows', () => {
    const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\vt\\AppData\\Local' };
    const places = usualSofficePlaces({ platform: 'win32', env });
    expect(places).toContain('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
    expect(places).toContain('C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
    expect(places).toContain('C:\\Users\\vt\\AppData\\Local\\Programs\\LibreOffice\\program\\soffice.exe');
    const found = findSoffice(undefined, { platform: 'win32', env, isFile: (f) => f === 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe' });
    expect(found).toEqual({ found: true, path: 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe', source: 'usual-place' });
  });

  it('looks in /usr/bin, /opt/libreoffice*, then PATH on Linux', () => {
    const listDir = (folder: string) => (folder === '/opt' ? ['libreoffice7.5', 'libreoffice24.8', 'google'] : []);
    const places = usualSofficePlaces({ platform: 'linux', env: {}, listDir });
    expect(places[0]).toBe('/usr/bin/soffice');
    expect(places).toContain('/opt/libreoffice7.5/program/soffice');
    expect(places).not.toContain('/opt/google/program/soffice');
    const onPath = findSoffice(undefined, { platform: 'linux', env: { PATH: '/home/vt/bin:/usr/games' }, listDir, isFile: (f) => f === '/home/vt/bin/soffice' });
    expect(onPath).toEqual({ found: true, path: '/home/vt/bin/soffice', source: 'path' });
  });

  it('uses the path set in Settings, and does not replace a wrong one with another LibreOffice', () => {
    const isFile = (f: string) => f === '/usr/bin/soffice' || f === '/srv/lo/soffice';
    expect(findSoffice('/srv/lo/soffice', { platform: 'linux', env: {}, isFile })).toEqual({ found: true, path: '/srv/lo/soffice', source: 'settings' });
    expect(findSoffice('/sai/soffice', { platform: 'linux', env: {}, isFile })).toEqual({ found: false, configured: '/sai/soffice', searched: ['/sai/soffice'] });
  });
});
