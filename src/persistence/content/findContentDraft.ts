import type { Database } from "../Database.ts";
import { type ContentDraftRow, ContentDraftRowSchema } from "./ContentDraftRow.ts";

export const DRAFT_ID = "draft";

/** The shared draft of the next version, if someone started one. */
export async function findContentDraft(db: Database): Promise<ContentDraftRow | undefined> {
  const row = await db.prisma.contentDraft.findUnique({ where: { id: DRAFT_ID } });
  return row ? ContentDraftRowSchema.parse(row) : undefined;
}
