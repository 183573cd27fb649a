import { ProvinceCodeSchema } from "../../content/ids.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { Understanding } from "../nlu/Understanding.ts";
import { askPlace } from "./askPlace.ts";

/**
 * "A quale ATS mi rivolgo?": the answer from the programme knowledge once the province (and, for
 * split provinces, the comune) is known; otherwise the missing piece is asked.
 */
export function tellNetwork(turn: Turn, understanding: Understanding | undefined, text: string): void {
  turn.intent = "find_network";
  const profile = turn.state.profile;
  const province = ProvinceCodeSchema.safeParse(profile.province);
  if (!province.success) {
    askPlace(turn, "province");
    return;
  }
  const comune = typeof profile.comune === "string" ? profile.comune : undefined;
  const lookup = turn.deps.knowledge.findNetwork(province.data, comune, turn.state.lang);
  if (!lookup.ok) {
    askPlace(turn, "comune");
    return;
  }
  turn.state.step = { kind: "menu" };
  turn.emit({ kind: "territory", province: province.data, atsId: lookup.network.atsId });
  const asked: Understanding = {
    intent: "find_network",
    confidence: 1,
    lang: turn.state.lang,
    entities: {
      ...(understanding?.entities ?? {}),
      province: province.data,
      ...(comune ? { comune } : {}),
    },
    alternatives: [],
    source: understanding?.source ?? "offline",
  };
  const answer = turn.deps.knowledge.answer(asked, text, profile, turn.state.lang);
  turn.state.lastAnswer = {
    intent: "find_network",
    ...(answer ? { topic: answer.topic } : {}),
    province: province.data,
    ...(comune ? { comune } : {}),
  };
  turn.say(
    answer?.text ??
      turn.fill(turn.r.interview.network, { ats: lookup.network.name, website: lookup.network.website }),
    {
      buttons: answer?.buttons ?? [],
      ...(answer?.source ? { source: answer.source } : {}),
      ...(answer ? { answerKey: `topic:${answer.topic}` as const } : {}),
    },
  );
}
