import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { ROOT } from "../../../support/runProcess.ts";
import { nodeArgsFor } from "../../../support/testBuild.ts";

/** `npm run -s cli -- chat` as a child process, driven line by line like a person at a terminal. */
export class ChatProcess {
  private output = "";
  private readonly child: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string>, args: string[]) {
    const clean: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && !/^(DATABASE_URL|DATA_DIR|SMTP_URL|LLM_|VITEST)/.test(key))
        clean[key] = value;
    }
    // The CLI as runProcess.ts starts it (the run's bundle, in this Node binary): one process.
    // Its own process group all the same, so a crash kills whatever it started.
    this.child = spawn(process.execPath, [...nodeArgsFor("src/app/cli.ts"), "chat", ...args], {
      cwd: ROOT,
      env: { ...clean, ...env },
      detached: true,
    });
    this.child.stdout.on("data", (d: Buffer) => {
      this.output += d.toString();
    });
    this.child.stderr.on("data", (d: Buffer) => {
      this.output += d.toString();
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  /** Everything printed so far. */
  get transcript(): string {
    return this.output;
  }

  /** Waits until the output printed after `from` matches. */
  async waitFor(pattern: RegExp, from = 0, timeoutMs = 30_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const tail = this.output.slice(from);
      if (pattern.test(tail)) return tail;
      if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; output:\n${this.output}`);
      if (this.child.exitCode !== null)
        throw new Error(`chat exited (${this.child.exitCode}):\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Types a line and waits for the bot's answer to match. */
  async say(line: string, expected: RegExp): Promise<string> {
    const from = this.output.length;
    this.child.stdin.write(`${line}\n`);
    return this.waitFor(expected, from);
  }

  /** SIGKILL to the whole process group, as a crash or `kill -9` of the service would. */
  async kill(): Promise<number | null> {
    const group = this.child.pid;
    if (group === undefined) return this.exited;
    process.kill(-group, "SIGKILL");
    const code = await this.exited;
    // Wait until the whole group is gone (it holds the database).
    const until = Date.now() + 10_000;
    while (Date.now() < until && groupAlive(group)) await new Promise((resolve) => setTimeout(resolve, 50));
    return code;
  }

  async quit(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}
