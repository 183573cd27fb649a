import type { Database } from "../Database.ts";

export const CONTENT_EVALUATION_KEY = "content.evaluation";

/**
 * Stores the state of the last draft evaluation (JSON) in the shared `Setting` table, so a page
 * polling another instance behind the balancer sees it too.
 */
export async function writeContentEvaluation(db: Database, value: string): Promise<void> {
  await db.prisma.setting.upsert({
    where: { key: CONTENT_EVALUATION_KEY },
    create: { key: CONTENT_EVALUATION_KEY, value },
    update: { value },
  });
}
