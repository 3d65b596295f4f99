/** Small helpers the Settings forms share: one value per line of a text area, and ids for new entries. */

/** The non-empty lines of a text area, trimmed. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A fresh id for a new entry of a settings list (`preset-…`, `form-…`, `signer-…`). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
