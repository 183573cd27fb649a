import type { Territory } from "../../content/territorySchema.ts";
import type { Turn } from "../dialog/Turn.ts";
import { provinceButtons } from "./provinceButtons.ts";

/** Asks where the user is, to name their ATS network: the province, then the comune if it splits. */
export function askPlace(turn: Turn, field: "province" | "comune"): void {
  turn.state.step = { kind: "ask_place", field };
  if (field === "province") {
    turn.say(turn.r.place.ask_province, {
      buttons: provinceButtons(turn.deps.content.territory, turn.r.place.other_button),
    });
    return;
  }
  const territory = turn.deps.content.territory;
  const province = territory.provinces.find((p) => p.code === turn.state.profile.province);
  const name = provinceName(territory, turn.state.profile.province);
  const lang = turn.state.lang;
  const main = province ? turn.deps.knowledge.atsName(province.ats, lang) : undefined;
  const areas = (province?.split ?? []).map((area) => {
    const ats = turn.deps.knowledge.atsName(area.ats, lang);
    return ats ? `${area.name} (${ats})` : area.name;
  });
  // The province's own network is said while the comune is asked: most comuni belong to it.
  turn.say(
    main && areas.length > 0
      ? turn.fill(turn.r.place.ask_comune_split, { province: name, main, areas: areas.join(", ") })
      : turn.fill(turn.r.place.ask_comune, { province: name }),
  );
}

function provinceName(territory: Territory, code: unknown): string {
  return territory.provinces.find((p) => p.code === code)?.name ?? String(code);
}
