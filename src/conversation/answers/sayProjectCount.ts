import type { Content } from "../../content/Content.ts";
import { formatNumber } from "../format/formatNumber.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import type { Lang } from "../ids.ts";

/** "nessun progetto", "1 progetto", "5 progetti" (or in English), with the words of topics.yaml. */
export function sayProjectCount(n: number, lang: Lang, content: Content): string {
  const common = content.topics.common;
  if (n === 0) return common.projects_none[lang];
  if (n === 1) return common.projects_one[lang];
  return renderTemplate(common.projects_many[lang], { n: formatNumber(n, lang) });
}
