import { randomBytes, randomUUID } from "node:crypto";
import type { Router } from "express";
import { z } from "zod";
import { AtsIdSchema } from "../../conversation/ids.ts";
import { findStaffById } from "../../persistence/staff/findStaffById.ts";
import { insertStaff } from "../../persistence/staff/insertStaff.ts";
import { listStaff } from "../../persistence/staff/listStaff.ts";
import { updateStaff } from "../../persistence/staff/updateStaff.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { hashPassword } from "../auth/hashPassword.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import { StaffRoleSchema } from "../auth/StaffRole.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { notFound } from "../http/notFound.ts";
import { parseOr400 } from "../http/parseOr400.ts";

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

/** Staff accounts and content reload: administrators only. */
export function mountStaffRoutes(api: Router, ctx: ConsoleContext): void {
  const admin = allowRoles("admin");

  api.get("/admin/staff", admin, async (_req, res) => {
    const rows = await listStaff(ctx.db);
    res.json({
      staff: rows.map((s) => ({
        ...s,
        lockedUntil: s.lockedUntil?.toISOString() ?? null,
        createdAt: s.createdAt.toISOString(),
      })),
    });
  });

  api.post("/admin/staff", admin, async (req, res) => {
    const staff = requestStaff(req);
    const body = parseOr400(res, NewStaffBody, req.body);
    if (!body) return;
    const password = body.password ?? randomBytes(12).toString("base64url");
    const id = randomUUID();
    const created = await insertStaff(ctx.db, {
      id,
      email: body.email,
      displayName: body.displayName,
      role: body.role,
      atsId: body.atsId,
      passwordHash: await hashPassword(password),
    });
    if (!created.ok) {
      res.status(409).json({ error: "email_taken", message: "Esiste già un account con questa email." });
      return;
    }
    await recordAudit(
      ctx.db.prisma,
      staff.id,
      "staff.create",
      { type: "staff", id },
      { role: body.role, atsId: body.atsId },
    );
    res.status(201).json({ id, ...(body.password ? {} : { generatedPassword: password }) });
  });

  api.patch("/admin/staff/:id", admin, async (req, res) => {
    const staff = requestStaff(req);
    const params = parseOr400(res, IdParams, req.params);
    const body = parseOr400(res, StaffPatch, req.body);
    if (!params || !body) return;
    const target = await findStaffById(ctx.db, params.id);
    if (!target) {
      notFound(res);
      return;
    }
    const role = body.role ?? StaffRoleSchema.catch("operator").parse(target.role);
    const atsId = body.atsId !== undefined ? body.atsId : target.atsId;
    if (role === "operator" && !atsId) {
      res.status(400).json({ error: "invalid_request", message: "Un operatore deve avere un'ATS." });
      return;
    }
    if (params.id === staff.id && (body.active === false || (body.role && body.role !== "admin"))) {
      res
        .status(400)
        .json({ error: "invalid_request", message: "Non puoi disattivare o declassare il tuo account." });
      return;
    }
    await updateStaff(ctx.db, params.id, {
      displayName: body.displayName,
      role: body.role,
      atsId: body.atsId,
      active: body.active,
      passwordHash: body.password ? await hashPassword(body.password) : undefined,
      unlock: body.unlock,
    });
    const { password: _password, ...changes } = body;
    await recordAudit(
      ctx.db.prisma,
      staff.id,
      "staff.update",
      { type: "staff", id: params.id },
      { ...changes, ...(body.password ? { passwordChanged: true } : {}) },
    );
    res.json({ ok: true });
  });

  api.post("/admin/content/reload", admin, async (req, res) => {
    const staff = requestStaff(req);
    const outcome = await ctx.reloadContent();
    if (outcome === "unavailable") {
      res
        .status(501)
        .json({ error: "not_available", message: "Il ricaricamento dei contenuti non è attivo." });
      return;
    }
    await recordAudit(ctx.db.prisma, staff.id, "content.reload", undefined, { ok: outcome.ok });
    if (outcome.ok) res.json({ ok: true });
    else
      res
        .status(422)
        .json({ error: "invalid_content", message: "Contenuti non validi.", problems: outcome.problems });
  });
}
