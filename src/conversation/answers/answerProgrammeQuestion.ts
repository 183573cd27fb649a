import type { Content } from "../../content/Content.ts";
import type { LocalizedText } from "../../content/localizedTextSchema.ts";
import type { Topic } from "../../content/topicsSchema.ts";
import { resolveAts } from "../eligibility/resolveAts.ts";
import { formatEuro } from "../format/formatEuro.ts";
import { formatItalianDate } from "../format/formatItalianDate.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import type { AtsId, IntentId, Lang, ProvinceCode } from "../ids.ts";
import type { Reply } from "../turn.ts";
import { chooseTopic } from "./chooseTopic.ts";
import { findPlaceInText } from "./findPlaceInText.ts";
import { periodStatus } from "./periodStatus.ts";
import { programmeValues } from "./programmeValues.ts";
import type { TopicId } from "./topicIds.ts";

export type ProgrammeQuestion = {
  /** Set when the dialog already knows the topic (a follow-up button); otherwise chosen from the text. */
  topic?: TopicId;
  intent: IntentId;
  entities: { province?: ProvinceCode; comune?: string };
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
};

const SOURCE_LINE: Readonly<Record<Lang, string>> = { it: "Fonte", en: "Source" };

const INTENT_TOPICS: Partial<Record<IntentId, TopicId>> = {
  find_network: "which_ats",
  por_fse_projects: "projects_funded",
  programme_info: "overview",
};

/**
 * Answers a question about the programme from the loaded content only: the topic comes from the
 * keywords in topics.yaml (or the intent), the figures from facts.yaml, formatted the Italian way.
 * When the period described is over (today is compared with periods.yaml) the answer says so and
 * points to the local network and the mailbox, instead of presenting a closed notice as open.
 *
 * @param today ISO date (YYYY-MM-DD); passed in so the function stays pure and testable.
 */
export function answerProgrammeQuestion(
  question: ProgrammeQuestion,
  content: Content,
  today: string,
): ProgrammeAnswer {
  const { lang } = question;
  const topicId =
    question.topic ??
    chooseTopic(question.text, content.topics.topics)?.topic ??
    INTENT_TOPICS[question.intent] ??
    "overview";
  const topic = content.topics.topics.find((t) => t.id === topicId);
  if (!topic) throw new Error(`answerProgrammeQuestion: topic ${topicId} missing from loaded content`);

  const found = findPlaceInText(question.text, content.territory);
  const comune = question.entities.comune ?? (question.entities.province ? undefined : found.comune);
  const province = question.entities.province ?? found.province;
  const values: Record<string, string> = { ...programmeValues(content, lang) };
  const { variant, extra, ats } = chooseVariant(
    topic,
    { province, comune, statedComune: question.entities.comune },
    content,
    today,
    lang,
  );
  Object.assign(values, extra);

  const template = topic.templates[variant] ?? topic.templates.default;
  if (!template) throw new Error(`answerProgrammeQuestion: topic ${topicId} has no template ${variant}`);
  const paragraphs = [renderTemplate(template[lang], values)];
  const note = periodNote(topic, content, today, lang, ats);
  if (note) paragraphs.push(note);
  const source = topic.source?.[lang];
  if (source) paragraphs.push(`${SOURCE_LINE[lang]}: ${source}`);
  return {
    topic: topicId,
    kind: topic.kind,
    reply: {
      text: paragraphs.join("\n\n"),
      buttons: topic.follow_ups.map((f) => ({ label: f[lang], value: f[lang] })),
      channelData: { intent: question.intent, ...(source ? { source } : {}) },
    },
    ...(source ? { source } : {}),
    ...(province ? { place: { province, ...(comune ? { comune } : {}) } } : {}),
  };
}

type Variant = { variant: string; extra: Record<string, string>; ats: AtsId | undefined };

