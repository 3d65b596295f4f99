/**
 * Strips characters that are not allowed in XML 1.0 / Word documents (C0 and C1 controls other than
 * tab, line feed and carriage return; lone surrogates; U+FFFE/U+FFFF), and the invisible bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a document code or a
 * sentence read differently from what it says and have no place in Vietnamese text; and normalises to NFC so
 * that composed Vietnamese letters are stored and exported one way.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripControlCharacters(text: string): string {
  return text.normalize('NFC').replace(FORBIDDEN, '');
}
