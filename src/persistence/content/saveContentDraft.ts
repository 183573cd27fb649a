import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import type { Database } from "../Database.ts";
import { toInputJson } from "../toInputJson.ts";
import { uniqueViolationOn } from "../uniqueViolationOn.ts";
import { DRAFT_ID } from "./findContentDraft.ts";

/**
 * Stores the draft if nobody saved it since `revision` was read (-1: there was no draft yet);
 * "conflict" otherwise, so the editor reloads instead of overwriting a colleague's change.
 */
export async function saveContentDraft(
  db: Database,
  draft: { baseNumber: number; files: ContentFiles; revision: number; staffId: string },
): Promise<{ ok: true; revision: number } | { ok: false; reason: "conflict" }> {
  const files = toInputJson(draft.files);
  if (draft.revision < 0) {
    try {
      await db.prisma.contentDraft.create({
        data: { id: DRAFT_ID, baseNumber: draft.baseNumber, files, revision: 0, updatedById: draft.staffId },
      });
      return { ok: true, revision: 0 };
    } catch (error) {
      if (uniqueViolationOn(error, "id") || uniqueViolationOn(error, "ContentDraft_pkey"))
        return { ok: false, reason: "conflict" };
      throw error;
    }
  }
  const updated = await db.prisma.contentDraft.updateMany({
    where: { id: DRAFT_ID, revision: draft.revision },
    data: { baseNumber: draft.baseNumber, files, revision: draft.revision + 1, updatedById: draft.staffId },
  });
  return updated.count === 1 ? { ok: true, revision: draft.revision + 1 } : { ok: false, reason: "conflict" };
}
