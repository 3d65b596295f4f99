/** What kind of file the bytes are, by their content (the extension only sharpens the message). */
import { ImportError } from '../../../shared/import/errors';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an old .doc, or a password-protected .docx (Word wraps it in one). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type FileKind = 'docx' | 'text';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Whether the bytes contain `name` as UTF-16LE, as the CFB directory stores its stream names. */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) throw new ImportError('empty', `Tệp «${fileName}» rỗng.`);
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasStreamName(bytes, 'EncryptedPackage')) {
      throw new ImportError(
        'encrypted',
        `Tệp «${fileName}» được bảo vệ bằng mật khẩu. Hãy mở bằng Word, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi nhập lại.`,
      );
    }
    if (hasStreamName(bytes, 'WordDocument') || extension === 'doc') {
      throw new ImportError(
        'legacy-doc',
        `Tệp «${fileName}» là định dạng Word cũ (.doc). Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.`,
      );
    }
    throw new ImportError('unsupported-type', `Tệp «${fileName}» không phải văn bản Word (.docx) hay tệp văn bản (.txt).`);
  }
  if (startsWith(bytes, ZIP_MAGIC)) return 'docx';
  if (extension === 'docx') {
    throw new ImportError('corrupt-docx', `Tệp «${fileName}» không phải tệp .docx hợp lệ (tệp bị hỏng hoặc không đúng định dạng).`);
  }
  if (extension === 'doc') {
    throw new ImportError('legacy-doc', `Tệp «${fileName}» không đọc được như văn bản Word. Hãy lưu lại dưới dạng .docx rồi nhập lại.`);
  }
  if (!['', 'txt', 'text'].includes(extension)) {
    throw new ImportError('unsupported-type', `Chỉ nhập được tệp .docx hoặc .txt; «${fileName}» không phải loại này.`);
  }
  return 'text';
}
