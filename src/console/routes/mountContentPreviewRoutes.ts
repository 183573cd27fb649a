import type { Router } from "express";
import { z } from "zod";
import { handleTurn } from "../../conversation/dialog/handleTurn.ts";
import { ConversationStateSchema } from "../../conversation/state/ConversationState.ts";
import { initialState } from "../../conversation/state/initialState.ts";
import { InboundSchema } from "../../conversation/turn.ts";
import { findContentVersion } from "../../persistence/content/findContentVersion.ts";
import type { Database } from "../../persistence/Database.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import { compareNluExamples } from "../content/compareNluExamples.ts";
import type { ContentEditor } from "../content/createContentEditor.ts";
import type { DraftEvaluation } from "../content/createDraftEvaluation.ts";
import type { DraftPreview } from "../content/createDraftPreview.ts";
import { parseOr400 } from "../http/parseOr400.ts";

const PreviewBody = z.strictObject({
  inbound: InboundSchema,
  /** The preview conversation's state as the previous answer returned it; null to start over. */
  state: z.json().nullable(),
});

const EvaluateBody = z.strictObject({
  /** Only the dialogues and questions whose name contains this (as `--filter` of the scripts). */
  filter: z.string().trim().min(1).max(200).optional(),
});

/**
 * The preview of the draft (issue 17): a chat with the conversation core running on the draft's
 * content, whose state stays in the page (nothing is stored, no request is sent, no person is
 * called), the comparison of the NLU examples between the live version and the draft, and the
 * dialogue and fact evaluations on both (started here, run in a process of their own, polled).
 */
export function mountContentPreviewRoutes(
  api: Router,
  deps: { db: Database; editor: ContentEditor; preview: DraftPreview; evaluation: DraftEvaluation },
): void {
  const leads = allowRoles("supervisor", "admin");

  api.post("/content/preview/message", leads, async (req, res) => {
    const body = parseOr400(res, PreviewBody, req.body);
    if (!body) return;
    const draft = await deps.editor.loadDraft();
    if (!draft) {
      res.status(503).json({ error: "no_version", message: "I contenuti non sono ancora stati caricati." });
      return;
    }
    const loaded = await deps.preview.load(draft.files);
    if ("problems" in loaded) {
      res.status(422).json({
        error: "invalid",
        message: "La bozza ha dei problemi: correggili per provarla.",
        problems: loaded.problems,
      });
      return;
    }
    const stored = ConversationStateSchema.safeParse(body.state);
    const state = stored.success ? stored.data : initialState();
    const result = await handleTurn(body.inbound, state, { channel: "web", handoff: "none" }, loaded.deps);
    res.json({
      replies: result.replies.map((r) => ({ text: r.text, buttons: r.buttons.map((b) => b.label) })),
      state: result.state,
      understanding: result.understanding
        ? { intent: result.understanding.intent, confidence: result.understanding.confidence }
        : null,
      // What the live bot would have done next, not done here.
      effects: [...new Set(result.effects.map((e) => e.kind))],
    });
  });

  api.post("/content/preview/nlu", leads, async (_req, res) => {
    const [draft, live] = await Promise.all([deps.editor.loadDraft(), findContentVersion(deps.db, "latest")]);
    if (!draft || !live) {
      res.status(503).json({ error: "no_version", message: "I contenuti non sono ancora stati caricati." });
      return;
    }
    const [liveLoaded, draftLoaded] = await Promise.all([
      deps.preview.load(live.files),
      deps.preview.load(draft.files),
    ]);
    if ("problems" in draftLoaded || "problems" in liveLoaded) {
      res.status(422).json({
        error: "invalid",
        message: "La bozza ha dei problemi: correggili per provarla.",
        problems: "problems" in draftLoaded ? draftLoaded.problems : [],
      });
      return;
    }
    res.json(compareNluExamples(liveLoaded, draftLoaded));
  });

  api.post("/content/evaluation", leads, async (req, res) => {
    const body = parseOr400(res, EvaluateBody, req.body ?? {});
    if (!body) return;
    const [draft, live] = await Promise.all([deps.editor.loadDraft(), findContentVersion(deps.db, "latest")]);
    if (!draft || !live) {
      res.status(503).json({ error: "no_version", message: "I contenuti non sono ancora stati caricati." });
      return;
    }
    // The checks of every save, not the preview's load: that would train the draft's model here,
    // on the request path; the evaluation's own process trains it if the preview has not.
    const problems = await deps.editor.validate();
    if (problems && problems.length > 0) {
      res.status(422).json({
        error: "invalid",
        message: "La bozza ha dei problemi: correggili per valutarla.",
        problems,
      });
      return;
    }
    const started = await deps.evaluation.start(live.files, draft.files, body.filter);
    if (!started.ok && started.reason === "unavailable") {
      res.status(503).json({
        error: "unavailable",
        message: "La valutazione delle bozze non è disponibile su questa istanza.",
      });
      return;
    }
    if (!started.ok) {
      res.status(409).json({
        error: "busy",
        message: "Una valutazione è già in corso su questa istanza: attendi che finisca.",
      });
      return;
    }
    await recordAudit(
      deps.db.prisma,
      requestStaff(req).id,
      "content.evaluate",
      { type: "content_draft", id: String(draft.revision) },
      {
        evaluation: started.state.status === "running" ? started.state.id : null,
        liveNumber: live.number,
        filter: body.filter ?? null,
      },
    );
    res.status(202).json(started.state);
  });

  api.get("/content/evaluation", leads, async (_req, res) => {
    res.json(await deps.evaluation.current());
  });
}
