import type { z } from "zod";

/** One question to a language model whose answer must match a zod schema. */
export interface StructuredRequest<T> {
  /** The shape of the answer; the adapter validates the model's output against it. */
  schema: z.ZodType<T>;
  /** A short snake_case name for the output (providers use it as the tool or function name). */
  name: string;
  /** System instructions: the task, the allowed values, the rules. */
  instructions: string;
  /** The user's text, with personal data already masked by the core. */
  input: string;
}

/**
 * What the core needs from an (optional) language model. Implemented in `src/llm/` with
 * LangChain; the core never imports LangChain. The core masks personal data before calling,
 * applies its own hard timeout and falls back to the offline result on any rejection, so an
 * implementation may simply throw.
 */
export interface LlmPort {
  structured<T>(request: StructuredRequest<T>, options: { signal: AbortSignal }): Promise<T>;
}
