import type { Request, Response, Router } from "express";
import type { ActionId } from "../../content/ids.ts";
import { ActionIdSchema, ConversationIntentIdSchema } from "../../content/ids.ts";
import { countConversationsPerDay } from "../../persistence/dashboard/countConversationsPerDay.ts";
import { countFormFunnel } from "../../persistence/dashboard/countFormFunnel.ts";
import { countIntents } from "../../persistence/dashboard/countIntents.ts";
import { countRecommendedActions } from "../../persistence/dashboard/countRecommendedActions.ts";
import { listHandoffWaits } from "../../persistence/dashboard/listHandoffWaits.ts";
import { listUnansweredQuestions } from "../../persistence/dashboard/listUnansweredQuestions.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { dashboardRange } from "../views/dashboardRange.ts";
import { INTENT_LABELS } from "../views/INTENT_LABELS.ts";
import { summariseWaits } from "../views/summariseWaits.ts";

/** Below this confidence a message counts as not understood on the dashboard. */
export const UNANSWERED_CONFIDENCE = 0.5;

/**
 * The dashboard's figures for a period (default: the last 30 days), all from anonymous analytics;
 * the unanswered questions (users' own words) only for supervisors and admins, audited.
 */
export function mountDashboardRoutes(
  api: Router,
  ctx: ConsoleContext,
  actionTitles: ReadonlyMap<ActionId, string>,
  fieldLabels: ReadonlyMap<string, string> = new Map(),
) {
  /** Charts and tables name intents and form fields as staff know them, never by internal id. */
  const intentLabel = (intent: string) => {
    const action = ActionIdSchema.safeParse(intent);
    if (action.success) return actionTitles.get(action.data) ?? intent;
    const known = ConversationIntentIdSchema.safeParse(intent);
    return known.success ? INTENT_LABELS[known.data] : intent;
  };
  const rangeOf = (req: Request, res: Response) => dashboardRange(req, res, ctx.now());

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
      intents: intents.map((i) => ({ ...i, label: intentLabel(i.intent) })),
      actions: actions.map((a) => {
        const id = ActionIdSchema.safeParse(a.action);
        return { ...a, title: id.success ? (actionTitles.get(id.data) ?? a.action) : a.action };
      }),
      funnel: funnel.map((f) => ({
        ...f,
        stepLabel: f.step ? (fieldLabels.get(`${f.formId}:${f.step}`) ?? f.step) : null,
      })),
      waits: summariseWaits(waits),
    });
  });

  api.get("/dashboard/unanswered", allowRoles("supervisor", "admin"), async (req, res) => {
    const range = rangeOf(req, res);
    if (!range) return;
    const staff = requestStaff(req);
    const rows = await listUnansweredQuestions(ctx.db, range, UNANSWERED_CONFIDENCE);
    await recordAudit(ctx.db.prisma, staff.id, "unanswered.view", undefined, { count: rows.length });
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
