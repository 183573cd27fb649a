import { spawn } from "node:child_process";
import { setPriority } from "node:os";
import { type EvaluationReport, EvaluationReportSchema } from "../../console/content/EvaluationReport.ts";
import { appPath } from "../../kernel/appPath.ts";

/** An evaluation that takes longer than this is stopped (the whole set takes minutes at worst). */
const LIMIT_MS = 20 * 60_000;

/**
 * `content:evaluate` on a content folder in a child process at a lower priority: its tens of
 * seconds of CPU (NLU, turns, an embedded database of its own) never stall this instance's event
 * loop. `cli` is how to start the CLI (the composition root's choice, see ownCli).
 */
export function runEvaluationProcess(
  contentDir: string,
  options: {
    filter?: string | undefined;
    modelsDir: string;
    signal: AbortSignal;
    cli: readonly string[];
  },
): Promise<EvaluationReport> {
  const args = [
    ...options.cli,
    "content:evaluate",
    "--models",
    options.modelsDir,
    ...(options.filter ? ["--filter", options.filter] : []),
    contentDir,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: appPath(),
      stdio: ["ignore", "pipe", "pipe"],
      signal: options.signal,
      killSignal: "SIGKILL",
    });
    if (child.pid !== undefined) {
      try {
        setPriority(child.pid, 10);
      } catch {
        // Not allowed on this system: it runs at the same priority.
      }
    }
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      err = (err + chunk.toString("utf8")).slice(-4000);
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), LIMIT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(`content:evaluate ended with ${signal ?? `code ${code}`}: ${err.trim()}`));
        return;
      }
      const lines = Buffer.concat(out).toString("utf8").trim().split("\n");
      try {
        resolve(EvaluationReportSchema.parse(JSON.parse(lines.at(-1) ?? "")));
      } catch (error) {
        reject(error);
      }
    });
  });
}
