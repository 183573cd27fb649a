import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import type { Prisma } from "../generated/client.ts";
import { toInputJson } from "../toInputJson.ts";
import type { ContentOrigin } from "./ContentVersionRow.ts";

export type NewContentVersion = {
  files: ContentFiles;
  hash: string;
  origin: ContentOrigin;
  authorId: string | null;
  note: string;
};

/**
 * Publishes the next version number after `after`; "stale" when another publish took that number
 * first (two instances starting together, two supervisors publishing at once), so nobody's version
 * silently replaces another's. Never throws for that, so it runs in the transaction of the
 * publication's audit entry.
 */
export async function insertContentVersion(
  client: Prisma.TransactionClient,
  after: number,
  version: NewContentVersion,
): Promise<{ ok: true; number: number } | { ok: false; reason: "stale" }> {
  const number = after + 1;
  const created = await client.contentVersion.createMany({
    data: [
      {
        number,
        files: toInputJson(version.files),
        hash: version.hash,
        origin: version.origin,
        authorId: version.authorId,
        note: version.note,
      },
    ],
    skipDuplicates: true,
  });
  return created.count === 1 ? { ok: true, number } : { ok: false, reason: "stale" };
}
