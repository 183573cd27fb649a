import { z } from "zod";

const FactSchema = z.object({ label: z.string(), value: z.string() });

const StoredDataSchema = z.object({
  values: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  facts: z.object({ it: z.array(FactSchema).default([]) }).default({ it: [] }),
  title: z.object({ it: z.string() }).optional(),
});

export interface SubmissionData {
  title: string | null;
  facts: Array<{ label: string; value: string }>;
}

/**
 * What a submission holds, as the user reviewed it (the Italian summary), parsed from its JSON
 * column; erased or unreadable data reads as empty rather than breaking the list.
 */
export function readSubmissionData(data: unknown): SubmissionData {
  const parsed = StoredDataSchema.safeParse(data);
  if (!parsed.success) return { title: null, facts: [] };
  const facts = parsed.data.facts.it.length
    ? parsed.data.facts.it
    : Object.entries(parsed.data.values).map(([label, value]) => ({ label, value: String(value) }));
  return { title: parsed.data.title?.it ?? null, facts };
}
