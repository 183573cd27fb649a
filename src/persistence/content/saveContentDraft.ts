import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import type { Prisma } from "../generated/client.ts";
import { toInputJson } from "../toInputJson.ts";
import { DRAFT_ID } from "./findContentDraft.ts";

/**
 * Stores the draft if nobody saved it since `revision` was read (-1: there was no draft yet);
 * "conflict" otherwise, so the editor reloads instead of overwriting a colleague's change. Never
 * throws for a conflict, so it runs in the transaction of the save's audit entry.
 */
export async function saveContentDraft(
  client: Prisma.TransactionClient,
  draft: { baseNumber: number; files: ContentFiles; revision: number; staffId: string },
): Promise<{ ok: true; revision: number } | { ok: false; reason: "conflict" }> {
  const files = toInputJson(draft.files);
  if (draft.revision < 0) {
    const created = await client.contentDraft.createMany({
      data: [{ id: DRAFT_ID, baseNumber: draft.baseNumber, files, revision: 0, updatedById: draft.staffId }],
      skipDuplicates: true,
    });
    return created.count === 1 ? { ok: true, revision: 0 } : { ok: false, reason: "conflict" };
  }
  const updated = await client.contentDraft.updateMany({
    where: { id: DRAFT_ID, revision: draft.revision },
    data: { baseNumber: draft.baseNumber, files, revision: draft.revision + 1, updatedById: draft.staffId },
  });
  return updated.count === 1 ? { ok: true, revision: draft.revision + 1 } : { ok: false, reason: "conflict" };
}
