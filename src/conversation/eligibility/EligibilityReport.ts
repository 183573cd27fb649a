import type { ActionId, FormId } from "../../content/ids.ts";
import type { LocalizedText } from "../../content/localizedTextSchema.ts";
import type { CriterionKey } from "../../content/vocabulary/criterionKeys.ts";
import type { QuestionId } from "../../content/vocabulary/questionIds.ts";
import type { Button } from "../turn.ts";
import type { AtsResolution } from "./resolveAts.ts";

/** "caution": an interpretation that does not fit; it is said ("di solito…") but excludes no one. */
export type Outcome = "pass" | "fail" | "unknown" | "caution";
export type EligibilityStatus = "eligible" | "not_eligible" | "unknown";
/** Whether a criterion is stated by the programme document or is an interpretation of it. */
export type Basis = "document" | "interpretation";

/** One criterion, checked and explained in words a citizen understands. */
export type Reason = { criterion: CriterionKey; outcome: Outcome; text: LocalizedText; basis: Basis };

export type ActionVerdict = {
  action: ActionId;
  status: EligibilityStatus;
  /** Failed criteria first, then the ones not yet known, then cautions, then those passed. */
  reasons: Reason[];
  title: LocalizedText;
  form: FormId;
  por_fse: boolean;
};

export type NextQuestion = {
  id: QuestionId;
  input: "choice" | "number" | "ages" | "yes_no" | "place";
  text: LocalizedText;
  /** Empty when the answer is free text (a place, a number not in the bands). */
  buttons: { it: Button[]; en: Button[] };
  /** How many undecided actions the answer decides, on average over the possible answers. */
  settles: number;
};

/** The engine's verdict: every action with its reasons, the best ones first, what to ask next. */
export type EligibilityReport = {
  verdicts: ActionVerdict[];
  /** Eligible actions, best first: those the person asked about, then the most specific match. */
  recommended: ActionId[];
  next_question: NextQuestion | null;
  ats: AtsResolution;
};