function chooseVariant(
  topic: Topic,
  place: { province: ProvinceCode | undefined; comune: string | undefined; statedComune: string | undefined },
  content: Content,
  today: string,
  lang: Lang,
): Variant {
  const provinceName = (code: ProvinceCode) =>
    content.territory.provinces.find((p) => p.code === code)?.name ?? code;
  const resolution = resolveAts(
    { province: place.province, comune: place.comune, on: today },
    content.territory,
  );
  // Outside "which ATS", a city read from the text ("a Brescia") may mean its province: only a comune
  // the understanding layer recognised as such picks the network named in the closing note.
  const hint = resolveAts(
    { province: place.province, comune: place.statedComune, on: today },
    content.territory,
  );
  const ats = hint.ok ? hint.ats : undefined;
  if (topic.id === "which_ats") {
    const routed =
      resolution.ok || resolution.reason !== "province_mismatch"
        ? resolution
        : resolveAts({ comune: place.comune, on: today }, content.territory);
    if (routed.ok) {
      const network = content.networks.networks.find((n) => n.ats === routed.ats);
      if (!network) throw new Error(`answerProgrammeQuestion: no network for ${routed.ats}`);
      const placeText =
        routed.comune ??
        renderTemplate(content.topics.common.place_province[lang], {
          province_name: provinceName(routed.province),
        });
      return {
        variant: "resolved",
        extra: {
          place: placeText,
          ats_name: network.ats_name[lang],
          ats_website: network.website,
          network_name: network.name[lang],
        },
        ats: routed.ats,
      };
    }
    if (routed.reason === "need_comune") {
      return {
        variant: "need_comune",
        extra: { province_name: provinceName(routed.province), areas: routed.areas.join(", ") },
        ats: undefined,
      };
    }
    if (routed.reason === "unknown_comune" && routed.province) {
      return {
        variant: "unknown_comune",
        extra: { province_name: provinceName(routed.province), comune: routed.comune },
        ats: undefined,
      };
    }
    return { variant: "need_place", extra: {}, ats: undefined };
  }
  if ((topic.id === "projects_funded" || topic.id === "funding") && place.province) {
    const row = content.facts.decree.table.rows.find((r) => r.province === place.province);
    if (row) {
      const variant =
        row.projects === 0
          ? "province_none"
          : row.projects === 1 && topic.templates.province_one
            ? "province_one"
            : "province";
      return {
        variant,
        extra: {
          province_name: provinceName(row.province),
          province_projects: String(row.projects),
          province_amount: formatEuro(row.euros),
        },
        ats,
      };
    }
  }
  return { variant: "default", extra: {}, ats };
}

function periodNote(
  topic: Topic,
  content: Content,
  today: string,
  lang: Lang,
  ats: AtsId | undefined,
): string | undefined {
  const period = content.periods.periods.find((p) => p.id === topic.period);
  if (!period) return undefined;
  const status = periodStatus(period, today);
  const common = content.topics.common;
  const fill = (text: LocalizedText, values: Record<string, string>) => renderTemplate(text[lang], values);
  if (status === "upcoming") {
    return fill(common.upcoming, {
      period_name: period.name[lang],
      period_start: formatItalianDate(period.start.date, lang, period.start.precision),
    });
  }
  if (status === "open") return undefined;
  const network = content.networks.networks.find((n) => n.ats === ats);
  const networkHint = network
    ? fill(common.network_hint_known, {
        ats_name: network.ats_name[lang],
        ats_website: network.website,
        network_name: network.name[lang],
      })
    : fill(common.network_hint_unknown, {});
  const last = period.kind === "notice" ? (period.closed_by ?? period.end) : (period.end ?? period.closed_by);
  if (!last) return undefined;
  return fill(period.kind === "notice" ? common.closed_notice : common.closed_programme, {
    period_name: period.name[lang],
    period_end: formatItalianDate(last.date, lang, last.precision),
    network_hint: networkHint,
    mailbox: content.facts.mailbox,
  });
}
