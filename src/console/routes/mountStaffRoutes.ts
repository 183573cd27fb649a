import type { Response, Router } from "express";
import { z } from "zod";
import { AtsIdSchema } from "../../content/ids.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import { StaffRoleSchema } from "../auth/StaffRole.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { notFound } from "../http/notFound.ts";
import { parseOr400 } from "../http/parseOr400.ts";
import type { AccountRefusal } from "../services/createStaffAccounts.ts";

export const PasswordSchema = z.string().min(12, "almeno 12 caratteri").max(256);

const NewStaffBody = z
  .object({
    email: z.email("indirizzo email non valido").max(254),
    displayName: z.string().trim().min(1).max(100),
    role: StaffRoleSchema,
    atsId: AtsIdSchema.nullable().default(null),
    password: PasswordSchema.optional(),
  })
  .refine((s) => s.role !== "operator" || s.atsId !== null, {
    message: "un operatore deve avere un'ATS",
    path: ["atsId"],
  });

const StaffPatch = z.object({
  displayName: z.string().trim().min(1).max(100).optional(),
  role: StaffRoleSchema.optional(),
  atsId: AtsIdSchema.nullable().optional(),
  active: z.boolean().optional(),
  password: PasswordSchema.optional(),
  unlock: z.literal(true).optional(),
});

const IdParams = z.object({ id: z.string().regex(/^[\w-]{1,100}$/) });

function refuse(res: Response, reason: AccountRefusal): void {
  if (reason === "not_found") notFound(res);
  else if (reason === "email_taken")
    res.status(409).json({ error: "email_taken", message: "Esiste già un account con questa email." });
  else if (reason === "operator_without_ats")
    res.status(400).json({ error: "invalid_request", message: "Un operatore deve avere un'ATS." });
  else
    res
      .status(400)
      .json({ error: "invalid_request", message: "Non puoi disattivare o declassare il tuo account." });
}

/** Staff accounts (the rules are the accounts service's) and content reload: administrators only. */
export function mountStaffRoutes(api: Router, ctx: ConsoleContext): void {
  const admin = allowRoles("admin");

  api.get("/admin/staff", admin, async (_req, res) => {
    const rows = await ctx.accounts.list();
    res.json({
      staff: rows.map((s) => ({
        ...s,
        lockedUntil: s.lockedUntil?.toISOString() ?? null,
        createdAt: s.createdAt.toISOString(),
      })),
    });
  });

  api.post("/admin/staff", admin, async (req, res) => {
    const body = parseOr400(res, NewStaffBody, req.body);
    if (!body) return;
    const created = await ctx.accounts.create(body, requestStaff(req));
    if (!created.ok) {
      refuse(res, created.reason);
      return;
    }
    res.status(201).json({
      id: created.id,
      ...(created.generatedPassword ? { generatedPassword: created.generatedPassword } : {}),
    });
  });

  api.patch("/admin/staff/:id", admin, async (req, res) => {
    const params = parseOr400(res, IdParams, req.params);
    const body = parseOr400(res, StaffPatch, req.body);
    if (!params || !body) return;
    const updated = await ctx.accounts.update(params.id, body, requestStaff(req));
    if (!updated.ok) {
      refuse(res, updated.reason);
      return;
    }
    res.json({ ok: true });
  });

  api.post("/admin/content/reload", admin, async (req, res) => {
    const outcome = await ctx.contentReload.reload(requestStaff(req));
    if (outcome === "unavailable") {
      res
        .status(501)
        .json({ error: "not_available", message: "Il ricaricamento dei contenuti non è attivo." });
      return;
    }
    if (outcome.ok) res.json({ ok: true });
    else
      res
        .status(422)
        .json({ error: "invalid_content", message: "Contenuti non validi.", problems: outcome.problems });
  });
}
