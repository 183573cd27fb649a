import type { z } from "zod";

/**
 * Flags an entry whose `key` an earlier entry already has and, given `expected`, the expected keys
 * no entry has: the content files list each id exactly once, so that no lookup finds two or none.
 */
export function checkListedOnce<K extends string>(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  entries: readonly Record<K, string>[],
  key: K,
  expected?: { ids: readonly string[]; name: string },
): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry[key])) {
      ctx.addIssue({ code: "custom", path: [...path, index, key], message: `${entry[key]} is listed twice` });
    }
    seen.add(entry[key]);
  });
  if (!expected) return;
  const missing = expected.ids.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    ctx.addIssue({ code: "custom", path, message: `missing ${expected.name}: ${missing.join(", ")}` });
  }
}
