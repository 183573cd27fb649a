import type { Prisma } from "../generated/client.ts";
import { DRAFT_ID } from "./findContentDraft.ts";

/** Drops the draft once published or discarded; true when it was still at `revision`. */
export async function deleteContentDraft(
  client: Prisma.TransactionClient,
  revision: number,
): Promise<boolean> {
  const deleted = await client.contentDraft.deleteMany({ where: { id: DRAFT_ID, revision } });
  return deleted.count === 1;
}
