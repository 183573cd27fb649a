/**
 * One spelling for a place name, so that "Temù", "temu", "VEZZA D'OGLIO" and "Vezza d’Oglio" meet:
 * people type without accents, with curly or straight apostrophes, in any case.
 */
export function normalizePlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`´\-_.,/]+/g, " ")
    .replace(/[^\p{L}\p{N} ]+/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
