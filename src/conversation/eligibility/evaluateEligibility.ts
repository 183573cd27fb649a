import type { Content } from "../../content/Content.ts";
import type { Profile } from "../../content/vocabulary/profileSchema.ts";
import { chooseNextQuestion } from "./chooseNextQuestion.ts";
import type { ActionVerdict, EligibilityReport } from "./EligibilityReport.ts";
import { evaluateAction } from "./evaluateAction.ts";
import { resolveAts } from "./resolveAts.ts";

/**
 * The eligibility engine: pure, so the same profile always gets the same verdict and every verdict
 * can be explained. Every action is checked; unknown answers leave an action undecided rather than
 * guessed, and the report says which question would decide the most.
 *
 * @param today ISO date, used for the ATS map (areas moved between ATS over time); omit for today's map.
 * @param pending the question being asked, kept next while it still matters (see chooseNextQuestion).
 */
export function evaluateEligibility(
  profile: Profile,
  content: Content,
  today?: string,
  pending?: string,
): EligibilityReport {
  const verdicts = content.actions.actions.map((action) => evaluateAction(action, profile, content.criteria));
  const ats = resolveAts(
    { province: profile.province, comune: profile.comune, on: today },
    content.territory,
  );
  return {
    verdicts,
    recommended: rankEligible(verdicts, profile),
    next_question: chooseNextQuestion(profile, content, verdicts, ats, pending),
    ats,
  };
}

/**
 * What the person asked about first, then the actions with no caution (an interpretation that does
 * not fit ranks an action lower, never out), then the most specific match, then catalogue order.
 */
function rankEligible(verdicts: readonly ActionVerdict[], profile: Profile): ActionVerdict["action"][] {
  const interests = new Set(profile.interests ?? []);
  return verdicts
    .map((verdict, index) => ({ verdict, index }))
    .filter(({ verdict }) => verdict.status === "eligible")
    .sort((a, b) => {
      const interest = Number(interests.has(b.verdict.action)) - Number(interests.has(a.verdict.action));
      if (interest !== 0) return interest;
      const cautions = cautionCount(a.verdict) - cautionCount(b.verdict);
      if (cautions !== 0) return cautions;
      const specificity = passCount(b.verdict) - passCount(a.verdict);
      return specificity !== 0 ? specificity : a.index - b.index;
    })
    .map(({ verdict }) => verdict.action);
}

function cautionCount(verdict: ActionVerdict): number {
  return verdict.reasons.filter((r) => r.outcome === "caution").length;
}

function passCount(verdict: ActionVerdict): number {
  return verdict.reasons.filter((r) => r.outcome === "pass").length;
}
