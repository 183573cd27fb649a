import type { Action } from "../../content/actionsSchema.ts";
import type { Profile } from "../../content/vocabulary/profileSchema.ts";
import { checkCriteria } from "./checkCriteria.ts";
import type { ActionVerdict } from "./EligibilityReport.ts";
import { statusOf } from "./statusOf.ts";

/**
 * evaluateAction without the explanations: the status and how many criteria are still unknown.
 * Choosing the next question runs this for every answer of every question on every undecided
 * action, so it must not write texts nobody reads.
 */
export function assessAction(
  action: Action,
  profile: Profile,
): { status: ActionVerdict["status"]; unknown: number } {
  const outcomes = checkCriteria(action, profile, undefined)
    .filter(({ basis }) => basis === "document")
    .map(({ check }) => check.outcome);
  return { status: statusOf(outcomes), unknown: outcomes.filter((o) => o === "unknown").length };
}
