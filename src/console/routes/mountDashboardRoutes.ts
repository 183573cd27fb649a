import type { Request, Response, Router } from "express";
import type { ActionId } from "../../content/ids.ts";
import { ActionIdSchema, ConversationIntentIdSchema } from "../../content/ids.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { forbidden } from "../http/forbidden.ts";
import { dashboardRange } from "../views/dashboardRange.ts";
import { INTENT_LABELS } from "../views/INTENT_LABELS.ts";
import { summariseWaits } from "../views/summariseWaits.ts";

/**
 * The dashboard's figures for a period (default: the last 30 days), all from anonymous analytics;
 * the unanswered questions (users' own words) only for supervisors and admins, audited by the service.
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
    const { conversations, intents, actions, funnel, waits } = await ctx.insights.dashboard(range);
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
    const rows = await ctx.insights.unanswered(range, requestStaff(req));
    if (!rows) return forbidden(res);
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
