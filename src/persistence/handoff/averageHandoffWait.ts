import type { Database } from "../Database.ts";

/**
 * Minutes recent escalations waited before a person took them (last `sample` claims), or
 * undefined without history: the basis of the wait the user is told.
 */
export async function averageHandoffWait(db: Database, sample = 20): Promise<number | undefined> {
  const rows = await db.prisma.analyticsEvent.findMany({
    where: { kind: "handoff_claimed", value: { not: null } },
    orderBy: { id: "desc" },
    take: sample,
    select: { value: true },
  });
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => a + b, 0) / values.length / 60;
}
