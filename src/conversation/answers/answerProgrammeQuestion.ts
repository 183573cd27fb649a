import { ACTION_SITUATIONS, type Situation } from "../../content/answerSituations.ts";
import type { Content } from "../../content/Content.ts";
import { formatDate } from "../../content/format/formatDate.ts";
import {
  type ActionId,
  ActionIdSchema,
  type AtsId,
  type IntentId,
  type Lang,
  type ProvinceCode,
} from "../../content/ids.ts";
import type { LocalizedText } from "../../content/localizedTextSchema.ts";
import type { Topic, TopicAnswer } from "../../content/topicsSchema.ts";
import type { TopicId } from "../../content/vocabulary/topicIds.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import { CLEAR_TOPIC_SCORE } from "../ports/ProgrammeKnowledge.ts";
import type { Reply } from "../turn.ts";
import type { PlaceInText } from "./findPlaceInText.ts";
import { matchTopic } from "./matchTopic.ts";
import { periodStatus } from "./periodStatus.ts";
import { programmeValues } from "./programmeValues.ts";
import { type QuestionReading, readQuestion } from "./readQuestion.ts";
import { situationOf } from "./situationOf.ts";

export type ProgrammeQuestion = {
  /** Set when the dialog already knows the topic (a follow-up); otherwise chosen from the text. */
  topic?: TopicId;
  intent: IntentId;
  /** What the understanding found in this message. */
  entities: { province?: ProvinceCode; comune?: string };
  /** What the conversation already knows about where the person is: it names their ATS. */
  known?: { province?: ProvinceCode; comune?: string };
  /** The place of the previous answer, for a follow-up naming none: then it counts as named. */
  carried?: { province?: ProvinceCode; comune?: string };
  /** The action of the previous answer, for a follow-up naming none. */
  carriedAction?: ActionId;
  text: string;
  lang: Lang;
};

export type ProgrammeAnswer = {
  topic: TopicId;
  kind: Topic["kind"];
  reply: Reply;
  /** The short source named on the last line of a document fact. */
  source?: string;
  place?: { province?: ProvinceCode; comune?: string };
  /** The action the answer is about, when it is about one. */
  actions?: ActionId[];
};

/** When no rule of topics.yaml is clear, what the understanding's intent says the question is about. */
const INTENT_TOPICS: Partial<Record<IntentId, TopicId>> = {
  find_network: "which_ats",
  por_fse_projects: "projects_funded",
  programme_info: "overview",
};

/**
 * Answers a question about the programme from the loaded content only: the topic from the rules of
 * topics.yaml (or the dialog, or the intent), the figures from facts.yaml formatted in the person's
 * language, the source named on the last line. What the document does not say is said plainly, with
 * whom to ask; when the period described is over (today against periods.yaml) the answer says so.
 *
 * @param today ISO date (YYYY-MM-DD); passed in so the function stays pure and testable.
 */
export function answerProgrammeQuestion(
  question: ProgrammeQuestion,
  content: Content,
  today: string,
): ProgrammeAnswer {
  const { lang } = question;
  const reading = readQuestion(question.text, content);
  // "l'ATS della Brianza" names an ATS: a province the understanding read in its name is not a place.
  const entities = reading.ats && !reading.place.province && !reading.place.comune ? {} : question.entities;
  const named = statedPlace(entities, reading.place);
  const stated = named.province || named.comune || reading.ats ? named : (question.carried ?? {});
  const topic = chooseTopic(question, reading, stated, content);
  const intentAction = ActionIdSchema.safeParse(question.intent);
  const action =
    reading.action ?? question.carriedAction ?? (intentAction.success ? intentAction.data : undefined);
  const known = question.known ?? {};
  const facts = situationOf(
    topic,
    {
      stated,
      where: stated.province || stated.comune ? stated : known,
      action,
      ats: reading.ats,
      today,
      lang,
    },
    content,
  );
  const answer = topic.answers.find((a) => holds(a, facts.situations, reading)) ?? topic.answers.at(-1);
  if (!answer) throw new Error(`answerProgrammeQuestion: topic ${topic.id} has no answer`);

  const common = content.topics.common;
  const say = (text: LocalizedText, values: Record<string, string>) => renderTemplate(text[lang], values);
  const networkHint = hintFor(facts.ats, content, lang);
  const values = { ...programmeValues(content, lang), network_hint: networkHint, ...facts.values };
  const paragraphs = [say(answer, values)];
  const aboutPeriod = (answer.when?.situation ?? []).some((s) => s.startsWith("period_"));
  const note = aboutPeriod ? undefined : periodNote(topic, content, today, lang, networkHint);
  if (note) paragraphs.push(note);
  const source = sourceOf(topic, answer, facts.situations, action, content, lang);
  if (source) paragraphs.push(say(common.source_line, { source }));
  return {
    topic: topic.id,
    kind: topic.kind,
    reply: {
      text: paragraphs.join("\n\n"),
      buttons: topic.follow_ups.map((f) => ({ label: f[lang], value: f[lang] })),
      channelData: { intent: question.intent, ...(source ? { source } : {}) },
    },
    ...(source ? { source } : {}),
    ...placeOf(answer, facts.place, stated),
    ...(action && aboutAction(answer, facts.situations) ? { actions: [action] } : {}),
  };
}

