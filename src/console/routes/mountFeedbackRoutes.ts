import type { Router } from "express";
import type { AtsId } from "../../content/ids.ts";
import { maskPersonalData } from "../../conversation/nlu/maskPersonalData.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { toCsv } from "../csv/toCsv.ts";
import { forbidden } from "../http/forbidden.ts";
import { contentOfAnswer } from "../views/contentOfAnswer.ts";
import { dashboardRange } from "../views/dashboardRange.ts";
import { romeDate } from "../views/romeDate.ts";
import { summariseFeedback } from "../views/summariseFeedback.ts";

const stamp = new Intl.DateTimeFormat("it-IT", {
  timeZone: "Europe/Rome",
  dateStyle: "short",
  timeStyle: "short",
});

/**
 * What users said about the service (issue 18): satisfaction figures for every staff member (ids
 * and counts only); the worst-rated answers with the users' words (personal data masked) and the
 * CSV export for supervisors and admins, audited by the service like the unanswered questions.
 */
export function mountFeedbackRoutes(api: Router, ctx: ConsoleContext, atsLabels: ReadonlyMap<AtsId, string>) {
  api.get("/dashboard/feedback", async (req, res) => {
    const range = dashboardRange(req, res, ctx.now());
    if (!range) return;
    const figures = await ctx.insights.feedback(range);
    res.json({ from: range.fromDay, to: range.toDay, ...summariseFeedback({ ...figures, atsLabels }) });
  });

  api.get("/dashboard/feedback/worst", allowRoles("supervisor", "admin"), async (req, res) => {
    const range = dashboardRange(req, res, ctx.now());
    if (!range) return;
    const rows = await ctx.insights.worstAnswers(range, requestStaff(req));
    if (!rows) return forbidden(res);
    res.json({
      items: rows.map((row) => ({
        answerKey: row.answerKey,
        intent: row.intent,
        up: row.up,
        down: row.down,
        content: contentOfAnswer(row.answerKey) ?? null,
        samples: row.samples.map((s) => ({
          question: s.question === null ? null : maskPersonalData(s.question),
          comment: s.comment === null ? null : maskPersonalData(s.comment),
          conversationHref: `/console/conversations/${encodeURIComponent(s.conversationId)}`,
        })),
      })),
    });
  });

  api.get("/feedback.csv", allowRoles("supervisor", "admin"), async (req, res) => {
    const range = dashboardRange(req, res, ctx.now());
    if (!range) return;
    const rows = await ctx.insights.feedbackExport(range, requestStaff(req));
    if (!rows) return forbidden(res);
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="valutazioni-${romeDate(ctx.now())}.csv"`);
    res.send(
      toCsv(
        [
          "Data",
          "Tipo",
          "Canale",
          "Intento",
          "Contenuto",
          "Voto",
          "Cosa mancava",
          "Dopo",
          "ATS",
          "Punteggio",
        ],
        rows.map((r) => [
          stamp.format(r.createdAt),
          r.kind === "answer" ? "risposta" : "conversazione",
          r.channel,
          r.intent,
          r.answerKey,
          r.vote === "up" ? "utile" : r.vote === "down" ? "non utile" : null,
          r.comment === null ? null : maskPersonalData(r.comment),
          r.trigger,
          r.atsId,
          r.score,
        ]),
      ),
    );
  });
}
