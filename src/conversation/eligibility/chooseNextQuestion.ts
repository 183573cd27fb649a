import type { Content } from "../../content/Content.ts";
import type { Question } from "../../content/questionsSchema.ts";
import type { Profile } from "../../content/vocabulary/profileSchema.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import { assessAction } from "./assessAction.ts";
import type { ActionVerdict, NextQuestion, Reason } from "./EligibilityReport.ts";
import { questionButtons } from "./questionButtons.ts";
import type { AtsResolution } from "./resolveAts.ts";

/** An undecided action the person asked about counts this much more than any other. */
const INTEREST_WEIGHT = 10;
/** Deciding an action outweighs learning one of its criteria without deciding it. */
const DECIDED_WEIGHT = 100;

/**
 * The question whose answer decides the most undecided actions: each button's answer is tried on a
 * copy of the profile and the newly decided actions are counted, averaged over the buttons (a criterion
 * learnt without deciding its action counts a little, so a needed but never-failing question is still
 * asked). Ties go to the order of questions.yaml. When eligibility is settled, the place is asked if the ATS is not known.
 * A `pending` question (the one the person was asked when they corrected something) is kept while
 * it still matters, so a correction does not change the subject under them.
 */
export function chooseNextQuestion(
  profile: Profile,
  content: Content,
  verdicts: readonly ActionVerdict[],
  ats: AtsResolution,
  pending?: string,
): NextQuestion | null {
  const undecided = content.actions.actions.filter(
    (action) => verdicts.find((v) => v.action === action.id)?.status === "unknown",
  );
  const interests = new Set(profile.interests ?? []);
  const verdictOf = (id: string) => verdicts.find((v) => v.action === id)?.reasons ?? [];
  let best: { question: Question; weighted: number; settles: number } | undefined;
  for (const question of content.questions.questions) {
    if (question.input === "place" || question.options.length === 0) continue;
    const answeredBy = question.answered_by ?? [question.field];
    if (answeredBy.some((field) => profile[field] !== undefined)) continue;
    const skipped = profile.skipped_questions ?? [];
    if (skipped.includes(question.id) || skipped.includes(question.field)) continue;
    let settled = 0;
    let weighted = 0;
    for (const option of question.options) {
      const trial: Profile = { ...profile, ...option.set };
      for (const action of undecided) {
        const weight = interests.has(action.id) ? INTEREST_WEIGHT : 1;
        const after = assessAction(action, trial);
        if (after.status !== "unknown") {
          settled += 1;
          weighted += weight * DECIDED_WEIGHT;
        } else {
          weighted += weight * (unknownCount(verdictOf(action.id)) - after.unknown);
        }
      }
    }
    const count = question.options.length;
    if (weighted > 0 && question.id === pending) return toNextQuestion(question, settled / count, {});
    if (weighted > 0 && (best === undefined || weighted / count > best.weighted)) {
      best = { question, weighted: weighted / count, settles: settled / count };
    }
  }
  if (ats.ok) return best ? toNextQuestion(best.question, Math.round(best.settles * 100) / 100, {}) : null;
  const placePending = pending === "province" || pending === "comune";
  if (best && !placePending) return toNextQuestion(best.question, Math.round(best.settles * 100) / 100, {});
  const placeQuestion = (id: "province" | "comune") => content.questions.questions.find((q) => q.id === id);
  if (ats.reason === "need_comune" || ats.reason === "unknown_comune") {
    const question = placeQuestion("comune");
    const areas = ats.reason === "need_comune" ? ats.areas.join(", ") : splitAreas(content, ats.province);
    return question ? toNextQuestion(question, 0, { areas }) : null;
  }
  const question = placeQuestion("province");
  return question ? toNextQuestion(question, 0, {}) : null;
}

function unknownCount(reasons: readonly Reason[]): number {
  return reasons.filter((r) => r.outcome === "unknown").length;
}

function splitAreas(content: Content, province: string | undefined): string {
  const found = content.territory.provinces.find((p) => p.code === province);
  return found ? found.split.map((a) => a.name).join(", ") : "";
}

function toNextQuestion(question: Question, settles: number, values: Record<string, string>): NextQuestion {
  return {
    id: question.id,
    input: question.input,
    text: { it: renderTemplate(question.text.it, values), en: renderTemplate(question.text.en, values) },
    buttons: questionButtons(question),
    settles,
  };
}