/** The place this message names: what the understanding recognised first, then what the text says. */
function statedPlace(entities: ProgrammeQuestion["entities"], found: PlaceInText): PlaceInText {
  const province = entities.province ?? found.province;
  const comune =
    entities.comune ?? (entities.province && entities.province !== found.province ? undefined : found.comune);
  return definedPlace({ province, comune });
}

const PLACE_SITUATIONS: ReadonlySet<Situation> = new Set([
  "province",
  "province_one",
  "province_none",
  "resolved",
  "need_comune",
  "unknown_comune",
]);

/**
 * The place the answer is about: the one its text used, else the one the message named. Figures are
 * by province, so "a Brescia" asked about projects is the province, not the city.
 */
function placeOf(
  answer: TopicAnswer,
  used: PlaceInText,
  stated: PlaceInText,
): { place?: { province?: ProvinceCode; comune?: string } } {
  const situations = answer.when?.situation ?? [];
  const byProvince = situations.some((s) => s.startsWith("province"));
  const usesPlace = situations.some((s) => PLACE_SITUATIONS.has(s));
  const place = definedPlace(byProvince ? { province: used.province } : usesPlace ? used : stated);
  return place.province || place.comune ? { place } : {};
}

function definedPlace(place: PlaceInText): { province?: ProvinceCode; comune?: string } {
  return {
    ...(place.province ? { province: place.province } : {}),
    ...(place.comune ? { comune: place.comune } : {}),
  };
}

function chooseTopic(
  question: ProgrammeQuestion,
  reading: QuestionReading,
  stated: PlaceInText,
  content: Content,
): Topic {
  const matched = matchTopic(reading, content);
  const id =
    question.topic ??
    (matched && matched.score >= CLEAR_TOPIC_SCORE ? matched.topic : undefined) ??
    INTENT_TOPICS[question.intent] ??
    (ActionIdSchema.safeParse(question.intent).success ? "action_info" : undefined) ??
    matched?.topic ??
    "overview";
  const topic = topicById(id, content);
  const named = stated.province !== undefined || stated.comune !== undefined || reading.ats !== undefined;
  return named && topic.place_topic ? topicById(topic.place_topic, content) : topic;
}

function topicById(id: TopicId, content: Content): Topic {
  const topic = content.topics.topics.find((t) => t.id === id);
  if (!topic) throw new Error(`answerProgrammeQuestion: topic ${id} missing from loaded content`);
  return topic;
}

function holds(answer: TopicAnswer, situations: ReadonlySet<Situation>, reading: QuestionReading): boolean {
  const when = answer.when;
  if (!when) return true;
  return (
    (when.situation ?? []).every((s) => situations.has(s)) &&
    (when.concepts ?? []).every((c) => reading.concepts.has(c))
  );
}

/** The parts of the document cited, by their short names; an answer about one action cites its list. */
function sourceOf(
  topic: Topic,
  answer: TopicAnswer,
  situations: ReadonlySet<Situation>,
  actionId: ActionId | undefined,
  content: Content,
  lang: Lang,
): string | undefined {
  const action = content.actions.actions.find((a) => a.id === actionId);
  const refs =
    answer.source ?? topic.source ?? (aboutAction(answer, situations) && action ? [action.section] : []);
  if (refs.length === 0) return undefined;
  const { sections, public_sources } = content.document;
  const labels = refs.map(
    (ref) => [...sections, ...public_sources].find((s) => s.id === ref)?.label[lang] ?? ref,
  );
  return labels.join("; ");
}

/** Whether the chosen text is about the action the question names. */
function aboutAction(answer: TopicAnswer, situations: ReadonlySet<Situation>): boolean {
  return (answer.when?.situation ?? []).some((s) => ACTION_SITUATIONS.has(s)) && situations.has("action");
}

function hintFor(ats: AtsId | undefined, content: Content, lang: Lang): string {
  const common = content.topics.common;
  const network = content.networks.networks.find((n) => n.ats === ats);
  return network
    ? renderTemplate(common.network_hint_known[lang], {
        ats_name: network.ats_name[lang],
        ats_website: network.website,
        network_name: network.name[lang],
      })
    : renderTemplate(common.network_hint_unknown[lang], {});
}

/** Whether what the topic describes can still be applied for: a closed notice is never presented as open. */
function periodNote(
  topic: Topic,
  content: Content,
  today: string,
  lang: Lang,
  networkHint: string,
): string | undefined {
  const period = content.periods.periods.find((p) => p.id === topic.period);
  if (!period) return undefined;
  const status = periodStatus(period, today);
  const common = content.topics.common;
  const fill = (text: LocalizedText, values: Record<string, string>) => renderTemplate(text[lang], values);
  if (status === "upcoming") {
    return fill(common.upcoming, {
      period_name: period.name[lang],
      period_start: formatDate(period.start.date, lang, period.start.precision),
    });
  }
  if (status === "open") return undefined;
  const last = period.kind === "notice" ? (period.closed_by ?? period.end) : (period.end ?? period.closed_by);
  if (!last) return undefined;
  return fill(period.kind === "notice" ? common.closed_notice : common.closed_programme, {
    period_name: period.name[lang],
    period_end: formatDate(last.date, lang, last.precision),
    network_hint: networkHint,
    mailbox: content.facts.mailbox,
  });
}
