import type { Action } from "../../content/actionsSchema.ts";
import type { CriteriaTextsFile } from "../../content/criteriaTextsSchema.ts";
import type { Profile } from "../../content/vocabulary/profileSchema.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import { checkCriteria, type Vars } from "./checkCriteria.ts";
import type { ActionVerdict, Outcome, Reason } from "./EligibilityReport.ts";
import { statusOf } from "./statusOf.ts";

const OUTCOME_ORDER: Readonly<Record<Outcome, number>> = { fail: 0, unknown: 1, caution: 2, pass: 3 };

/**
 * Checks one action's criteria against a profile, with every reason explained in both languages.
 * An interpretation never decides: when it does not fit it becomes a caution in its own words
 * ("di solito…, conferma con la tua ATS"), and when it fits or is not known yet it is not mentioned.
 */
export function evaluateAction(action: Action, profile: Profile, texts: CriteriaTextsFile): ActionVerdict {
  const reasons: Reason[] = checkCriteria(action, profile, texts.labels).flatMap(({ key, check, basis }) => {
    const source = action.criteria_sources[key];
    if (source && "interpretation" in source) {
      return check.outcome === "fail"
        ? [{ criterion: key, outcome: "caution" as const, text: source.shown, basis }]
        : [];
    }
    const template = texts.criteria[key][check.outcome === "caution" ? "pass" : check.outcome];
    const { vars } = check;
    return [
      {
        criterion: key,
        outcome: check.outcome,
        basis,
        text: {
          it: renderTemplate(template.it, pick(vars, "it")),
          en: renderTemplate(template.en, pick(vars, "en")),
        },
      },
    ];
  });
  reasons.sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
  return {
    action: action.id,
    status: statusOf(reasons.map((r) => r.outcome)),
    reasons,
    title: action.title,
    form: action.form,
    por_fse: action.por_fse,
  };
}

function pick(vars: Vars, lang: "it" | "en"): Record<string, string> {
  return Object.fromEntries(Object.entries(vars).map(([name, text]) => [name, text[lang]]));
}
