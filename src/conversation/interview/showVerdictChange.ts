import type { ActionId } from "../../content/ids.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { Assessment } from "../ports/ProgrammeKnowledge.ts";
import { actionTitles } from "./actionTitles.ts";
import { networkLine } from "./networkLine.ts";
import { verdictButtons } from "./verdictButtons.ts";

/**
 * The verdict again after the profile changed ("anzi siamo in 3"): only what changed, with its
 * reason, and the new list in one line. The full verdict was already shown once; repeating it
 * buries the one line the person is looking for.
 */
export function showVerdictChange(turn: Turn, assessment: Assessment): void {
  const r = turn.r.repair;
  const previous = turn.state.recommended;
  const ranked = assessment.ranked;
  const byAction = new Map(assessment.verdicts.map((v) => [v.action, v]));
  const titles = (actions: readonly ActionId[]) => actionTitles(turn, actions);
  // A newly fitting action gets its first reason (the rest is the verdict's); a lost one all of them.
  const why = (action: ActionId, all: boolean) => {
    const reasons = byAction.get(action)?.reasons ?? [];
    const said = all ? reasons : reasons.slice(0, 1);
    return said.length > 0 ? ` – ${said.join(" ")}` : ".";
  };
  turn.state.step = { kind: "menu" };
  turn.state.recommended = ranked;
  turn.intent = "eligibility_check";
  turn.actions = ranked;

  const added = ranked.filter((a) => !previous.includes(a));
  const removed = previous.filter((a) => !ranked.includes(a));
  const lines: string[] = [];
  if (added.length === 0 && removed.length === 0) {
    lines.push(
      ranked.length > 0
        ? turn.fill(r.verdict_same, { actions: titles(ranked) })
        : turn.r.interview.none_eligible,
    );
  } else {
    lines.push(r.verdict_changed);
    for (const action of added)
      lines.push(turn.fill(r.verdict_added, { action: titles([action]), why: why(action, false) }));
    for (const action of removed)
      lines.push(turn.fill(r.verdict_removed, { action: titles([action]), why: why(action, true) }));
    lines.push(
      ranked.length > 0
        ? turn.fill(r.verdict_now, { actions: titles(ranked) })
        : turn.r.interview.none_eligible,
    );
  }
  // A corrected place changes the network, never eligibility: say it with every change.
  const network = networkLine(turn);
  if (network) lines.push(network);
  turn.say(lines.join("\n"), {
    answerKey: "verdict:eligibility",
    buttons: verdictButtons(turn, ranked.length > 0),
  });
  turn.track({ kind: "verdict", actionIds: ranked });
}
