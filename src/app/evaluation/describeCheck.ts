import type { Check } from "./CheckSchema.ts";

const quoted = (phrases: readonly string[]) => phrases.map((p) => `«${p}»`).join(", ");

/**
 * What a step expects of the bot's reply, in the staff's words: the evaluation of a draft shows
 * it beside what the bot said, so a failing step can be understood without the evaluation file.
 */
export function describeCheck(step: Check & { source?: string[] | undefined }): string {
  const parts: string[] = [];
  if (step.any) parts.push(`una tra ${quoted(step.any)}`);
  if (step.all) parts.push(`tutte: ${quoted(step.all)}`);
  for (const group of step.groups ?? []) parts.push(`una tra ${quoted(group)}`);
  if (step.min) parts.push(`almeno ${step.min.n} tra ${quoted(step.min.of)}`);
  if (step.none) parts.push(`nessuna tra ${quoted(step.none)}`);
  if (step.understood !== false) parts.push("capito (nessun «non ho capito»)");
  if (step.form === true) parts.push("modulo in corso");
  if (step.form === false) parts.push("nessun modulo in corso");
  if (step.handoff === false) parts.push("nessun passaggio a una persona");
  if (step.actions) parts.push(`azioni proposte: ${step.actions.join(", ")}`);
  if (step.source) parts.push(`fonte: ${quoted(step.source)}`);
  return parts.join("; ");
}
