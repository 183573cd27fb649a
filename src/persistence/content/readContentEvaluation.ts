import type { Database } from "../Database.ts";
import { CONTENT_EVALUATION_KEY } from "./writeContentEvaluation.ts";

/** The stored state of the last draft evaluation (JSON text), if any instance ever ran one. */
export async function readContentEvaluation(db: Database): Promise<string | undefined> {
  const row = await db.prisma.setting.findUnique({ where: { key: CONTENT_EVALUATION_KEY } });
  return row?.value;
}
