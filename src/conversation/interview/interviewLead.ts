import type { Turn } from "../dialog/Turn.ts";
import type { Audience } from "../state/Audience.ts";

/** The line that opens a door's interview ("Vediamo quali azioni… fanno per la tua impresa"). */
export function interviewLead(turn: Turn, audience: Audience): string {
  const r = turn.r.interview;
  return audience === "firm"
    ? r.start_firm
    : audience === "family"
      ? r.start_family
      : r.start_self_employment;
}
