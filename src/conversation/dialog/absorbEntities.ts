import type { Understanding } from "../nlu/Understanding.ts";
import { findComune } from "../place/findComune.ts";
import type { Turn } from "./Turn.ts";

/**
 * What a free-text message already says about the user's situation ("negozio con 2 dipendenti a
 * Bergamo") goes into the profile, so the interview does not ask it again.
 */
export function absorbEntities(turn: Turn, understanding: Understanding): void {
  const { province, comune, employees, child_age } = understanding.entities;
  const profile = { ...turn.state.profile };
  const known = comune ? findComune(comune, turn.deps.content.territory) : undefined;
  if (province && province !== profile.province) {
    profile.province = province;
    // A comune of the old province no longer applies.
    delete profile.comune;
  }
  if (known && (!province || known.province === province)) {
    profile.province = known.province;
    profile.comune = known.name;
  }
  if (employees !== undefined) profile.workers = employees;
  if (child_age !== undefined) profile.children_ages = [child_age];
  turn.state.profile = profile;
}
