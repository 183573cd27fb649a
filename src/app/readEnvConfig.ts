import { type Config, parseConfig } from "../kernel/config.ts";

/** The configuration from the environment, or undefined once what is wrong is on stderr (the caller exits 2). */
export function readEnvConfig(): Config | undefined {
  const parsed = parseConfig(process.env);
  if (parsed.ok) return parsed.config;
  process.stderr.write(`Configurazione non valida:\n${parsed.problems.map((p) => `  ${p}`).join("\n")}\n`);
  return undefined;
}
