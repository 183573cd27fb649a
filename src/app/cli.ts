/**
 * `npm run -s cli -- <command>`: one entry point for operators' and tools' commands. Each
 * command lives in its own file under ./commands and is loaded only when asked for, so that a
 * command's stdout carries nothing but its own output.
 */
import { cliCommands } from "./commands/cliCommands.ts";

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
