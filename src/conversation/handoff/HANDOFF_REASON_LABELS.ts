import type { HandoffReason } from "../dialog/TurnEffect.ts";

/** The reasons as staff read them in the queue and in the forwarded transcript. */
export const HANDOFF_REASON_LABELS: Record<HandoffReason, string> = {
  user_request: "L'utente ha chiesto una persona",
  not_understood: "L'assistente non ha capito due volte di seguito",
  flow: "Caso che le regole non sanno decidere",
};
