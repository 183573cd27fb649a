import type { ContentProblem } from "../../content/versions/ContentProblem.ts";
import { handleTurn } from "../../conversation/dialog/handleTurn.ts";
import type { TurnResult } from "../../conversation/dialog/TurnResult.ts";
import { ConversationStateSchema } from "../../conversation/state/ConversationState.ts";
import { initialState } from "../../conversation/state/initialState.ts";
import type { Inbound } from "../../conversation/turn.ts";
import type { Database } from "../../persistence/Database.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import { compareNluExamples } from "../content/compareNluExamples.ts";
import type { ContentEditor } from "../content/createContentEditor.ts";
import type { DraftEvaluation } from "../content/createDraftEvaluation.ts";
import type { DraftPreview } from "../content/createDraftPreview.ts";
import type { EvaluationState } from "../content/EvaluationReport.ts";

type NoVersion = { ok: false; reason: "no_version" };
type Broken<P> = { ok: false; reason: "invalid"; problems: P[] };

export interface DraftTrials {
  /** One turn of the preview chat on the draft's content; `state` as the previous turn returned it. */
  message(
    inbound: Inbound,
    state: unknown,
  ): Promise<{ ok: true; result: TurnResult } | NoVersion | Broken<string>>;
  /** How the draft's NLU examples are understood now and with the draft. */
  compareNlu(): Promise<
    { ok: true; comparison: ReturnType<typeof compareNluExamples> } | NoVersion | Broken<string>
  >;
  /** Starts the dialogue and fact evaluations of the draft against the live version, audited. */
  evaluate(
    staff: StaffPrincipal,
    filter: string | undefined,
  ): Promise<
    | { ok: true; state: EvaluationState }
    | NoVersion
    | Broken<ContentProblem>
    | { ok: false; reason: "busy" | "unavailable" }
  >;
  /** Where the last evaluation of this instance stands. */
  current(): Promise<EvaluationState>;
}

/**
 * Trying the draft before publishing it (issue 17): a chat with the conversation core on the
 * draft's content whose state stays in the page (nothing is stored, no request is sent, no person
 * is called), the comparison of the NLU examples between the live version and the draft, and the
 * evaluations on both (run in a process of their own, each start audited).
 */
export function createDraftTrials(deps: {
  db: Database;
  editor: ContentEditor;
  preview: DraftPreview;
  evaluation: DraftEvaluation;
}): DraftTrials {
  const { editor, preview, evaluation } = deps;
  return {
    async message(inbound, state) {
      const draft = await editor.loadDraft();
      if (!draft) return { ok: false, reason: "no_version" };
      const loaded = await preview.load(draft.files);
      if ("problems" in loaded) return { ok: false, reason: "invalid", problems: loaded.problems };
      const stored = ConversationStateSchema.safeParse(state);
      const start = stored.success ? stored.data : initialState();
      const result = await handleTurn(inbound, start, { channel: "web", handoff: "none" }, loaded.deps);
      return { ok: true, result };
    },

    async compareNlu() {
      const [draft, live] = await Promise.all([editor.loadDraft(), editor.live()]);
      if (!draft || !live) return { ok: false, reason: "no_version" };
      const [liveLoaded, draftLoaded] = await Promise.all([
        preview.load(live.files),
        preview.load(draft.files),
      ]);
      if ("problems" in draftLoaded) return { ok: false, reason: "invalid", problems: draftLoaded.problems };
      if ("problems" in liveLoaded) return { ok: false, reason: "invalid", problems: [] };
      return { ok: true, comparison: compareNluExamples(liveLoaded, draftLoaded) };
    },

    async evaluate(staff, filter) {
      const [draft, live] = await Promise.all([editor.loadDraft(), editor.live()]);
      if (!draft || !live) return { ok: false, reason: "no_version" };
      // The checks of every save, not the preview's load: that would train the draft's model here,
      // on the request path; the evaluation's own process trains it if the preview has not.
      const problems = await editor.validate();
      if (problems && problems.length > 0) return { ok: false, reason: "invalid", problems };
      const started = await evaluation.start(live.files, draft.files, filter);
      if (!started.ok) return started;
      await recordAudit(
        deps.db.prisma,
        staff.id,
        "content.evaluate",
        { type: "content_draft", id: String(draft.revision) },
        {
          evaluation: started.state.status === "running" ? started.state.id : null,
          liveNumber: live.number,
          filter: filter ?? null,
        },
      );
      return started;
    },

    current: () => evaluation.current(),
  };
}
