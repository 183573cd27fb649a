import type { Router } from "express";
import { z } from "zod";
import { allowRoles } from "../auth/allowRoles.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { parseOr400 } from "../http/parseOr400.ts";

const OutboxQuery = z.object({
  status: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["pending", "sent", "failed"]).optional()),
});
const IdParams = z.object({ id: z.string().regex(/^[\w-]{1,100}$/) });

/**
 * The mail outbox for supervisors and admins: delivery status, attempts, last error, and a retry
 * that puts an unsent mail back at the front of the queue (the worker sends it; never twice).
 */
export function mountOutboxRoutes(api: Router, ctx: ConsoleContext): void {
  const leads = allowRoles("supervisor", "admin");

  api.get("/outbox", leads, async (req, res) => {
    const query = parseOr400(res, OutboxQuery, req.query);
    if (!query) return;
    const mails = await ctx.outbox.list(query.status);
    res.json({
      items: mails.map((m) => ({
        ...m,
        nextAttemptAt: m.nextAttemptAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
        createdAt: m.createdAt.toISOString(),
      })),
    });
  });

  api.post("/outbox/:id/retry", leads, async (req, res) => {
    const params = parseOr400(res, IdParams, req.params);
    if (!params) return;
    if (!(await ctx.outbox.retry(params.id, requestStaff(req)))) {
      res.status(409).json({ error: "not_retryable", message: "Email inesistente o già inviata." });
      return;
    }
    res.json({ ok: true });
  });
}
