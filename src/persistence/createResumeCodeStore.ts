import { z } from "zod";
import type { ResumeCodeStore, TransferResult } from "../conversation/resume/ResumeCodeStore.ts";
import type { Database } from "./Database.ts";

const TransferRowSchema = z.object({
  sourceId: z.string().nullable(),
  moved: z.coerce.number(),
  seen: z.coerce.number(),
  own: z.coerce.number(),
});

/** Prisma reports it as P2002 with adapter-pg; the PGlite adapter passes PostgreSQL's 23505 in `cause`. */
function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    if ("code" in current && (current.code === "P2002" || current.code === "23505")) return true;
    if ("kind" in current && current.kind === "UniqueConstraintViolation") return true;
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}

/*
 * Timestamps go to raw SQL as UTC ISO strings: the columns are TIMESTAMP(3) without time zone
 * holding UTC (Prisma's convention), and PostgreSQL ignores the offset of such a literal.
 */
const TRANSFER_SQL = `
WITH src AS (
  SELECT "id", "state", "lang", "atsId", "province" FROM "Conversation"
  WHERE "resumeCode" = $1 AND "resumeCodeExpires" > $3::timestamp AND "id" <> $2
  FOR UPDATE
), mark AS (
  INSERT INTO "Message" ("conversationId", "direction", "externalId", "text")
  SELECT $2, 'in', $4::text, $5 FROM src WHERE $4::text IS NOT NULL
  ON CONFLICT ("conversationId", "externalId") DO NOTHING
  RETURNING "id"
), moved AS (
  UPDATE "Conversation" AS t
  SET "state" = CASE
        WHEN jsonb_typeof(src."state"::jsonb -> 'form' -> 'values') = 'object' THEN jsonb_set(
          src."state"::jsonb, '{form,resumedFields}',
          (SELECT coalesce(jsonb_agg(k), '[]'::jsonb) FROM jsonb_object_keys(src."state"::jsonb -> 'form' -> 'values') AS k))
        ELSE src."state"::jsonb END,
      "lang" = src."lang", "atsId" = src."atsId", "province" = src."province",
      "version" = t."version" + 1, "updatedAt" = $3::timestamp, "lastActivityAt" = $3::timestamp
  FROM src
  WHERE t."id" = $2 AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM mark))
  RETURNING t."id"
), consumed AS (
  UPDATE "Conversation" AS s SET "resumeCode" = NULL, "resumeCodeExpires" = NULL
  FROM src WHERE s."id" = src."id" AND EXISTS (SELECT 1 FROM moved)
  RETURNING s."id"
)
SELECT
  (SELECT "id" FROM src) AS "sourceId",
  (SELECT count(*) FROM moved) AS "moved",
  (SELECT count(*) FROM "Message" WHERE "conversationId" = $2 AND "externalId" = $4::text) AS "seen",
  (SELECT count(*) FROM "Conversation" WHERE "id" = $2 AND "resumeCode" = $1 AND "resumeCodeExpires" > $3::timestamp) AS "own"`;

/**
 * Resume codes on the Conversation row (`resumeCode` is unique). The transfer is one SQL
 * statement, so the copy of the state, the consumption of the code and the record of the message
 * happen together or not at all, on PGlite and PostgreSQL alike. The form's values arrive marked as
 * given elsewhere (`resumedFields`), so they are shown masked here.
 */
export function createResumeCodeStore(db: Database): ResumeCodeStore {
  return {
    async findActiveCode(conversationId, now) {
      const row = await db.prisma.conversation.findUnique({
        where: { id: conversationId },
        select: { resumeCode: true, resumeCodeExpires: true },
      });
      if (!row?.resumeCode || !row.resumeCodeExpires || row.resumeCodeExpires <= now) return null;
      return { code: row.resumeCode, expiresAt: row.resumeCodeExpires };
    },

    async assignCode(conversationId, code, expiresAt, now) {
      await db.prisma.conversation.updateMany({
        where: { resumeCode: code, resumeCodeExpires: { lte: now } },
        data: { resumeCode: null, resumeCodeExpires: null },
      });
      try {
        await db.prisma.conversation.update({
          where: { id: conversationId },
          data: { resumeCode: code, resumeCodeExpires: expiresAt },
        });
        return "assigned";
      } catch (error) {
        if (isUniqueViolation(error)) return "taken";
        throw error;
      }
    },

    async transfer(request): Promise<TransferResult> {
      const rows = await db.sql.query(TRANSFER_SQL, [
        request.code,
        request.targetConversationId,
        request.now.toISOString(),
        request.externalId ?? null,
        request.text,
      ]);
      const row = TransferRowSchema.parse(rows[0]);
      if (row.moved > 0)
        return { ok: true, sourceConversationId: row.sourceId ?? undefined, duplicate: false };
      // The statement's own insert is invisible to its final SELECT: `seen` counts earlier ones.
      if (request.externalId && row.seen > 0) return { ok: true, duplicate: true };
      if (row.own > 0) return { ok: false, reason: "same_conversation" };
      return { ok: false, reason: "unknown_code" };
    },
  };
}
