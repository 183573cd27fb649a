import { answerAside } from "../dialog/answerAside.ts";
import { handleFreeText } from "../dialog/handleFreeText.ts";
import type { CommandMatch } from "../dialog/matchCommand.ts";
import { showMenu } from "../dialog/showMenu.ts";
import type { Turn } from "../dialog/Turn.ts";
import { findProvince } from "../forms/findProvince.ts";
import { findComune } from "./findComune.ts";
import { isOtherPlace } from "./isOtherPlace.ts";
import { provinceButtons } from "./provinceButtons.ts";
import { tellNetwork } from "./tellNetwork.ts";

/** The province or comune asked to name the network; a question on the way is answered first. */
export async function handlePlaceAnswer(
  turn: Turn,
  field: "province" | "comune",
  command: CommandMatch | undefined,
  said: string,
): Promise<void> {
  // "E Menaggio?", "and Bormio?": the place, without the words that lead to it.
  const text = said.replace(/^\s*(?:e|ed|and|what about|how about)\s+/i, "").replace(/[?!.]+\s*$/, "");
  if (command?.id === "menu" || command?.id === "cancel" || command?.id === "back") {
    showMenu(turn);
    return;
  }
  const territory = turn.deps.content.territory;
  const buttons = provinceButtons(territory, turn.r.place.other_button);
  if (field === "province" && isOtherPlace(turn, text)) {
    turn.say(turn.fill(turn.r.place.other_province), { buttons });
    return;
  }
  const comune = findComune(text, territory);
  if (field === "comune") {
    if (!comune && text.trim().split(/\s+/).length >= 3) {
      // Not a comune but a sentence: a new question, not the name of a town.
      turn.state.step = { kind: "menu" };
      await handleFreeText(turn, command, text);
      return;
    }
    turn.state.profile = { ...turn.state.profile, comune: comune?.name ?? text.trim() };
    tellNetwork(turn, undefined, text);
    return;
  }
  const province =
    findProvince(text, territory) ?? (await turn.understand(text, "province")).entities.province;
  if (province) {
    const { comune: _previous, ...rest } = turn.state.profile;
    turn.state.profile = {
      ...rest,
      province,
      ...(comune && comune.province === province ? { comune: comune.name } : {}),
    };
    tellNetwork(turn, turn.understanding, text);
    return;
  }
  if (await answerAside(turn, text, "province")) {
    turn.say(turn.r.place.ask_province, { buttons });
    return;
  }
  turn.say(turn.r.place.unknown_province, { buttons });
}
