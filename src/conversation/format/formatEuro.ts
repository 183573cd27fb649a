import { formatItalianNumber } from "./formatItalianNumber.ts";

/** Amounts as the programme's documents write them: `2.466.804,74 €`, always with cents. */
export function formatEuro(euros: number): string {
  return `${formatItalianNumber(euros, 2)} €`;
}
