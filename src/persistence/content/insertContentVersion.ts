import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import type { Database } from "../Database.ts";
import { toInputJson } from "../toInputJson.ts";
import { uniqueViolationOn } from "../uniqueViolationOn.ts";
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
 * silently replaces another's.
 */
export async function insertContentVersion(
  db: Database,
  after: number,
  version: NewContentVersion,
): Promise<{ ok: true; number: number } | { ok: false; reason: "stale" }> {
  const number = after + 1;
  try {
    await db.prisma.contentVersion.create({
      data: {
        number,
        files: toInputJson(version.files),
        hash: version.hash,
        origin: version.origin,
        authorId: version.authorId,
        note: version.note,
      },
    });
    return { ok: true, number };
  } catch (error) {
    if (uniqueViolationOn(error, "number") || uniqueViolationOn(error, "ContentVersion_pkey"))
      return { ok: false, reason: "stale" };
    throw error;
  }
}
