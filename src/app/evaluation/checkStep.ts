import { z } from "zod";
import type { Check } from "./CheckSchema.ts";

/** dialog-check.mjs's phrases of a bot that did not understand; any of them fails a step unless understood:false. */
export const NOT_UNDERSTOOD = [
  "non ho capito",
  "non riesco ancora a capire",
  "did not understand",
  "didn't understand",
];

/** A bot message as the Direct Line endpoint serves it (the fields dialog-check.mjs reads). */
export const BotActivitySchema = z.looseObject({
  text: z.string().optional(),
  attachments: z.array(z.looseObject({ content: z.unknown().optional() })).optional(),
  channelData: z
    .looseObject({
      form: z.unknown().optional(),
      handoff: z.unknown().optional(),
      actions: z.array(z.string()).optional(),
      source: z.string().optional(),
    })
    .optional(),
});
export type BotActivity = z.infer<typeof BotActivitySchema>;

export interface StepVerdict {
  ok: boolean;
  /** Why the step failed, in dialog-check.mjs's words. */
  why: string[];
  /** All the bot's text and card content answering the step, lower case, as checked. */
  seen: string;
}

/** The text dialog-check.mjs searches: each activity's text and card content, lower case. */
export function textOf(activities: BotActivity[]): string {
  return activities
    .map((a) =>
      [a.text ?? "", ...(a.attachments ?? []).map((x) => JSON.stringify(x.content ?? ""))].join(" "),
    )
    .join(" \n ")
    .toLowerCase();
}

/**
 * One step judged exactly as ../shared/tools/dialog-check.mjs judges it (same order of reasons),
 * plus, when `source` is given, channelData.source of some reply must contain one of its substrings.
 */
export function checkStep(
  step: Check & { source?: string[] | undefined },
  activities: BotActivity[],
): StepVerdict {
  const low = textOf(activities);
  const has = (x: string) => low.includes(x.toLowerCase());
  const cds = activities.map((a) => a.channelData ?? {});
  const lastCd = cds[cds.length - 1] ?? {};
  const why: string[] = [];
  if (!activities.length) why.push("no reply");
  if (step.any && !step.any.some(has)) why.push(`none of ${JSON.stringify(step.any)}`);
  for (const x of step.all ?? []) if (!has(x)) why.push(`missing ${x}`);
  for (const g of step.groups ?? []) if (!g.some(has)) why.push(`none of ${JSON.stringify(g)}`);
  if (step.min && step.min.of.filter(has).length < step.min.n) {
    why.push(`fewer than ${step.min.n} of ${JSON.stringify(step.min.of)}`);
  }
  for (const x of [...(step.none ?? []), ...(step.understood === false ? [] : NOT_UNDERSTOOD)]) {
    if (has(x)) why.push(`said "${x}"`);
  }
  if (step.form === true && !lastCd.form) why.push("form not active");
  if (step.form === false && lastCd.form) why.push(`form still active (${fieldOf(lastCd.form)})`);
  if (step.handoff === false && cds.some((c) => c.handoff)) why.push("escalated to staff");
  if (step.actions) {
    const got = new Set(cds.flatMap((c) => c.actions ?? []));
    for (const a of step.actions) if (!got.has(a)) why.push(`action ${a} not offered`);
  }
  if (step.source !== undefined) {
    const wanted = step.source.map((x) => x.toLowerCase());
    const sources = cds.flatMap((c) => (c.source ? [c.source] : []));
    if (!sources.some((s) => wanted.some((x) => s.toLowerCase().includes(x)))) {
      const got = sources.length ? sources.join(" | ") : "none";
      why.push(`source: none of ${JSON.stringify(step.source)} in channelData (${got})`);
    }
  }
  return { ok: why.length === 0, why, seen: low.replace(/\s+/g, " ") };
}

function fieldOf(form: unknown): string {
  const parsed = z.looseObject({ field: z.string().optional() }).safeParse(form);
  return parsed.success ? String(parsed.data.field) : "?";
}
