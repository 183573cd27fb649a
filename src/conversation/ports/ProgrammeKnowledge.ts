/**
 * What the dialog needs to know about the programme (issue 3 builds it from intents/programme and
 * the eligibility engine): verdicts with reasons and the next question, answers to programme
 * questions, action descriptions, the local ATS network and whether the period is open.
 */
import type { Profile } from "../eligibility/profileSchema.ts";
import type { ActionId, AtsId, FormId, Lang, ProvinceCode } from "../ids.ts";
import type { Understanding } from "../nlu/Understanding.ts";
import type { Audience } from "../state/Audience.ts";
import type { Button } from "../turn.ts";

export interface InterviewQuestion {
  /** The profile field the answer fills: stored in the state to resume on the same question. */
  field: string;
  text: string;
  /** For short lists; free text is always accepted too. */
  buttons: Button[];
}

export interface ActionVerdict {
  action: ActionId;
  status: "eligible" | "not_eligible" | "unknown";
  /** In words a citizen understands. */
  reasons: string[];
}

export interface Assessment {
  verdicts: ActionVerdict[];
  /** Eligible actions, best first. */
  ranked: ActionId[];
  /** The question that would settle most unknowns; absent when the interview is over. */
  next?: InterviewQuestion;
}

export type AnswerReading = { ok: true; profile: Profile } | { ok: false };

export interface ProgrammeAnswer {
  text: string;
  actions?: ActionId[];
  buttons?: Button[];
}

export interface NetworkInfo {
  atsId: AtsId;
  /** "ATS della Montagna". */
  name: string;
  /** The ATS's institutional website. */
  website: string;
}

export type NetworkLookup = { ok: true; network: NetworkInfo } | { ok: false; reason: "need_comune" };

export interface ProgrammeKnowledge {
  assess(audience: Audience, profile: Profile, lang: Lang): Assessment;
  /** Reads the answer to the question about `field`; an unreadable answer is a returned value. */
  readAnswer(
    field: string,
    text: string,
    understanding: Understanding | undefined,
    profile: Profile,
  ): AnswerReading;
  /** An answer to a programme question (figures, ATS, POR FSE, deadlines), when there is one. */
  answer(
    understanding: Understanding,
    text: string,
    profile: Profile,
    lang: Lang,
  ): ProgrammeAnswer | undefined;
  actionTitle(action: ActionId, lang: Lang): string;
  /** What the action is and who may apply, in a few lines. */
  describeAction(action: ActionId, lang: Lang): string;
  /** The form that applies for the action. */
  actionForm(action: ActionId): FormId;
  findNetwork(province: ProvinceCode, comune: string | undefined, lang: Lang): NetworkLookup;
  /** Whether the period the actions belong to is open today (2017–2018 is closed). */
  periodIsOpen(): boolean;
}
