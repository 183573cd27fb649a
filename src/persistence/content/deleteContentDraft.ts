import type { Database } from "../Database.ts";
import { DRAFT_ID } from "./findContentDraft.ts";

/** Drops the draft once published or discarded; true when it was still at `revision`. */
export async function deleteContentDraft(db: Database, revision: number): Promise<boolean> {
  const deleted = await db.prisma.contentDraft.deleteMany({ where: { id: DRAFT_ID, revision } });
  return deleted.count === 1;
}
