import type { Content } from "../content/Content.ts";
import { cacheUnderstanding } from "../conversation/nlu/cacheUnderstanding.ts";
import { createLlmAssistedUnderstanding } from "../conversation/nlu/createLlmAssistedUnderstanding.ts";
import { loadOrTrainUnderstanding } from "../conversation/nlu/loadOrTrainUnderstanding.ts";
import type { Understander } from "../conversation/ports/Understander.ts";
import type { Logger } from "../kernel/createLogger.ts";
import { createLlmPort } from "../llm/createLlmPort.ts";
import { createModelFileCache } from "../persistence/createModelFileCache.ts";

/**
 * The offline understanding trained from intents/nlu (or read from its cache in the data folder),
 * remembering the messages it has already read, with the optional LLM second opinion when the
 * environment configures one.
 */
export async function composeUnderstanding(options: {
  content: Pick<Content, "training" | "territory">;
  dataDir: string;
  logger: Logger;
}): Promise<Understander> {
  const { training: trainingData, territory } = options.content;
  const loaded = await loadOrTrainUnderstanding(
    trainingData,
    territory,
    createModelFileCache(options.dataDir),
  );
  options.logger.info({ origin: loaded.origin, ms: Math.round(loaded.millis) }, "understanding ready");
  const llm = await createLlmPort(process.env);
  return createLlmAssistedUnderstanding(cacheUnderstanding(loaded.understander), trainingData, {
    llm: llm?.port,
    timeoutMs: llm?.config.timeoutMs ?? 0,
    belowConfidence: llm?.config.belowConfidence ?? 0,
    onFallback: (reason) => options.logger.warn({ reason }, "LLM not used for a message"),
  });
}
