/** Bytes of a text file → a string: UTF-8 (with or without BOM) or UTF-16 with its BOM. */
import { ImportError } from '../../../shared/import/errors';

/** More C0 control characters than this share means the bytes are not text. */
const MAX_CONTROL_SHARE = 0.001;

function bomEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return { encoding: 'utf-8', skip: 0 };
}

export function decodeText(bytes: Uint8Array, fileName: string): string {
  const { encoding, skip } = bomEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    throw new ImportError(
      'not-text',
      `Tệp «${fileName}» không phải văn bản Unicode (UTF-8 hoặc UTF-16) đọc được. Nếu là văn bản gõ bằng bảng mã cũ (TCVN3, VNI), hãy chuyển sang Unicode rồi nhập lại.`,
    );
  }
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > text.length * MAX_CONTROL_SHARE) {
    throw new ImportError('not-text', `Tệp «${fileName}» không phải tệp văn bản (có dữ liệu nhị phân).`);
  }
  if (text.trim() === '') throw new ImportError('empty', `Tệp «${fileName}» không có nội dung.`);
  return text;
}
