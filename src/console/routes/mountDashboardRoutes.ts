import type { Request, Response, Router } from "express";
import { z } from "zod";
import type { ActionId } from "../../conversation/ids.ts";
import { ActionIdSchema } from "../../conversation/ids.ts";
import { countConversationsPerDay } from "../../persistence/dashboard/countConversationsPerDay.ts";
import { countFormFunnel } from "../../persistence/dashboard/countFormFunnel.ts";
import { countIntents } from "../../persistence/dashboard/countIntents.ts";
import { countRecommendedActions } from "../../persistence/dashboard/countRecommendedActions.ts";
import type { DateRange } from "../../persistence/dashboard/DateRange.ts";
import { listHandoffWaits } from "../../persistence/dashboard/listHandoffWaits.ts";
import { listUnansweredQuestions } from "../../persistence/dashboard/listUnansweredQuestions.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { parseOr400 } from "../http/parseOr400.ts";
import { romeDate } from "../views/romeDate.ts";
import { romeMidnight } from "../views/romeMidnight.ts";
import { summariseWaits } from "../views/summariseWaits.ts";

/** Days the dashboard can show: the programme's years and some margin, nothing the database cannot store. */
const FIRST_DAY = "2000-01-01";
const LAST_DAY = "2099-12-31";
const isoDate = z.iso
  .date("data nel formato AAAA-MM-GG")
  .refine((day) => day >= FIRST_DAY && day <= LAST_DAY, { message: `data tra ${FIRST_DAY} e ${LAST_DAY}` });
const empty = (v: unknown) => (v === "" ? undefined : v);
const RangeQuery = z
  .object({
    from: z.preprocess(empty, isoDate.optional()),
    to: z.preprocess(empty, isoDate.optional()),
  })
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    message: "la data di inizio viene dopo quella di fine",
    path: ["from"],
  });

/** Below this confidence a message counts as not understood on the dashboard. */
export const UNANSWERED_CONFIDENCE = 0.5;

function shiftDay(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The dashboard's figures for a period (default: the last 30 days), all from anonymous analytics;
 * the unanswered questions (users' own words) only for supervisors and admins, audited.
 */
export function mountDashboardRoutes(
  api: Router,
  ctx: ConsoleContext,
  actionTitles: ReadonlyMap<ActionId, string>,
) {
  const rangeOf = (
    req: Request,
    res: Response,
  ): (DateRange & { fromDay: string; toDay: string }) | undefined => {
    const query = parseOr400(res, RangeQuery, req.query);
    if (!query) return undefined;
    const toDay = query.to ?? romeDate(ctx.now());
    const fromDay = query.from ?? shiftDay(toDay, -29);
    return { fromDay, toDay, from: romeMidnight(fromDay), to: romeMidnight(shiftDay(toDay, 1)) };
  };

  api.get("/dashboard", async (req, res) => {
    const range = rangeOf(req, res);
    if (!range) return;
    const [conversations, intents, actions, funnel, waits] = await Promise.all([
      countConversationsPerDay(ctx.db, range),
      countIntents(ctx.db, range),
      countRecommendedActions(ctx.db, range),
      countFormFunnel(ctx.db, range),
      listHandoffWaits(ctx.db, range),
    ]);
    res.json({
      from: range.fromDay,
      to: range.toDay,
      conversations,
      intents,
      actions: actions.map((a) => {
        const id = ActionIdSchema.safeParse(a.action);
        return { ...a, title: id.success ? (actionTitles.get(id.data) ?? a.action) : a.action };
      }),
      funnel,
      waits: summariseWaits(waits),
    });
  });

  api.get("/dashboard/unanswered", allowRoles("supervisor", "admin"), async (req, res) => {
    const range = rangeOf(req, res);
    if (!range) return;
    const staff = requestStaff(req);
    const rows = await listUnansweredQuestions(ctx.db, range, UNANSWERED_CONFIDENCE);
    await recordAudit(ctx.db, staff.id, "unanswered.view", undefined, { count: rows.length });
    res.json({
      items: rows.map((r) => ({
        id: r.id.toString(),
        text: r.text,
        intent: r.intent,
        confidence: r.confidence,
        channel: r.conversation.channel,
        createdAt: r.createdAt.toISOString(),
      })),
    });
  });
}
