import { ProvinceCodeSchema } from "../../content/ids.ts";
import type { Turn } from "../dialog/Turn.ts";

/** "La tua rete territoriale è quella di ATS …" for the profile's place; none while it is unknown. */
export function networkLine(turn: Turn): string | undefined {
  const province = ProvinceCodeSchema.safeParse(turn.state.profile.province);
  if (!province.success) return undefined;
  const comune = typeof turn.state.profile.comune === "string" ? turn.state.profile.comune : undefined;
  const network = turn.deps.knowledge.findNetwork(province.data, comune, turn.state.lang);
  if (!network.ok) return undefined;
  return turn.fill(turn.r.interview.network, { ats: network.network.name, website: network.network.website });
}
