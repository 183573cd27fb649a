import { type EvalCore, type EvalCoreOptions, startEvalCore } from "./startEvalCore.ts";

export interface EvalCores {
  core(officeClosed: boolean): EvalCore;
  dispose(): Promise<void>;
}

/**
 * The two services a set needs, started only if some dialogue needs them: one with staff always
 * on duty, one with the office closed. One after the other: in one process they share a thread
 * anyway, and the second takes the NLU model the first trained (`keepFromDataDir`) instead of
 * training the same one again.
 */
export async function startEvalCores(
  needs: { open: boolean; closed: boolean },
  options: Omit<EvalCoreOptions, "officeClosed">,
): Promise<EvalCores> {
  const open = needs.open ? await startEvalCore({ ...options, officeClosed: false }) : undefined;
  let closed: EvalCore | undefined;
  try {
    closed = needs.closed ? await startEvalCore({ ...options, officeClosed: true }) : undefined;
  } catch (error) {
    await open?.dispose();
    throw error;
  }
  return {
    core: (officeClosed) => {
      const chosen = officeClosed ? closed : open;
      if (!chosen) throw new Error(`no ${officeClosed ? "closed" : "open"} service was started`);
      return chosen;
    },
    dispose: async () => {
      await Promise.all([open?.dispose(), closed?.dispose()]);
    },
  };
}
