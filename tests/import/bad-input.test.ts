/**
 * Files that are not notices, or are hostile: each gives an ImportError with a Vietnamese message, quickly, without
 * crashing and without writing anything. Every fixture is generated here.
 */
import { parseStoredNotice } from '../../shared/notice/migrate';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../shared/docx/build-notice-docx';
import { ImportError, type ImportErrorCode } from '../../shared/import/errors';
import { importBytes, importFile, importText } from '../../electron/services/import/import-file';
import { IMPORT_LIMITS } from '../../shared/import/limits';
import { SAMPLE_NOTICE_PATH, SAMPLE_TEXT_PATH, laiChauDirectory, officeDefaults } from './helpers';

const options = () => ({ directory: laiChauDirectory(), defaults: officeDefaults() });
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'import-bad-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Writes `bytes` as `name`, imports it, and checks the error's code and that the message is Vietnamese. */
async function expectImportError(name: string, bytes: Uint8Array, code: ImportErrorCode, message: RegExp): Promise<void> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  const before = await readdir(folder);
  const error = await importFile(path, options()).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
  expect((error as ImportError).message).toMatch(message);
  expect((error as ImportError).message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  expect(await readdir(folder)).toEqual(before);
}

/** The start of an OLE compound file, with a directory entry named `stream` (as Word stores it, UTF-16LE). */
function compoundFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set(Buffer.from(stream, 'utf16le'), 1024);
  return bytes;
}

describe('importFile with bad input', () => {
  it('rejects binary garbage', async () => {
    await expectImportError('rac.txt', randomBytes(64 * 1024), 'not-text', /không phải văn bản/);
    await expectImportError('rac', randomBytes(4096), 'not-text', /không phải văn bản/);
    // Valid UTF-8 that is still binary: control characters and NULs.
    await expectImportError('nul.txt', strToU8('Thông báo\u0000\u0001\u0002 kết luận'), 'not-text', /nhị phân/);
  });

  it('rejects an empty file and a file of blanks', async () => {
    await expectImportError('rong.txt', new Uint8Array(0), 'empty', /rỗng/);
    await expectImportError('trang.txt', strToU8('  \n\t\r\n   '), 'empty', /không có nội dung/);
  });

  it('rejects a 5 MB text without reading it as a notice', async () => {
    const line = 'Sở Y tế tiếp tục rà soát, báo cáo UBND tỉnh trước ngày 15/10/2020.\n';
    const big = strToU8(line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)));
    await expectImportError('lon.txt', big, 'too-large', /quá lớn .*MB/);
    expect(() => importText(new TextDecoder().decode(big), 'dán', options())).toThrow(ImportError);
  });

  it('rejects a .docx file larger than the limit', async () => {
    const bytes = new Uint8Array(IMPORT_LIMITS.maxDocxBytes + 10);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    await expectImportError('lon.docx', bytes, 'too-large', /quá lớn/);
  });

  it('rejects corrupt .docx files', async () => {
    const notice = parseStoredNotice(JSON.parse(readFileSync(SAMPLE_NOTICE_PATH, 'utf8')));
    const good = await buildNoticeDocx(notice);
    await expectImportError('cut.docx', good.subarray(0, Math.floor(good.length / 2)), 'corrupt-docx', /bị hỏng/);
    await expectImportError('not-zip.docx', strToU8('Đây không phải tệp Word'), 'corrupt-docx', /không phải tệp \.docx hợp lệ/);
    await expectImportError('no-body.docx', zipSync({ 'hello.txt': strToU8('xin chào') }), 'corrupt-docx', /thiếu phần nội dung chính/);
    await expectImportError(
      'bad-xml.docx',
      zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body><w:p>') }),
      'corrupt-docx',
      /bị hỏng/,
    );
    // Flip bytes inside the compressed document part: inflation or XML parsing must fail cleanly.
    const damaged = good.slice();
    const partStart = Buffer.from(damaged).indexOf('word/document.xml') + 100;
    for (let at = partStart; at < partStart + 4000; at += 7) damaged[at] = (damaged[at] ?? 0) ^ 0x5a;
    expect(() => importBytes(damaged, 'damaged.docx', options())).toThrow(ImportError);
  });

  it('rejects a password-protected .docx, naming the cause', async () => {
    await expectImportError('mat-khau.docx', compoundFile('EncryptedPackage'), 'encrypted', /mật khẩu/);
  });

  it('rejects an old Word .doc, asking to save it as .docx', async () => {
    await expectImportError('cu.doc', compoundFile('WordDocument'), 'legacy-doc', /Word cũ \(\.doc\).*\.docx/);
    await expectImportError('cu2.docx', compoundFile('WordDocument'), 'legacy-doc', /Word cũ/);
  });

  it('rejects a zip bomb from its directory, before inflating', async () => {
    // 60 MB of zeros compress to a few dozen kilobytes.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectImportError('bomb.docx', bomb, 'zip-bomb', /giải nén lớn hơn 50,0 MB/);
  });

  it('stops inflating a part that lies about its size', async () => {
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    // Declare 1 000 bytes in both the local header and the directory entry.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(22, 1000, true);
    for (let at = bytes.length - 22; at >= 0; at -= 1) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 1000, true);
        break;
      }
    }
    await expectImportError('liar.docx', bytes, 'zip-bomb', /khai báo sai kích thước/);
  });

  it('rejects a zip with thousands of entries', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let index = 0; index <= IMPORT_LIMITS.maxZipEntries; index += 1) entries[`f/${index}.xml`] = strToU8('<a/>');
    await expectImportError('many.docx', zipSync(entries, { level: 0 }), 'zip-bomb', /quá nhiều thành phần/);
  });

  it('rejects other file types and missing files', async () => {
    await expectImportError('tai-lieu.pdf', strToU8('%PDF-1.7\n'), 'unsupported-type', /Chỉ nhập được tệp \.docx hoặc \.txt/);
    const missing = await importFile(join(folder, 'khong-co.txt'), options()).catch((thrown: unknown) => thrown);
    expect((missing as ImportError).code).toBe('read-failed');
    expect((missing as ImportError).message).toMatch(/không tìm thấy tệp/);
    await mkdir(join(folder, 'thu-muc.txt'));
    const directory = await importFile(join(folder, 'thu-muc.txt'), options()).catch((thrown: unknown) => thrown);
    expect((directory as ImportError).message).toMatch(/không phải là một tệp/);
  });
});

describe('importFile with good text files', () => {
  it('reads UTF-8 with a BOM and UTF-16 (LE and BE) by their BOM', async () => {
    const text = readFileSync(SAMPLE_TEXT_PATH, 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    for (const [name, bytes] of [['le.txt', le], ['be.txt', be], ['bom.txt', utf8]] as const) {
      await writeFile(join(folder, name), bytes);
      const { notice } = await importFile(join(folder, name), options());
      expect(notice.body.filter((b) => b.type === 'task'), name).toHaveLength(16);
      expect(notice.summary).toMatch(/^Kết luận của Chủ tịch UBND tỉnh/);
    }
  });
});
