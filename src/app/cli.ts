/**
 * `npm run -s cli -- <command>`: one entry point for operators' and tools' commands. Each
 * command lives in its own file under ./commands and is loaded only when asked for, so that a
 * command's stdout carries nothing but its own output.
 */
import { setFlagsFromString } from "node:v8";
import { cliCommands } from "./commands/cliCommands.ts";

/**
 * A command's process is short and compiles the embedded database's 9 MB of WebAssembly each time:
 * V8's baseline compiler alone (no optimising tier) starts it with about half the CPU and runs it
 * about as fast for a command's few queries (1 December 2026, `node [--liftoff-only] dist/cli.js
 * …`: staff:create on a migrated folder 3.5 → 1.9 s CPU; content:evaluate with a filter 6.7 → 4.3 s,
 * the whole set 24.0 → 21.4 s, same wall time). Set before any command loads the database. The
 * service itself, which runs for days, keeps the optimising tier.
 */
const WASM_BASELINE_ONLY = "--liftoff-only";

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const entry = name ? cliCommands[name] : undefined;
  if (!entry) {
    process.stderr.write(
      `uso: npm run -s cli -- <comando>\ncomandi:\n${Object.entries(cliCommands)
        .map(([n, c]) => `  ${n.padEnd(16)} ${c.summary}`)
        .join("\n")}\n`,
    );
    return name ? 2 : 0;
  }
  setFlagsFromString(WASM_BASELINE_ONLY);
  const command = await entry.load();
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `errore: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
