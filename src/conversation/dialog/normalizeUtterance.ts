/**
 * One spelling for comparing what people type with commands, labels and field names: no case, no
 * accents, apostrophes and punctuation as spaces ("Un’attività!" and "un attivita" meet).
 */
export function normalizeUtterance(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, " ")
    .replace(/(^|\s)\.+|\.+(\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
