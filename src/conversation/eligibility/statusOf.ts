import type { ActionVerdict, Outcome } from "./EligibilityReport.ts";

/** Any failed criterion excludes; any unknown one leaves the action undecided. */
export function statusOf(outcomes: readonly Outcome[]): ActionVerdict["status"] {
  if (outcomes.includes("fail")) return "not_eligible";
  return outcomes.includes("unknown") ? "unknown" : "eligible";
}
