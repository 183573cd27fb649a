import { randomUUID } from "node:crypto";
import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import { hashContentFiles } from "../../content/versions/hashContentFiles.ts";
import { BoundedMap } from "../../kernel/BoundedMap.ts";
import { readContentEvaluation } from "../../persistence/content/readContentEvaluation.ts";
import { writeContentEvaluation } from "../../persistence/content/writeContentEvaluation.ts";
import type { Database } from "../../persistence/Database.ts";
import { compareEvaluations } from "./compareEvaluations.ts";
import { type EvaluationReport, type EvaluationState, EvaluationStateSchema } from "./EvaluationReport.ts";
import { materializeContentVersion } from "./materializeContentVersion.ts";

/**
 * Evaluates a content folder (the composition root gives `content:evaluate` in a process of its
 * own); `modelsDir` holds NLU models already trained, `signal` stops it.
 */
export type Evaluate = (
  contentDir: string,
  options: { filter?: string | undefined; modelsDir: string; signal: AbortSignal },
) => Promise<EvaluationReport>;

/** Reports of published versions kept (a version is evaluated again only when it changes). */
const KEEP = 4;
/**
 * A stored "running" older than this was left by an instance that stopped mid-way (an
 * evaluation's process is stopped after 20 minutes): it no longer blocks and shows as failed.
 */
const ABANDONED_MS = 25 * 60_000;

const FAILED = "La valutazione non è riuscita: riprova, e se si ripete avvisa chi gestisce il servizio.";
const ABANDONED = "La valutazione si è interrotta (l'istanza che la eseguiva si è fermata): riprova.";

/**
 * The console's "evaluate the draft" (issue 17): the dialogue and fact evaluations on the
 * published content and on the draft, compared. One at a time (a second request while one runs
 * is refused, not queued: each costs tens of seconds of CPU); the published content's report is
 * kept by hash, so evaluating successive drafts runs only the draft again. The state is stored in
 * the database, so the page sees it whichever instance answers its polls, and the last outcome
 * stays until the next start.
 */
export function createDraftEvaluation(options: {
  db: Database;
  dataDir: string;
  evaluate: Evaluate | undefined;
  onError: (error: unknown) => void;
}) {
  let running = false;
  // Aborted when the console stops: an evaluation's process does not outlive the instance.
  const stopping = new AbortController();
  const published = new BoundedMap<string, Promise<EvaluationReport>>(KEEP);

  async function report(evaluate: Evaluate, files: ContentFiles, filter: string | undefined, keep: boolean) {
    const hash = hashContentFiles(files);
    const key = `${hash}\n${filter ?? ""}`;
    const known = published.get(key);
    if (known) return known;
    const dir = await materializeContentVersion(options.dataDir, hash, files);
    const evaluation = evaluate(dir, { filter, modelsDir: options.dataDir, signal: stopping.signal });
    if (keep) {
      published.set(key, evaluation);
      evaluation.catch(() => published.delete(key));
    }
    return evaluation;
  }

  async function current(): Promise<EvaluationState> {
    const stored = await readContentEvaluation(options.db);
    if (stored === undefined) return { status: "idle" };
    let parsed: ReturnType<typeof EvaluationStateSchema.safeParse>;
    try {
      parsed = EvaluationStateSchema.safeParse(JSON.parse(stored));
    } catch {
      return { status: "idle" };
    }
    if (!parsed.success) return { status: "idle" };
    const state = parsed.data;
    if (state.status === "running" && !running && Date.parse(state.startedAt) < Date.now() - ABANDONED_MS) {
      return { ...state, status: "failed", finishedAt: state.startedAt, message: ABANDONED };
    }
    return state;
  }

  const save = (state: EvaluationState) => writeContentEvaluation(options.db, JSON.stringify(state));

  return {
    stop(): void {
      stopping.abort();
    },
    current,
    /** Starts an evaluation of `draft` against `live`, unless one is running. */
    async start(
      live: ContentFiles,
      draft: ContentFiles,
      filter: string | undefined,
    ): Promise<{ ok: true; state: EvaluationState } | { ok: false; reason: "busy" | "unavailable" }> {
      const evaluate = options.evaluate;
      if (!evaluate) return { ok: false, reason: "unavailable" };
      if (running || stopping.signal.aborted || (await current()).status === "running") {
        return { ok: false, reason: "busy" };
      }
      running = true;
      const id = randomUUID();
      const startedAt = new Date().toISOString();
      const state: EvaluationState = { status: "running", id, startedAt, filter: filter ?? null };
      try {
        await save(state);
      } catch (error) {
        running = false;
        throw error;
      }
      (async () => {
        // One after the other: the instance keeps a core for its own requests.
        const before = await report(evaluate, live, filter, true);
        const after = await report(
          evaluate,
          draft,
          filter,
          hashContentFiles(draft) === hashContentFiles(live),
        );
        return compareEvaluations(before, after);
      })()
        .then(
          (comparison): EvaluationState => ({
            status: "done",
            id,
            startedAt,
            finishedAt: new Date().toISOString(),
            filter: filter ?? null,
            comparison,
          }),
          (error: unknown): EvaluationState => {
            options.onError(error);
            return { status: "failed", id, startedAt, finishedAt: new Date().toISOString(), message: FAILED };
          },
        )
        .then(save)
        .catch(options.onError)
        .finally(() => {
          running = false;
        });
      return { ok: true, state };
    },
  };
}

export type DraftEvaluation = ReturnType<typeof createDraftEvaluation>;
