/**
 * Folding Vietnamese text for matching and search: lower case, no diacritics, `đ` → `d`, spaces collapsed.
 * The one place this is done (SQLite has no ICU here; agency matching and search both use it).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
