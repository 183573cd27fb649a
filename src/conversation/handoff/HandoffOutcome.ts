import { z } from "zod";

/** How a staff member closes an escalated conversation; counted on the dashboard. */
export const HandoffOutcomeSchema = z.enum(["resolved", "referred", "no_reply", "out_of_scope", "duplicate"]);
export type HandoffOutcome = z.infer<typeof HandoffOutcomeSchema>;

export const HANDOFF_OUTCOME_LABELS: Record<HandoffOutcome, string> = {
  resolved: "Risolta",
  referred: "Indirizzata ad altro ufficio o rete",
  no_reply: "L'utente non risponde",
  out_of_scope: "Fuori ambito",
  duplicate: "Duplicata",
};
