/**
 * Bounds on what an import reads, so that a hostile or broken file fails fast with a message instead of taking the
 * app's time or memory. A real notice is a few dozen kilobytes of text.
 */
export const IMPORT_LIMITS = {
  /** A text file or pasted text: about 300 pages. */
  maxTextBytes: 1024 * 1024,
  /** A .docx file on disk (pictures included). */
  maxDocxBytes: 10 * 1024 * 1024,
  /** Files inside a .docx. */
  maxZipEntries: 2000,
  /** Sum of the uncompressed sizes the .docx's directory declares. */
  maxZipUncompressedBytes: 50 * 1024 * 1024,
  /** The main document part (word/document.xml) and each other XML part read. */
  maxXmlPartBytes: 16 * 1024 * 1024,
} as const;

/** Characters of base64 that carry at most `maxDocxBytes` (the API's request bound). */
export const MAX_IMPORT_BASE64_LENGTH = Math.ceil(IMPORT_LIMITS.maxDocxBytes / 3) * 4;

/** "1,5 MB" for messages. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
