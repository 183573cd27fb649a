import type { Content } from "../../content/Content.ts";
import { formatEuro } from "../format/formatEuro.ts";
import { formatItalianDate } from "../format/formatItalianDate.ts";
import { formatItalianNumber } from "../format/formatItalianNumber.ts";
import { joinList } from "../format/joinList.ts";
import type { Lang } from "../ids.ts";
import type { GLOBAL_PLACEHOLDERS } from "./answerPlaceholders.ts";

type GlobalValues = Record<(typeof GLOBAL_PLACEHOLDERS)[number], string>;

const AND: Readonly<Record<Lang, string>> = { it: "e", en: "and" };
const MORE_THAN: Readonly<Record<Lang, string>> = { it: "oltre", en: "over" };

/**
 * The programme's figures ready to be said, in the Italian format the source uses (2.466.804,74 €,
 * "15 gennaio 2019"), for the `{placeholders}` of every answer template.
 */
export function programmeValues(content: Content, lang: Lang): GlobalValues {
  const { facts } = content;
  const model = facts.model_2017_2018;
  const notice = facts.por_fse_notice;
  const decree = facts.decree;
  const past = facts.results_2014_2016;
  const date = (d: { iso: string; precision: "day" | "month" | "year" }) =>
    formatItalianDate(d.iso, lang, d.precision);
  const count = (c: { value: number; qualifier: "exact" | "more_than" }) =>
    `${c.qualifier === "more_than" ? `${MORE_THAN[lang]} ` : ""}${formatItalianNumber(c.value)}`;
  return {
    decree_number: String(decree.number.value),
    decree_date: date(decree.date.text),
    admitted: count(decree.admitted),
    funded: count(decree.funded),
    total_amount: formatEuro(decree.total.value.euros),
    regional_budget: formatEuro(model.regional_budget.value.euros),
    alliance_projects: count(model.alliance_projects),
    system_actions: count(model.system_actions),
    networks_before: count(model.networks_before),
    networks_after: count(model.networks_after),
    law: model.law.value,
    notice_date: date(notice.date.text),
    notice_fund: notice.fund.text,
    max_share: `${notice.max_share_percent.value}%`,
    max_grant: formatEuro(notice.max_grant.value.euros),
    start: date(model.start.text),
    end: date(model.end.text),
    por_fse_actions: joinList(
      content.actions.actions.filter((a) => a.por_fse).map((a) => a.title[lang].toLowerCase()),
      AND[lang],
    ),
    projects_2014: count(past.projects),
    care_percent: `${past.care_socio_educational_percent.value}%`,
    networks_2014: count(past.networks),
    alliances_2014: count(past.local_alliances),
    members_2014: count(past.member_bodies),
    communication_items: joinList(
      facts.communication.items.map((item) => item[lang]),
      AND[lang],
    ),
    mailbox: facts.mailbox,
  };
}
