import type { Request, Response, Router } from "express";
import { z } from "zod";
import { type ActionId, ActionIdSchema, ProvinceCodeSchema } from "../../content/ids.ts";
import { listSubmissionsForStaff } from "../../persistence/submissions/listSubmissionsForStaff.ts";
import type { SubmissionFilter } from "../../persistence/submissions/SubmissionFilter.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { accessOf } from "../auth/accessOf.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { toCsv } from "../csv/toCsv.ts";
import { notFound } from "../http/notFound.ts";
import { parseOr400 } from "../http/parseOr400.ts";
import { readSubmissionData } from "../views/readSubmissionData.ts";
import { romeDate } from "../views/romeDate.ts";
import { romeMidnight } from "../views/romeMidnight.ts";
import { SUBMISSION_STATUS_LABELS, SubmissionStatusSchema } from "../views/SubmissionStatus.ts";

const isoDate = z.iso.date("data nel formato AAAA-MM-GG");
const empty = (v: unknown) => (v === "" ? undefined : v);

const FilterQuery = z.object({
  action: z.preprocess(empty, ActionIdSchema.optional()),
  province: z.preprocess(empty, ProvinceCodeSchema.optional()),
  status: z.preprocess(empty, SubmissionStatusSchema.optional()),
  from: z.preprocess(empty, isoDate.optional()),
  to: z.preprocess(empty, isoDate.optional()),
});
const IdParams = z.object({ id: z.string().regex(/^[\w-]{1,100}$/) });
const StatusBody = z.object({ status: SubmissionStatusSchema });

function nextDay(isoDay: string): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function toFilter(query: z.infer<typeof FilterQuery>): SubmissionFilter {
  return {
    action: query.action,
    province: query.province,
    status: query.status,
    from: query.from ? romeMidnight(query.from) : undefined,
    to: query.to ? romeMidnight(nextDay(query.to)) : undefined,
  };
}

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
  const load = async (req: Request, res: Response) => {
    const query = parseOr400(res, FilterQuery, req.query);
    if (!query) return undefined;
    const staff = requestStaff(req);
    const rows = await listSubmissionsForStaff(ctx.db, toFilter(query), accessOf(staff), 5000);
    return { staff, query, rows };
  };

  api.get("/submissions", async (req, res) => {
    const loaded = await load(req, res);
    if (!loaded) return;
    res.json({
      items: loaded.rows.slice(0, 200).map((s) => ({
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
      total: loaded.rows.length,
    });
  });

  api.get("/submissions.csv", async (req, res) => {
    const loaded = await load(req, res);
    if (!loaded) return;
    const data = loaded.rows.map((s) => readSubmissionData(s.data));
    const labels = [...new Set(data.flatMap((d) => d.facts.map((f) => f.label)))];
    const rows = loaded.rows.map((s, i) => {
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
    await recordAudit(ctx.db.prisma, loaded.staff.id, "submission.export", undefined, {
      count: rows.length,
      filters: Object.fromEntries(Object.entries(loaded.query).filter(([, v]) => v !== undefined)),
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
