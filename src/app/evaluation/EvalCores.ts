import { type EvalCore, type EvalCoreOptions, startEvalCore } from "./startEvalCore.ts";

export interface EvalCores {
  core(officeClosed: boolean): EvalCore;
  dispose(): Promise<void>;
}

/**
 * The two services a set needs, started only if some dialogue needs them and in parallel: one
 * with staff always on duty, one with the office closed.
 */
export async function startEvalCores(
  needs: { open: boolean; closed: boolean },
  options: Omit<EvalCoreOptions, "officeClosed">,
): Promise<EvalCores> {
  const [open, closed] = await Promise.all([
    needs.open ? startEvalCore({ ...options, officeClosed: false }) : undefined,
    needs.closed ? startEvalCore({ ...options, officeClosed: true }) : undefined,
  ]);
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
