import type { Router } from "express";
import { z } from "zod";
import { AuditActionSchema } from "../audit/AuditAction.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { parseOr400 } from "../http/parseOr400.ts";

/** Audit ids are PostgreSQL bigints: a larger cursor would fail in the database, not here. */
const MAX_ID = 9_223_372_036_854_775_807n;

const AuditQuery = z.object({
  before: z
    .string()
    .regex(/^\d{1,19}$/, { message: "atteso un numero intero" })
    .transform((v) => BigInt(v))
    .refine((v) => v <= MAX_ID, { message: "oltre il numero più alto possibile" })
    .optional(),
  action: AuditActionSchema.optional(),
  staffId: z.string().max(100).optional(),
  objectId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The audit log, newest first: administrators only. */
export function mountAuditRoutes(api: Router, ctx: ConsoleContext): void {
  api.get("/admin/audit", allowRoles("admin"), async (req, res) => {
    const query = parseOr400(res, AuditQuery, req.query);
    if (!query) return;
    const entries = await ctx.auditLog.list(query);
    res.json({
      entries: entries.map((e) => ({
        id: e.id.toString(),
        at: e.createdAt.toISOString(),
        staffId: e.staffId,
        staffEmail: e.staffEmail,
        action: e.action,
        objectType: e.objectType,
        objectId: e.objectId,
        details: e.details,
        ip: e.ip,
      })),
    });
  });
}
