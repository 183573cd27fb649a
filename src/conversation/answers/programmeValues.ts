import type { GLOBAL_PLACEHOLDERS } from "../../content/answerSituations.ts";
import type { Content } from "../../content/Content.ts";
import { formatDate } from "../../content/format/formatDate.ts";
import { formatEuro } from "../../content/format/formatEuro.ts";
import { formatNumber } from "../../content/format/formatNumber.ts";
import type { Lang } from "../../content/ids.ts";
import type { LocalizedText } from "../../content/localizedTextSchema.ts";
import { formatBudget } from "../format/formatBudget.ts";
import { joinList } from "../format/joinList.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import { sayProjectCount } from "./sayProjectCount.ts";

/** Every global placeholder but the network hint, which depends on the place of each question. */
export type ProgrammeValues = Record<Exclude<(typeof GLOBAL_PLACEHOLDERS)[number], "network_hint">, string>;

/** The same figures for every question: computed once per loaded content and language. */
const cache = new WeakMap<Content, Partial<Record<Lang, ProgrammeValues>>>();

/**
 * The programme's figures ready to be said in the person's language (it: 2.466.804,74 €,
 * "15 gennaio 2019"; en: €2,466,804.74, "15 January 2019"), for the `{placeholders}` of every answer.
 */
export function programmeValues(content: Content, lang: Lang): ProgrammeValues {
  const cached = cache.get(content)?.[lang];
  if (cached) return cached;
  const values = computeValues(content, lang);
  cache.set(content, { ...cache.get(content), [lang]: values });
  return values;
}

function computeValues(content: Content, lang: Lang): ProgrammeValues {
  const { facts, topics } = content;
  const common = topics.common;
  const say = (text: LocalizedText, values: Record<string, string> = {}) =>
    renderTemplate(text[lang], values);
  const model = facts.model_2017_2018;
  const notice = facts.por_fse_notice;
  const decree = facts.decree;
  const past = facts.results_2014_2016;
  const date = (d: { iso: string; precision: "day" | "month" | "year" }) =>
    formatDate(d.iso, lang, d.precision);
  const count = (c: { value: number; qualifier: "exact" | "more_than" }) =>
    `${c.qualifier === "more_than" ? `${say(common.more_than)} ` : ""}${formatNumber(c.value, lang)}`;
  const list = (items: readonly string[]) => joinList(items, say(common.and));
  const projects = (n: number) => sayProjectCount(n, lang, content);
  const provinceName = (code: string) =>
    content.territory.provinces.find((p) => p.code === code)?.name ?? code;
  const rows = decree.table.rows;
  const actionsOf = (audiences: readonly string[]) =>
    content.actions.actions.filter((a) => audiences.includes(a.audience));
  const firmActions = actionsOf(["firm", "aspiring_entrepreneur"]);
  const familyActions = actionsOf(["family"]);
  // Titles contain "e"/"and" themselves ("pre-scuola e dopo-scuola"): a semicolon keeps them apart.
  const titles = (actions: typeof firmActions) => actions.map((a) => lowerFirst(a.title[lang])).join("; ");
  const porFse = content.actions.actions.filter((a) => a.por_fse);
  const openTo = (kind: string) =>
    content.actions.actions.filter((a) => a.criteria.applicant_kinds.some((k) => k === kind));
  const mostProjects = Math.max(...rows.map((r) => r.projects));
  const mostCents = Math.max(...rows.map((r) => r.cents));
  const leaders = rows.filter((r) => r.projects === mostProjects).map((r) => provinceName(r.province));
  const richest = rows.find((r) => r.cents === mostCents);
  // The smallest grant among the provinces that had one (those with none are named apart).
  const funded = rows.filter((r) => r.cents > 0);
  const leastCents = Math.min(...funded.map((r) => r.cents));
  const poorest = funded.find((r) => r.cents === leastCents);
  const without = rows.filter((r) => r.projects === 0).map((r) => provinceName(r.province));
  return {
    decree_number: String(decree.number.value),
    decree_date: date(decree.date.text),
    admitted: count(decree.admitted),
    funded: count(decree.funded),
    total_amount: formatEuro(decree.total.value.euros, lang),
    regional_budget: formatBudget(model.regional_budget.value.euros, lang),
    alliance_projects: count(model.alliance_projects),
    system_actions: count(model.system_actions),
    networks_before: count(model.networks_before),
    networks_after: count(model.networks_after),
    law: model.law.value,
    notice_date: date(notice.date.text),
    notice_fund: lang === "en" && notice.fund.en ? notice.fund.en : notice.fund.text,
    max_share: `${formatNumber(notice.max_share_percent.value, lang)}%`,
    max_grant: formatEuro(notice.max_grant.value.euros, lang),
    start: date(model.start.text),
    end: date(model.end.text),
    por_fse_actions: titles(porFse),
    por_fse_action_count: formatNumber(porFse.length, lang),
    projects_2014: count(past.projects),
    care_percent: `${formatNumber(past.care_socio_educational_percent.value, lang)}%`,
    networks_2014: count(past.networks),
    alliances_2014: count(past.local_alliances),
    members_2014: count(past.member_bodies),
    communication_items: list(facts.communication.items.map((item) => item[lang])),
    mailbox: facts.mailbox,
    firm_actions: titles(firmActions),
    family_actions: titles(familyActions),
    firm_action_count: formatNumber(firmActions.length, lang),
    firm_network_actions: titles(openTo("firm_network")),
    firm_network_action_count: formatNumber(openTo("firm_network").length, lang),
    care_provider_actions: titles(openTo("care_provider")),
    care_provider_action_count: formatNumber(openTo("care_provider").length, lang),
    family_action_count: formatNumber(familyActions.length, lang),
    ats_list: content.networks.networks
      .map((n) => say(common.ats_row, { ats_name: n.ats_name[lang], coverage: n.coverage[lang] }))
      .join("\n"),
    province_table: [
      ...rows.map((r) =>
        say(common.table_row, {
          province_name: provinceName(r.province),
          projects: projects(r.projects),
          amount: formatEuro(r.euros, lang),
        }),
      ),
      say(common.table_total, {
        projects: projects(decree.table.total.projects),
        amount: formatEuro(decree.table.total.amount.euros, lang),
      }),
    ].join("\n"),
    top_projects: say(leaders.length > 1 ? common.top_projects_many : common.top_projects_one, {
      names: list(leaders),
      n: formatNumber(mostProjects, lang),
    }),
    top_amount: richest
      ? say(common.top_amount, {
          province_name: provinceName(richest.province),
          amount: formatEuro(richest.euros, lang),
        })
      : "",
    least_amount: poorest
      ? say(common.top_amount, {
          province_name: provinceName(poorest.province),
          amount: formatEuro(poorest.euros, lang),
        })
      : "",
    none_provinces: without.length > 0 ? say(common.none_provinces, { names: list(without) }) : "",
  };
}

/** "Voucher per…" → "voucher per…" inside a sentence; an acronym ("WHP") stays as it is. */
function lowerFirst(title: string): string {
  const first = title.split(" ")[0] ?? "";
  return first === first.toUpperCase() ? title : `${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}
