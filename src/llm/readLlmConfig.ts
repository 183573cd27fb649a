import { z } from "zod";
import { LLM_PROVIDERS } from "../kernel/config.ts";

export const LlmProviderSchema = z.enum(LLM_PROVIDERS);
export type LlmProvider = z.infer<typeof LlmProviderSchema>;

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** The LLM_* environment variables. No LLM_PROVIDER (or "none") means no LLM at all. */
export const LlmEnvSchema = z.object({
  LLM_PROVIDER: z.preprocess(blankToUndefined, z.union([z.literal("none"), LlmProviderSchema]).optional()),
  LLM_MODEL: z.preprocess(blankToUndefined, z.string().min(1).optional()),
  LLM_BASE_URL: z.preprocess(blankToUndefined, z.url().optional()),
  LLM_API_KEY: z.preprocess(blankToUndefined, z.string().min(1).optional()),
  LLM_TIMEOUT_MS: z.preprocess(blankToUndefined, z.coerce.number().int().min(100).max(60_000).default(3000)),
  /** Offline results at least this confident never go to the LLM. */
  LLM_BELOW_CONFIDENCE: z.preprocess(blankToUndefined, z.coerce.number().min(0).max(1).default(0.5)),
});

export interface LlmConfig {
  provider: LlmProvider;
  model: string;
  baseUrl?: string;
  apiKey?: string;
  timeoutMs: number;
  belowConfidence: number;
}

export type LlmConfigResult = { ok: true; config: LlmConfig | undefined } | { ok: false; reason: string };

/**
 * Reads the LLM settings. Unset LLM_PROVIDER is a valid answer (no LLM); a provider without a
 * model, or a malformed value, is an operator's mistake reported with the variable's name.
 */
export function readLlmConfig(env: Record<string, string | undefined>): LlmConfigResult {
  const parsed = LlmEnvSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      reason: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    };
  }
  const e = parsed.data;
  if (e.LLM_PROVIDER === undefined || e.LLM_PROVIDER === "none") return { ok: true, config: undefined };
  if (e.LLM_MODEL === undefined)
    return { ok: false, reason: `LLM_MODEL is required when LLM_PROVIDER=${e.LLM_PROVIDER}` };
  return {
    ok: true,
    config: {
      provider: e.LLM_PROVIDER,
      model: e.LLM_MODEL,
      ...(e.LLM_BASE_URL ? { baseUrl: e.LLM_BASE_URL } : {}),
      ...(e.LLM_API_KEY ? { apiKey: e.LLM_API_KEY } : {}),
      timeoutMs: e.LLM_TIMEOUT_MS,
      belowConfidence: e.LLM_BELOW_CONFIDENCE,
    },
  };
}
