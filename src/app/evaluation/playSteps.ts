import { z } from "zod";
import type { Check } from "./CheckSchema.ts";
import { type BotActivity, checkStep, type StepVerdict } from "./checkStep.ts";
import type { EvalCore } from "./startEvalCore.ts";

export interface PlayedStep extends StepVerdict {
  say: string;
  /** Values of the buttons offered (suggested actions), for the failure report. */
  buttons: string[];
  /** channelData of each reply, as received. */
  channelData: unknown[];
  /** The replies themselves, to judge them again another way. */
  activities: BotActivity[];
}

const SuggestedSchema = z.looseObject({
  suggestedActions: z.object({ actions: z.array(z.object({ value: z.string() })) }).optional(),
});

/** One conversation: the steps in order, each judged on the replies it got. */
export async function playSteps(
  core: EvalCore,
  steps: ReadonlyArray<Check & { source?: string[] | undefined }>,
): Promise<PlayedStep[]> {
  const conversation = await core.open();
  const played: PlayedStep[] = [];
  for (const step of steps) {
    const activities = await conversation.say(step.say, step.locale === "en-US" ? "en" : "it");
    played.push({
      ...checkStep(step, activities),
      say: step.say,
      buttons: activities.flatMap(
        (a) => SuggestedSchema.parse(a).suggestedActions?.actions.map((b) => b.value) ?? [],
      ),
      channelData: activities.map((a) => a.channelData ?? {}),
      activities,
    });
  }
  return played;
}
