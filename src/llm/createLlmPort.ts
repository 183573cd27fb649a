import type { LlmPort } from "../conversation/ports/LlmPort.ts";
import { InfrastructureError } from "../kernel/InfrastructureError.ts";
import { type LlmConfig, readLlmConfig } from "./readLlmConfig.ts";

export interface LlmSetup {
  port: LlmPort;
  config: LlmConfig;
}

/**
 * The LLM the environment asks for, or undefined when none is configured (the normal case:
 * the offline understanding works alone). Misconfiguration or a missing provider package
 * throws at start, with the variable or the package to fix.
 */
export async function createLlmPort(env: Record<string, string | undefined>): Promise<LlmSetup | undefined> {
  const result = readLlmConfig(env);
  if (!result.ok)
    throw new InfrastructureError("misconfigured", `configurazione LLM non valida: ${result.reason}`);
  if (!result.config) return undefined;
  // LangChain costs ~45 MB of memory once imported: only when an LLM is configured.
  const [{ loadChatModel }, { createLangchainLlmPort }] = await Promise.all([
    import("./loadChatModel.ts"),
    import("./createLangchainLlmPort.ts"),
  ]);
  const model = await loadChatModel(result.config);
  return { port: createLangchainLlmPort(model), config: result.config };
}
