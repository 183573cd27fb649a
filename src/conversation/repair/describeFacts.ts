import { ProvinceCodeSchema } from "../../content/ids.ts";
import type { ProfileField } from "../../content/vocabulary/profileSchema.ts";
import type { Turn } from "../dialog/Turn.ts";

/**
 * The profile fields a message filled, in the user's language and in one line ("un'impresa,
 * 3 persone al lavoro, provincia di Brescia"), so they can see what was understood and correct it.
 */
export function describeFacts(turn: Turn, fields: readonly ProfileField[]): string {
  const labels = turn.r.repair.facts;
  const profile = turn.state.profile;
  const parts: string[] = [];
  for (const field of fields) {
    switch (field) {
      case "applicant_kind":
        if (profile.applicant_kind) parts.push(labels[profile.applicant_kind]);
        break;
      case "workers":
        if (profile.workers !== undefined) parts.push(turn.fill(labels.workers, { n: profile.workers }));
        break;
      case "sector":
        if (profile.sector)
          parts.push(profile.sector === "other" ? labels.other_sector : labels[profile.sector]);
        break;
      case "role":
        if (profile.role) parts.push(labels[profile.role]);
        break;
      case "province": {
        const code = ProvinceCodeSchema.safeParse(profile.province);
        const name = code.success
          ? turn.deps.content.territory.provinces.find((p) => p.code === code.data)?.name
          : undefined;
        if (name && !fields.includes("comune")) parts.push(turn.fill(labels.province, { name }));
        break;
      }
      case "comune":
        if (profile.comune) parts.push(turn.fill(labels.comune, { name: profile.comune }));
        break;
      case "children_ages": {
        const ages = (profile.children_ages ?? []).flatMap((a) => (typeof a === "number" ? [a] : []));
        if (profile.children_ages?.length === 0) parts.push(labels.no_children);
        else if (ages.length > 0) parts.push(turn.fill(labels.children_ages, { ages: listAges(ages, turn) }));
        break;
      }
      case "working_family":
        parts.push(profile.working_family ? labels.working_family : labels.not_working_family);
        break;
      case "already_supported":
        parts.push(profile.already_supported ? labels.already_supported : labels.not_already_supported);
        break;
      case "frail_relative":
        if (profile.frail_relative) parts.push(labels.frail_relative);
        break;
      case "woman_excluded_from_work":
        if (profile.woman_excluded_from_work) parts.push(labels.woman_excluded_from_work);
        break;
      case "conciliation_service_business":
        if (profile.conciliation_service_business) parts.push(labels.conciliation_service_business);
        break;
      default:
        break;
    }
  }
  return parts.join(", ");
}

function listAges(ages: number[], turn: Turn): string {
  const shown = ages.map((a) =>
    Number.isInteger(a) ? String(a) : a.toFixed(1).replace(".", turn.state.lang === "it" ? "," : "."),
  );
  if (shown.length === 1) return shown[0] ?? "";
  const and = turn.state.lang === "it" ? " e " : " and ";
  return `${shown.slice(0, -1).join(", ")}${and}${shown.at(-1)}`;
}
