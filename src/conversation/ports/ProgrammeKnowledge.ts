/**
 * What the dialog needs to know about the programme (issue 3 builds it from intents/programme and
 * the eligibility engine): verdicts with reasons and the next question, answers to programme
 * questions, action descriptions, the local ATS network and whether the period is open.
 */

import type { ActionId, AtsId, Lang, ProvinceCode } from "../../content/ids.ts";
import type { Profile } from "../../content/vocabulary/profileSchema.ts";
import type { TopicId } from "../../content/vocabulary/topicIds.ts";
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

/**
 * What the answer is: a fact of the programme document (with its source), an honest "the document
 * does not say" (with who to ask), or a pointer (which ATS, the mailbox, a question back for the place).
 */
export type AnswerKind = "fact" | "not_in_document" | "navigation";

export interface ProgrammeAnswer {
  /** Ready to say; a document fact ends with its short source line ("Fonte: …" / "Source: …"). */
  text: string;
  /** What was answered: the dialog keeps it so a follow-up ("e a Lodi?") re-asks the same topic. */
  topic: TopicId;
  kind: AnswerKind;
  /** The short source alone, for channelData. */
  source?: string;
  /** The place the answer is about, when it is about one (a province's figures, a comune's ATS). */
  place?: { province?: ProvinceCode; comune?: string };
  actions?: ActionId[];
  buttons?: Button[];
}

/** How strongly a message is about a document topic: `score` runs from 0 to 1. */
export interface TopicMatch {
  topic: TopicId;
  score: number;
  kind: AnswerKind;
}

/** From this score on, a message is a question about the document: answer it rather than start a flow. */
export const CLEAR_TOPIC_SCORE = 0.5;

export interface AnswerOptions {
  /** Re-ask this topic (a follow-up such as "e a Lodi?"), with the place and details of the new message. */
  topic?: TopicId;
  /**
   * The place of the previous answer, for a follow-up that names none ("e quanti progetti erano?"
   * after Milano's money): used only when the message itself names no place.
   */
  place?: { province?: ProvinceCode; comune?: string };
  /** The action of the previous answer, for a follow-up about it naming none ("e chi può chiederla?"). */
  action?: ActionId;
}

/** An action in a few lines, with the part of the document it comes from. */
export interface ActionDescription {
  /** Ends with the short source line. */
  text: string;
  source: string;
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
  /** `pending`: the question being asked, kept next while it still matters. */
  assess(audience: Audience, profile: Profile, lang: Lang, pending?: string): Assessment;
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
    options?: AnswerOptions,
  ): ProgrammeAnswer | undefined;
  /**
   * Which document topic a message asks about, without writing the answer: lets the dialog prefer
   * answering ("quanto vale il voucher nido?") over starting an interview or a form.
   */
  findTopic(text: string, lang: Lang, previous?: TopicId): TopicMatch | undefined;
  actionTitle(action: ActionId, lang: Lang): string;
  /** What the action is and who may apply, in a few lines. */
  describeAction(action: ActionId, lang: Lang): ActionDescription;
  findNetwork(province: ProvinceCode, comune: string | undefined, lang: Lang): NetworkLookup;
  /** The ATS's name as people read it ("ATS dell'Insubria"), for an ATS id of the territory file. */
  atsName(ats: string, lang: Lang): string | undefined;
  /** Whether the period the actions belong to is open today (2017–2018 is closed). */
  periodIsOpen(): boolean;
}
