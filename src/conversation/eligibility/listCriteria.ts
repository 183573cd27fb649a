import type { Content } from "../../content/Content.ts";
import type { ActionId } from "../../content/ids.ts";
import { CRITERION_KEYS, type CriterionKey } from "../../content/vocabulary/criterionKeys.ts";
import type { Basis } from "./EligibilityReport.ts";

export interface CriterionListing {
  action: ActionId;
  criterion: CriterionKey;
  /** The rule as written in actions.yaml, in short ("3", "commercial, artisan", "0–17 anni"). */
  rule: string;
  basis: Basis;
  /** The quoted line of the document, or the reason of the interpretation. */
  source: string;
  note?: string;
}

/**
 * Every eligibility criterion of every action with where it comes from, for staff and for the facts
 * evaluation: a rule the document does not state must show up here as an interpretation.
 */
export function listCriteria(content: Content): CriterionListing[] {
  return content.actions.actions.flatMap((action) =>
    CRITERION_KEYS.flatMap((key): CriterionListing[] => {
      const rule = action.criteria[key];
      const source = action.criteria_sources[key];
      if (rule === undefined || source === undefined) return [];
      const common = { action: action.id, criterion: key, rule: describeRule(rule) };
      return "interpretation" in source
        ? [{ ...common, basis: "interpretation", source: source.interpretation }]
        : [
            {
              ...common,
              basis: "document",
              source: source.quote,
              ...(source.note ? { note: source.note } : {}),
            },
          ];
    }),
  );
}

function describeRule(rule: unknown): string {
  if (Array.isArray(rule)) return rule.map(String).join(", ");
  if (rule === true) return "sì";
  if (rule !== null && typeof rule === "object") {
    const band = Object.fromEntries(Object.entries(rule));
    if ("min" in band) {
      return "below" in band ? `${band.min}–${Number(band.below) - 1} anni` : `da ${band.min} anni`;
    }
    return Object.entries(band)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(", ");
  }
  return String(rule);
}
