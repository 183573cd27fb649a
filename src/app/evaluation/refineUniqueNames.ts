import type { z } from "zod";

/** A set's names identify its dialogues or questions in every report: two alike would be confused. */
export function refineUniqueNames(items: ReadonlyArray<{ name: string }>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.name)) {
      ctx.addIssue({ code: "custom", path: [index, "name"], message: `duplicate name "${item.name}"` });
    }
    seen.add(item.name);
  }
}
