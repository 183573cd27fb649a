import "dotenv/config";
import { createInterface } from "node:readline";
import { z } from "zod";
import { loadContent } from "../../content/loadContent.ts";
import { createLlmAssistedUnderstanding } from "../../conversation/nlu/createLlmAssistedUnderstanding.ts";
import { loadOrTrainUnderstanding } from "../../conversation/nlu/loadOrTrainUnderstanding.ts";
import { createLlmPort } from "../../llm/createLlmPort.ts";
import { createModelFileCache } from "../../persistence/createModelFileCache.ts";
import { readEnvConfig } from "../readEnvConfig.ts";
import type { CliCommand } from "./CliCommand.ts";

const InputLineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string().max(4000) });
const IdOnlySchema = z.object({ id: z.union([z.string(), z.number()]) });

/**
 * `npm run -s cli -- classify [--offline]`: JSON lines `{"id","text"}` on stdin, one JSON line
 * `{"id","intent","confidence","lang","entities"}` per input on stdout, in order, and nothing
 * else on stdout. A bad line gets `{"id","error"}` and the rest goes on. The LLM is consulted
 * only if configured and not disabled with --offline.
 */
export const classifyCommand: CliCommand = async (args) => {
  const config = readEnvConfig();
  if (!config) return 2;
  const { CONTENT_DIR, DATA_DIR } = config;
  const { training: trainingData, territory } = await loadContent(CONTENT_DIR, "understanding");
  const loaded = await loadOrTrainUnderstanding(trainingData, territory, createModelFileCache(DATA_DIR));
  process.stderr.write(
    `nlu: modello ${loaded.origin === "cache" ? "dalla cache" : "addestrato"} in ${Math.round(loaded.millis)} ms\n`,
  );
  const llm = args.includes("--offline") ? undefined : await createLlmPort(process.env);
  const understanding = createLlmAssistedUnderstanding(loaded.understander, trainingData, {
    llm: llm?.port,
    timeoutMs: llm?.config.timeoutMs ?? 0,
    belowConfidence: llm?.config.belowConfidence ?? 0,
    onFallback: (reason) => process.stderr.write(`nlu: LLM non usato (${reason})\n`),
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    process.stdout.write(`${JSON.stringify(await classifyLine(line, understanding))}\n`);
  }
  return 0;
};

async function classifyLine(
  line: string,
  understanding: ReturnType<typeof createLlmAssistedUnderstanding>,
): Promise<Record<string, unknown>> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { id: null, error: "not valid JSON" };
  }
  const input = InputLineSchema.safeParse(json);
  if (!input.success) {
    const id = IdOnlySchema.safeParse(json);
    return {
      id: id.success ? id.data.id : null,
      error: `expected {"id","text"}: ${input.error.issues[0]?.message ?? ""}`,
    };
  }
  try {
    const result = await understanding.understand(input.data.text);
    return {
      id: input.data.id,
      intent: result.intent,
      confidence: result.confidence,
      lang: result.lang,
      entities: result.entities,
    };
  } catch (error) {
    process.stderr.write(
      `classify: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return { id: input.data.id, error: "internal error" };
  }
}
