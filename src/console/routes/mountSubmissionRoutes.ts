import type { Router } from "express";
import { z } from "zod";
import { type ActionId, ActionIdSchema } from "../../content/ids.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { toCsv } from "../csv/toCsv.ts";
import { notFound } from "../http/notFound.ts";
import { parseOr400 } from "../http/parseOr400.ts";
import { readSubmissionData } from "../views/readSubmissionData.ts";
import { romeDate } from "../views/romeDate.ts";
import { SubmissionQuerySchema } from "../views/SubmissionQuery.ts";
import { SUBMISSION_STATUS_LABELS, SubmissionStatusSchema } from "../views/SubmissionStatus.ts";

const IdParams = z.object({ id: z.string().regex(/^[\w-]{1,100}$/) });
const StatusBody = z.object({ status: SubmissionStatusSchema });

const stamp = new Intl.DateTimeFormat("it-IT", {
  timeZone: "Europe/Rome",
  dateStyle: "short",
  timeStyle: "short",
});

/**
 * Submissions within the staff member's territories: list with filters, detail with its mails,
 * status changes and the CSV export of the same selection (formula-safe cells).
 */
export function mountSubmissionRoutes(
  api: Router,
  ctx: ConsoleContext,
  actionTitles: ReadonlyMap<ActionId, string>,
): void {
  const titleOf = (id: string) => {
    const action = ActionIdSchema.safeParse(id);
    return action.success ? (actionTitles.get(action.data) ?? id) : id;
  };

  api.get("/submissions", async (req, res) => {
    const query = parseOr400(res, SubmissionQuerySchema, req.query);
    if (!query) return;
    const rows = await ctx.submissions.list(query, requestStaff(req));
    res.json({
      items: rows.slice(0, 200).map((s) => ({
        id: s.id,
        reference: s.reference,
        createdAt: s.createdAt.toISOString(),
        formId: s.formId,
        actionIds: s.actionIds,
        actionTitles: s.actionIds.map((a) => titleOf(a)),
        province: s.province,
        atsId: s.atsId,
        status: s.status,
        erased: s.erasedAt !== null,
      })),
      total: rows.length,
    });
  });

  api.get("/submissions.csv", async (req, res) => {
    const query = parseOr400(res, SubmissionQuerySchema, req.query);
    if (!query) return;
    const submissions = await ctx.submissions.export(query, requestStaff(req));
    const data = submissions.map((s) => readSubmissionData(s.data));
    const labels = [...new Set(data.flatMap((d) => d.facts.map((f) => f.label)))];
    const rows = submissions.map((s, i) => {
      const facts = new Map((data[i]?.facts ?? []).map((f) => [f.label, f.value]));
      const status = SubmissionStatusSchema.safeParse(s.status);
      return [
        s.reference,
        stamp.format(s.createdAt),
        s.formId,
        s.actionIds.join(", "),
        s.province,
        s.atsId,
        status.success ? SUBMISSION_STATUS_LABELS[status.data] : s.status,
        ...labels.map((l) => facts.get(l) ?? ""),
      ];
    });
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="richieste-${romeDate(ctx.now())}.csv"`);
    res.send(
      toCsv(["Riferimento", "Data", "Modulo", "Azioni", "Provincia", "ATS", "Stato", ...labels], rows),
    );
  });

  api.get("/submissions/:id", async (req, res) => {
    const staff = requestStaff(req);
    const params = parseOr400(res, IdParams, req.params);
    if (!params) return;
    const s = await ctx.submissions.open(params.id, staff);
    if (!s) {
      notFound(res);
      return;
    }
    const data = readSubmissionData(s.data);
    res.json({
      submission: {
        id: s.id,
        reference: s.reference,
        createdAt: s.createdAt.toISOString(),
        consentAt: s.consentAt.toISOString(),
        formId: s.formId,
        actionIds: s.actionIds,
        province: s.province,
        atsId: s.atsId,
        status: s.status,
        erased: s.erasedAt !== null,
        conversationId: s.conversationId,
        title: data.title,
        facts: data.facts,
      },
      mails: s.mails.map((m) => ({ ...m, sentAt: m.sentAt?.toISOString() ?? null })),
    });
  });

  api.patch("/submissions/:id", async (req, res) => {
    const staff = requestStaff(req);
    const params = parseOr400(res, IdParams, req.params);
    const body = parseOr400(res, StatusBody, req.body);
    if (!params || !body) return;
    if (!(await ctx.submissions.setStatus(params.id, body.status, staff))) {
      notFound(res);
      return;
    }
    res.json({ ok: true });
  });
}
