import { type EvalCore, startEvalCore } from "./startEvalCore.ts";

/**
 * The two services a set needs, started only if some dialogue needs them and in parallel: one
 * with staff always on duty, one with the office closed.
 */
export async function startEvalCores(needs: { open: boolean; closed: boolean }): Promise<{
  core(officeClosed: boolean): EvalCore;
  dispose(): Promise<void>;
}> {
  const [open, closed] = await Promise.all([
    needs.open ? startEvalCore({ officeClosed: false }) : undefined,
    needs.closed ? startEvalCore({ officeClosed: true }) : undefined,
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
