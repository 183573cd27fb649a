import type { Content } from "../../content/Content.ts";
import { formatNumber } from "../../content/format/formatNumber.ts";
import type { Lang } from "../../content/ids.ts";
import { renderTemplate } from "../format/renderTemplate.ts";

/** "nessun progetto", "1 progetto", "5 progetti" (or in English), with the words of topics.yaml. */
export function sayProjectCount(n: number, lang: Lang, content: Content): string {
  const common = content.topics.common;
  if (n === 0) return common.projects_none[lang];
  if (n === 1) return common.projects_one[lang];
  return renderTemplate(common.projects_many[lang], { n: formatNumber(n, lang) });
}
