import type { Response, Router } from "express";
import { z } from "zod";
import { InboundSchema } from "../../conversation/turn.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import { parseOr400 } from "../http/parseOr400.ts";
import type { DraftTrials } from "../services/createDraftTrials.ts";

const PreviewBody = z.strictObject({
  inbound: InboundSchema,
  /** The preview conversation's state as the previous answer returned it; null to start over. */
  state: z.json().nullable(),
});

const EvaluateBody = z.strictObject({
  /** Only the dialogues and questions whose name contains this (as `--filter` of the scripts). */
  filter: z.string().trim().min(1).max(200).optional(),
});

const NOT_EVALUATED = {
  invalid: { status: 422, message: "La bozza ha dei problemi: correggili per valutarla." },
  unavailable: { status: 503, message: "La valutazione delle bozze non è disponibile su questa istanza." },
  busy: { status: 409, message: "Una valutazione è già in corso su questa istanza: attendi che finisca." },
};

function noVersion(res: Response) {
  res.status(503).json({ error: "no_version", message: "I contenuti non sono ancora stati caricati." });
}

function cannotTry(res: Response, problems: unknown[]) {
  res.status(422).json({
    error: "invalid",
    message: "La bozza ha dei problemi: correggili per provarla.",
    problems,
  });
}

/**
 * The preview of the draft (issue 17): the chat on the draft's content, the comparison of the NLU
 * examples between the live version and the draft, and the dialogue and fact evaluations on both
 * (started here, polled); the draft trials service does the work.
 */
export function mountContentPreviewRoutes(api: Router, trials: DraftTrials): void {
  const leads = allowRoles("supervisor", "admin");

  api.post("/content/preview/message", leads, async (req, res) => {
    const body = parseOr400(res, PreviewBody, req.body);
    if (!body) return;
    const outcome = await trials.message(body.inbound, body.state);
    if (!outcome.ok)
      return outcome.reason === "no_version" ? noVersion(res) : cannotTry(res, outcome.problems);
    const { result } = outcome;
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
    const outcome = await trials.compareNlu();
    if (!outcome.ok)
      return outcome.reason === "no_version" ? noVersion(res) : cannotTry(res, outcome.problems);
    res.json(outcome.comparison);
  });

  api.post("/content/evaluation", leads, async (req, res) => {
    const body = parseOr400(res, EvaluateBody, req.body ?? {});
    if (!body) return;
    const started = await trials.evaluate(requestStaff(req), body.filter);
    if (started.ok) {
      res.status(202).json(started.state);
      return;
    }
    if (started.reason === "no_version") return noVersion(res);
    const { status, message } = NOT_EVALUATED[started.reason];
    const problems = "problems" in started ? { problems: started.problems } : {};
    res.status(status).json({ error: started.reason, message, ...problems });
  });

  api.get("/content/evaluation", leads, async (_req, res) => {
    res.json(await trials.current());
  });
}
