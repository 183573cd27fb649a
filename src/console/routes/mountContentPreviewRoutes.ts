import type { Router } from "express";
import { z } from "zod";
import { handleTurn } from "../../conversation/dialog/handleTurn.ts";
import { ConversationStateSchema } from "../../conversation/state/ConversationState.ts";
import { initialState } from "../../conversation/state/initialState.ts";
import { InboundSchema } from "../../conversation/turn.ts";
import { findContentVersion } from "../../persistence/content/findContentVersion.ts";
import type { Database } from "../../persistence/Database.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { compareNluExamples } from "../content/compareNluExamples.ts";
import type { ContentEditor } from "../content/createContentEditor.ts";
import type { DraftPreview } from "../content/createDraftPreview.ts";
import { parseOr400 } from "../http/parseOr400.ts";

const PreviewBody = z.strictObject({
  inbound: InboundSchema,
  /** The preview conversation's state as the previous answer returned it; null to start over. */
  state: z.json().nullable(),
});

/**
 * The preview of the draft (issue 17): a chat with the conversation core running on the draft's
 * content, whose state stays in the page (nothing is stored, no request is sent, no person is
 * called), and the comparison of the NLU examples between the live version and the draft.
 */
export function mountContentPreviewRoutes(
  api: Router,
  deps: { db: Database; editor: ContentEditor; preview: DraftPreview },
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
}
