import { normalizeUtterance } from "../dialog/normalizeUtterance.ts";
import type { Turn } from "../dialog/Turn.ts";

/** The "Altro" province button (or the word typed), in either language. */
export function isOtherPlace(turn: Turn, text: string): boolean {
  const said = normalizeUtterance(text);
  const { it, en } = turn.deps.content.responses;
  return (
    said !== "" && [it.place.other_button, en.place.other_button].some((o) => normalizeUtterance(o) === said)
  );
}
