import type { Situation } from "../../content/answerSituations.ts";
import type { Content } from "../../content/Content.ts";
import { formatDate } from "../../content/format/formatDate.ts";
import { formatEuro } from "../../content/format/formatEuro.ts";
import { formatNumber } from "../../content/format/formatNumber.ts";
import type { ActionId, AtsId, Lang, ProvinceCode } from "../../content/ids.ts";
import type { Topic } from "../../content/topicsSchema.ts";
import { resolveAts } from "../eligibility/resolveAts.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import type { PlaceInText } from "./findPlaceInText.ts";
import { periodStatus } from "./periodStatus.ts";
import { sayProjectCount } from "./sayProjectCount.ts";

export interface SituationInput {
  /** The place named in this message: figures are given for it, never for a place said before. */
  stated: PlaceInText;
  /** The place named now or known from the conversation: it names the person's ATS. */
  where: PlaceInText;
  action: ActionId | undefined;
  /** The ATS the message names. */
  ats: AtsId | undefined;
  today: string;
  lang: Lang;
}

export interface SituationFacts {
  situations: ReadonlySet<Situation>;
  /** The placeholders of those situations, formatted. */
  values: Record<string, string>;
  /** The ATS the answer is about, when the place settles it. */
  ats: AtsId | undefined;
  /** The place the answer is about, for the dialog's follow-ups. */
  place: PlaceInText;
}

/**
 * What holds for this question: the province whose figures were asked (and whether it had none or
 * one project), the ATS of the place, the action named, the state of the topic's period; each with
 * the values its answers may print.
 */
export function situationOf(topic: Topic, input: SituationInput, content: Content): SituationFacts {
  const { lang, today } = input;
  const situations = new Set<Situation>();
  const values: Record<string, string> = {};
  const provinceName = (code: ProvinceCode) =>
    content.territory.provinces.find((p) => p.code === code)?.name ?? code;

  const row = input.stated.province
    ? content.facts.decree.table.rows.find((r) => r.province === input.stated.province)
    : undefined;
  if (row) {
    situations.add("province");
    if (row.projects === 0) situations.add("province_none");
    if (row.projects === 1) situations.add("province_one");
    Object.assign(values, {
      province_name: provinceName(row.province),
      province_projects: formatNumber(row.projects, lang),
      province_projects_text: sayProjectCount(row.projects, lang, content),
      province_amount: formatEuro(row.euros, lang),
    });
  }

  const placeAtsId = placeAts(input.where, today, content, lang, situations, values, provinceName);
  const named = content.networks.networks.find((n) => n.ats === input.ats);
  if (named) {
    situations.add("ats_named");
    Object.assign(values, {
      named_ats: named.ats_name[lang],
      named_ats_coverage: named.coverage[lang],
      named_ats_website: named.website,
      named_ats_table: content.facts.decree.table.rows
        .filter((r) => content.territory.provinces.find((p) => p.code === r.province)?.ats === named.ats)
        .map((r) =>
          renderTemplate(content.topics.common.table_row[lang], {
            province_name: provinceName(r.province),
            projects: sayProjectCount(r.projects, lang, content),
            amount: formatEuro(r.euros, lang),
          }),
        )
        .join("\n"),
    });
  }
  const ats = placeAtsId ?? named?.ats;

  const action = input.action ? content.actions.actions.find((a) => a.id === input.action) : undefined;
  if (action) {
    situations.add("action");
    situations.add(action.por_fse ? "action_por_fse" : "action_not_por_fse");
    Object.assign(values, {
      action_title: action.title[lang],
      action_explanation: action.explanation[lang],
      action_who: action.who_may_apply[lang],
      action_what: action.what_they_get[lang],
      action_examples: action.examples[lang].join("; "),
    });
  }

  const period = content.periods.periods.find((p) => p.id === topic.period);
  if (period) {
    situations.add(`period_${periodStatus(period, today)}`);
    const last = period.end ?? period.closed_by;
    Object.assign(values, {
      period_name: period.name[lang],
      period_start: formatDate(period.start.date, lang, period.start.precision),
      period_end: last ? formatDate(last.date, lang, last.precision) : "",
    });
  }
  return { situations, values, ats, place: row ? input.stated : input.where };
}

/** Which ATS serves the place, or what is missing to know it; a comune of another province wins. */
function placeAts(
  where: PlaceInText,
  today: string,
  content: Content,
  lang: Lang,
  situations: Set<Situation>,
  values: Record<string, string>,
  provinceName: (code: ProvinceCode) => string,
): AtsId | undefined {
  const first = resolveAts({ province: where.province, comune: where.comune, on: today }, content.territory);
  const resolution =
    first.ok || first.reason !== "province_mismatch"
      ? first
      : resolveAts({ comune: where.comune, on: today }, content.territory);
  if (resolution.ok) {
    const network = content.networks.networks.find((n) => n.ats === resolution.ats);
    if (!network) throw new Error(`situationOf: no network for ${resolution.ats}`);
    situations.add("resolved");
    Object.assign(values, {
      place:
        resolution.comune ??
        renderTemplate(content.topics.common.place_province[lang], {
          province_name: provinceName(resolution.province),
        }),
      ats_name: network.ats_name[lang],
      ats_website: network.website,
      network_name: network.name[lang],
    });
    return resolution.ats;
  }
  if (resolution.reason === "need_comune") {
    situations.add("need_comune");
    Object.assign(values, {
      province_name: provinceName(resolution.province),
      areas: resolution.areas.join(", "),
    });
  } else if (resolution.reason === "unknown_comune" && resolution.province) {
    situations.add("unknown_comune");
    Object.assign(values, { province_name: provinceName(resolution.province), comune: resolution.comune });
  } else {
    situations.add("need_place");
  }
  return undefined;
}
