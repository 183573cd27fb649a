import { ProvinceCodeSchema } from "../../content/ids.ts";
import { answerAside } from "../dialog/answerAside.ts";
import type { CommandMatch } from "../dialog/matchCommand.ts";
import { showMenu } from "../dialog/showMenu.ts";
import type { Turn } from "../dialog/Turn.ts";
import { startForm } from "../forms/startForm.ts";
import { isOtherPlace } from "../place/isOtherPlace.ts";
import { provinceButtons } from "../place/provinceButtons.ts";
import { askNextQuestion } from "./askNextQuestion.ts";
import { formForAudience } from "./formForAudience.ts";

/**
 * An answer to the interview's current question: a button or free text read by the eligibility
 * engine (with the understanding's entities when plain reading fails), or a question on the way.
 */
export async function handleInterviewAnswer(
  turn: Turn,
  field: string,
  command: CommandMatch | undefined,
  text: string,
): Promise<void> {
  if (command?.id === "menu" || command?.id === "cancel") {
    showMenu(turn);
    return;
  }
  if (command?.id === "leave_request" && turn.state.audience) {
    // Enough questions: the form asks what it needs.
    turn.intent = "leave_contact";
    startForm(turn, formForAudience(turn.state.audience, turn.state.recommended, turn.deps.content.forms));
    return;
  }
  if (field === "province" && isOtherPlace(turn, text)) {
    turn.say(turn.fill(turn.r.place.other_province), {
      buttons: provinceButtons(turn.deps.content.territory, turn.r.place.other_button),
    });
    return;
  }
  const { knowledge } = turn.deps;
  let reading = knowledge.readAnswer(field, text, undefined, turn.state.profile);
  if (!reading.ok) {
    const understanding = await turn.understand(text, `interview:${field}`);
    reading = knowledge.readAnswer(field, text, understanding, turn.state.profile);
    if (!reading.ok) {
      const lead = (await answerAside(turn, text, `interview:${field}`))
        ? turn.r.interview.back_to_question
        : turn.r.interview.not_understood;
      askNextQuestion(turn, lead);
      return;
    }
  }
  turn.intent = "eligibility_check";
  turn.state.interviewTrail.push(turn.state.profile);
  turn.state.profile = reading.profile;
  const province = ProvinceCodeSchema.safeParse(reading.profile.province);
  if (province.success && (field === "province" || field === "comune")) {
    const comune = typeof reading.profile.comune === "string" ? reading.profile.comune : undefined;
    const network = knowledge.findNetwork(province.data, comune, turn.state.lang);
    turn.emit({
      kind: "territory",
      province: province.data,
      ...(network.ok ? { atsId: network.network.atsId } : {}),
    });
  }
  askNextQuestion(turn);
}
