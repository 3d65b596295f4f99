/**
 * Reading the few parts of a .docx the import needs, within limits: the zip directory is checked (entry count,
 * declared uncompressed sizes) before anything is inflated, and inflation is streamed in small chunks and stopped
 * as soon as a part produces more than its directory declared, so a zip bomb costs neither memory nor time.
 * fflate inflates; the directory records are read here because fflate does not expose their offsets.
 */
import { Inflate } from 'fflate';
import { ImportError } from '../../../shared/import/errors';
import { IMPORT_LIMITS, formatSize } from '../../../shared/import/limits';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: bounds the output of one step (deflate expands ≤ 1032×). */
const INFLATE_CHUNK = 8 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipReader {
  readonly entries: Map<string, ZipEntry>;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileName: string,
  ) {
    this.entries = this.readDirectory();
  }

  private corrupt(): ImportError {
    return new ImportError('corrupt-docx', `Tệp «${this.fileName}» bị hỏng: không đọc được cấu trúc tệp .docx.`);
  }

  private view(): DataView {
    return new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }

  private readDirectory(): Map<string, ZipEntry> {
    const view = this.view();
    const length = this.bytes.length;
    let end = -1;
    // The end record sits in the last 22 bytes plus an optional comment of up to 65535 bytes.
    for (let at = length - 22; at >= Math.max(0, length - 22 - 0xffff); at -= 1) {
      if (view.getUint32(at, true) === END_OF_DIRECTORY) {
        end = at;
        break;
      }
    }
    if (end < 0) throw this.corrupt();
    const count = view.getUint16(end + 10, true);
    const directoryOffset = view.getUint32(end + 16, true);
    if (count === 0xffff || directoryOffset === 0xffffffff) {
      throw new ImportError('zip-bomb', `Tệp «${this.fileName}» quá lớn hoặc có cấu trúc bất thường, không nhập được.`);
    }
    if (count > IMPORT_LIMITS.maxZipEntries) {
      throw new ImportError('zip-bomb', `Tệp «${this.fileName}» chứa quá nhiều thành phần (${count}); không phải văn bản Word thông thường.`);
    }
    const entries = new Map<string, ZipEntry>();
    let declaredTotal = 0;
    let at = directoryOffset;
    for (let index = 0; index < count; index += 1) {
      if (at + 46 > length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw this.corrupt();
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      if (at + 46 + nameLength > length) throw this.corrupt();
      const entry: ZipEntry = {
        name: new TextDecoder().decode(this.bytes.subarray(at + 46, at + 46 + nameLength)),
        method: view.getUint16(at + 10, true),
        encrypted: (view.getUint16(at + 8, true) & 1) === 1,
        compressedSize: view.getUint32(at + 20, true),
        uncompressedSize: view.getUint32(at + 24, true),
        localHeaderOffset: view.getUint32(at + 42, true),
      };
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > IMPORT_LIMITS.maxZipUncompressedBytes) {
        throw new ImportError(
          'zip-bomb',
          `Tệp «${this.fileName}» khi giải nén lớn hơn ${formatSize(IMPORT_LIMITS.maxZipUncompressedBytes)}; không nhập tệp này để tránh treo máy.`,
        );
      }
      entries.set(entry.name, entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /** The part's bytes, or undefined when the .docx does not have it. */
  read(name: string, limit: number = IMPORT_LIMITS.maxXmlPartBytes): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.encrypted) {
      throw new ImportError('encrypted', `Tệp «${this.fileName}» được mã hóa, không đọc được nội dung.`);
    }
    if (entry.uncompressedSize > limit) {
      throw new ImportError(
        'zip-bomb',
        `Phần nội dung của «${this.fileName}» lớn hơn ${formatSize(limit)}; không nhập tệp này để tránh treo máy.`,
      );
    }
    const view = this.view();
    const header = entry.localHeaderOffset;
    if (header + 30 > this.bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) throw this.corrupt();
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw this.corrupt();
    const data = this.bytes.subarray(start, end);
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.uncompressedSize) throw this.corrupt();
      return data;
    }
    if (entry.method !== DEFLATED) throw this.corrupt();
    return this.inflate(data, entry.uncompressedSize);
  }

  /** Inflates in small steps and stops at the first byte beyond what the directory declared. */
  private inflate(data: Uint8Array, declared: number): Uint8Array {
    const out = new Uint8Array(declared);
    let written = 0;
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      if (written + chunk.length > declared) {
        throw new ImportError(
          'zip-bomb',
          `Tệp «${this.fileName}» khai báo sai kích thước khi giải nén (dấu hiệu tệp độc hại); không nhập tệp này.`,
        );
      }
      out.set(chunk, written);
      written += chunk.length;
      if (final) finished = true;
    });
    try {
      for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
        inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw this.corrupt();
    }
    if (!finished || written !== declared) throw this.corrupt();
    return out;
  }
}
