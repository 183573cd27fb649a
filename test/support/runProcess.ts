import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { nodeArgsFor } from "./testBuild.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a TypeScript entry point to completion (stdin optional) in this Node binary, from the run's
 * bundle (or under tsx's loader when the build has no such entry; see testBuild.ts): one process,
 * without the `tsx` CLI's own Node process in between.
 */
export function runTs(entry: string, args: string[], env: Record<string, string>, stdin?: string) {
  return new Promise<ProcessResult>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgsFor(entry), ...args], {
      cwd: ROOT,
      env: { ...cleanEnv(), ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

/** Starts a long-running entry point as runTs does (`nodeFlags` such as `--inspect` apply to it); resolves once its stdout matches `ready`. */
export function startTs(entry: string, env: Record<string, string>, ready: RegExp, nodeFlags: string[] = []) {
  return new Promise<{
    child: ChildProcess;
    match: RegExpMatchArray;
    output: () => string;
    stderr: () => string;
  }>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, ...nodeArgsFor(entry)], {
      cwd: ROOT,
      env: { ...cleanEnv(), ...env },
    });
    let output = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      const match = output.match(ready);
      if (match) resolve({ child, match, output: () => output, stderr: () => stderr });
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
}

/** The test process's environment without variables that would configure the child by accident. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (
      /^(DATABASE_URL|PORT|HOST|DATA_DIR|SMTP_URL|TELEGRAM_|MICROSOFT_|LLM_|SECRET_KEY|NODE_ENV|VITEST)/.test(
        key,
      )
    )
      continue;
    env[key] = value;
  }
  return env;
}
