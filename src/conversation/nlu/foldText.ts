/**
 * Lower case without accents and with one kind of apostrophe: people write "perche", "perchè",
 * "perché" and "e'" for "è" interchangeably, so every comparison starts from this form.
 * The length is preserved character by character where possible, so offsets found on the folded
 * text still point into the original (accents are dropped, never expanded).
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}
