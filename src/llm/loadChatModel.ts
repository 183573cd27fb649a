import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { InfrastructureError } from "../kernel/InfrastructureError.ts";
import type { LlmConfig, LlmProvider } from "./readLlmConfig.ts";

interface ProviderPackage {
  packageName: string;
  className: string;
  fields: (config: LlmConfig) => Record<string, unknown>;
}

/** Which package and class serve each provider, and how our settings map to its constructor. */
const PROVIDERS: Readonly<Record<LlmProvider, ProviderPackage>> = {
  openai: {
    packageName: "@langchain/openai",
    className: "ChatOpenAI",
    fields: (c) => ({
      model: c.model,
      apiKey: c.apiKey,
      timeout: c.timeoutMs,
      maxRetries: 0,
      temperature: 0,
      ...(c.baseUrl ? { configuration: { baseURL: c.baseUrl } } : {}),
    }),
  },
  ollama: {
    packageName: "@langchain/ollama",
    className: "ChatOllama",
    fields: (c) => ({ model: c.model, temperature: 0, ...(c.baseUrl ? { baseUrl: c.baseUrl } : {}) }),
  },
  anthropic: {
    packageName: "@langchain/anthropic",
    className: "ChatAnthropic",
    fields: (c) => ({
      model: c.model,
      apiKey: c.apiKey,
      temperature: 0,
      maxRetries: 0,
      ...(c.baseUrl ? { anthropicApiUrl: c.baseUrl } : {}),
    }),
  },
  mistralai: {
    packageName: "@langchain/mistralai",
    className: "ChatMistralAI",
    fields: (c) => ({ model: c.model, apiKey: c.apiKey, temperature: 0, maxRetries: 0 }),
  },
  "google-genai": {
    packageName: "@langchain/google-genai",
    className: "ChatGoogleGenerativeAI",
    fields: (c) => ({ model: c.model, apiKey: c.apiKey, temperature: 0, maxRetries: 0 }),
  },
};

type Constructor = new (fields: Record<string, unknown>) => unknown;

function isConstructor(value: unknown): value is Constructor {
  return typeof value === "function";
}

/**
 * Creates the configured chat model. Provider packages are optional dependencies, imported
 * only here and only when configured; a missing one is an operator's mistake reported with
 * the command that fixes it.
 */
export async function loadChatModel(config: LlmConfig): Promise<BaseChatModel> {
  const provider = PROVIDERS[config.provider];
  const packageName: string = provider.packageName;
  let module: unknown;
  try {
    module = await import(packageName);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InfrastructureError(
      "misconfigured",
      `LLM_PROVIDER=${config.provider} needs the package ${packageName}, which is not installed ` +
        `(npm install --save-exact ${packageName}). ${detail}`,
    );
  }
  const ModelClass =
    module !== null && typeof module === "object" && provider.className in module
      ? Object.entries(module).find(([name]) => name === provider.className)?.[1]
      : undefined;
  if (!isConstructor(ModelClass)) {
    throw new InfrastructureError(
      "misconfigured",
      `${packageName} does not export ${provider.className}: is it a LangChain chat model package?`,
    );
  }
  const model: unknown = new ModelClass(provider.fields(config));
  if (!(model instanceof BaseChatModel)) {
    throw new InfrastructureError(
      "misconfigured",
      `${packageName} uses another copy of @langchain/core: align its version with ours`,
    );
  }
  return model;
}
