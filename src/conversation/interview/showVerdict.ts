import { ProvinceCodeSchema } from "../../content/ids.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { Assessment } from "../ports/ProgrammeKnowledge.ts";
import { networkLine } from "./networkLine.ts";
import { verdictButtons } from "./verdictButtons.ts";

/**
 * The end of the interview: the fitting actions best first with their reasons, the ones that do
 * not fit and why, the local ATS network, how to apply, and the honest note that the 2017–2018
 * calls are closed with who to contact now. Each part is a short message of its own (a long
 * verdict in one bubble was hard to read on a phone); the buttons come with the last one.
 */
export function showVerdict(turn: Turn, assessment: Assessment): void {
  const { knowledge } = turn.deps;
  const lang = turn.state.lang;
  const r = turn.r.interview;
  const byAction = new Map(assessment.verdicts.map((v) => [v.action, v]));
  turn.state.step = { kind: "menu" };
  turn.state.recommended = assessment.ranked;
  turn.state.verdictShown = true;
  turn.intent = "eligibility_check";
  turn.actions = assessment.ranked;

  // One message per fitting action (the intro goes with the first), then the ones that do not fit.
  const parts: string[] = [];
  const excludedLines: string[] = [];
  if (assessment.ranked.length > 0) {
    assessment.ranked.forEach((action, index) => {
      const reasons = byAction.get(action)?.reasons ?? [];
      const why = reasons.length > 0 ? ` – ${reasons.join(" ")}` : "";
      const line = `${index + 1}. ${knowledge.actionTitle(action, lang)}${why}`;
      parts.push(index === 0 ? `${r.eligible_intro}\n${line}` : line);
    });
  } else {
    parts.push(r.none_eligible);
  }
  const excluded = assessment.verdicts.filter((v) => v.status === "not_eligible");
  if (excluded.length > 0) {
    excludedLines.push(r.not_eligible_intro);
    for (const verdict of excluded) {
      const why = verdict.reasons.length > 0 ? ` – ${verdict.reasons.join(" ")}` : "";
      excludedLines.push(`- ${knowledge.actionTitle(verdict.action, lang)}${why}`);
    }
  }
  if (excludedLines.length > 0) parts.push(excludedLines.join("\n"));

  const after: string[] = [];
  const province = ProvinceCodeSchema.safeParse(turn.state.profile.province);
  const network = networkLine(turn);
  if (network) after.push(network);
  if (assessment.ranked.length > 0) after.push(turn.fill(r.how_to_apply));
  if (!knowledge.periodIsOpen()) after.push(turn.fill(r.period_closed));
  const buttons = verdictButtons(turn, assessment.ranked.length > 0);
  parts.push(...after);
  parts.forEach((text, index) => {
    turn.say(text, {
      // The thumbs for the verdict go under its first message, the one that names the actions.
      ...(index === 0 ? { answerKey: "verdict:eligibility" } : {}),
      ...(index === parts.length - 1 ? { buttons } : {}),
    });
  });
  turn.track({
    kind: "verdict",
    actionIds: assessment.ranked,
    ...(province.success ? { province: province.data } : {}),
  });
}
