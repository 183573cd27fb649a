import { randomUUID } from "node:crypto";
import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import { hashContentFiles } from "../../content/versions/hashContentFiles.ts";
import { compareEvaluations, type EvaluationComparison } from "./compareEvaluations.ts";
import type { EvaluationReport } from "./EvaluationReport.ts";
import { materializeContentVersion } from "./materializeContentVersion.ts";

export type EvaluationState =
  | { status: "idle" }
  | { status: "running"; id: string; startedAt: string; filter: string | null }
  | {
      status: "done";
      id: string;
      startedAt: string;
      finishedAt: string;
      filter: string | null;
      comparison: EvaluationComparison;
    }
  | { status: "failed"; id: string; startedAt: string; finishedAt: string; message: string };

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
 * The console's "evaluate the draft" (issue 17): the dialogue and fact evaluations on the
 * published content and on the draft, compared. One at a time on an instance (a second request
 * while one runs is refused, not queued: each costs tens of seconds of CPU); the published
 * content's report is kept by hash, so evaluating successive drafts runs only the draft again.
 * The last outcome stays until the next start, for whoever opens the page.
 */
export function createDraftEvaluation(options: {
  dataDir: string;
  evaluate: Evaluate | undefined;
  onError: (error: unknown) => void;
}) {
  let state: EvaluationState = { status: "idle" };
  // Aborted when the console stops: an evaluation's process does not outlive the instance.
  const stopping = new AbortController();
  const published = new Map<string, Promise<EvaluationReport>>();

  async function report(evaluate: Evaluate, files: ContentFiles, filter: string | undefined, keep: boolean) {
    const hash = hashContentFiles(files);
    const key = `${hash}\n${filter ?? ""}`;
    const known = published.get(key);
    if (known) return known;
    const dir = await materializeContentVersion(options.dataDir, hash, files);
    const running = evaluate(dir, { filter, modelsDir: options.dataDir, signal: stopping.signal });
    if (keep) {
      published.set(key, running);
      running.catch(() => published.delete(key));
      while (published.size > KEEP) {
        const oldest = published.keys().next().value;
        if (oldest === undefined) break;
        published.delete(oldest);
      }
    }
    return running;
  }

  return {
    stop(): void {
      stopping.abort();
    },
    current(): EvaluationState {
      return state;
    },
    /** Starts an evaluation of `draft` against `live`, unless one is running on this instance. */
    start(
      live: ContentFiles,
      draft: ContentFiles,
      filter: string | undefined,
    ): { ok: true; id: string } | { ok: false; reason: "busy" | "unavailable" } {
      const evaluate = options.evaluate;
      if (!evaluate) return { ok: false, reason: "unavailable" };
      if (state.status === "running" || stopping.signal.aborted) return { ok: false, reason: "busy" };
      const id = randomUUID();
      const startedAt = new Date().toISOString();
      state = { status: "running", id, startedAt, filter: filter ?? null };
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
      })().then(
        (comparison) => {
          state = {
            status: "done",
            id,
            startedAt,
            finishedAt: new Date().toISOString(),
            filter: filter ?? null,
            comparison,
          };
        },
        (error: unknown) => {
          options.onError(error);
          state = {
            status: "failed",
            id,
            startedAt,
            finishedAt: new Date().toISOString(),
            message:
              "La valutazione non è riuscita: riprova, e se si ripete avvisa chi gestisce il servizio.",
          };
        },
      );
      return { ok: true, id };
    },
  };
}

export type DraftEvaluation = ReturnType<typeof createDraftEvaluation>;
