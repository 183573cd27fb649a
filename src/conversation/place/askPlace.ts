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
  turn.say(
    turn.fill(turn.r.place.ask_comune, {
      province: provinceName(turn.deps.content.territory, turn.state.profile.province),
    }),
  );
}

function provinceName(territory: Territory, code: unknown): string {
  return territory.provinces.find((p) => p.code === code)?.name ?? String(code);
}
