import type { CommandMatch } from "../dialog/matchCommand.ts";
import { repromptStep } from "../dialog/repromptStep.ts";
import { showMenu } from "../dialog/showMenu.ts";
import type { Turn } from "../dialog/Turn.ts";

/**
 * The confirmation of an erasure. Yes: the personal parts of the state go now, the `erase` effect
 * blanks the stored messages, submissions and unsent mails in the same transaction, and the reply
 * says what was erased. Anything else keeps everything; returns true if the message was consumed.
 */
export function handleEraseAnswer(turn: Turn, command: CommandMatch | undefined): boolean {
  turn.state.confirmingErase = false;
  if (command?.id !== "yes") {
    turn.say(turn.r.erase.kept);
    if (command?.id === "no") {
      repromptStep(turn);
      return true;
    }
    return false;
  }
  const references = turn.state.references;
  turn.intent = "privacy";
  turn.emit({ kind: "erase", references });
  turn.track({ kind: "erasure", value: references.length });
  turn.state = {
    ...turn.state,
    audience: undefined,
    profile: {},
    form: undefined,
    recommended: [],
    verdictShown: false,
    references: [],
    sentCards: [],
    misunderstood: 0,
  };
  showMenu(
    turn,
    turn.fill(turn.r.erase.done, {
      references_part:
        references.length > 0
          ? turn.fill(turn.r.erase.done_references_part, { references: references.join(", ") })
          : "",
    }),
  );
  return true;
}
