import type { PlayedStep } from "../../src/app/evaluation/playSteps.ts";

/** What `--json` prints of a played step: the verdict, the text judged, the buttons and channelData. */
export function playedStepJson(step: PlayedStep) {
  return {
    say: step.say,
    ok: step.ok,
    why: step.why,
    reply: step.seen,
    buttons: step.buttons,
    channelData: step.channelData,
  };
}
