import type { Database } from "../Database.ts";
import { type ContentVersionRow, ContentVersionRowSchema } from "./ContentVersionRow.ts";

/** One published version with its files; `"latest"` is the live one. Undefined before the first. */
export async function findContentVersion(
  db: Database,
  which: number | "latest",
): Promise<ContentVersionRow | undefined> {
  const row =
    which === "latest"
      ? await db.prisma.contentVersion.findFirst({ orderBy: { number: "desc" } })
      : await db.prisma.contentVersion.findUnique({ where: { number: which } });
  return row ? ContentVersionRowSchema.parse(row) : undefined;
}
