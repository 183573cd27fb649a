import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { LlmPort, StructuredRequest } from "../conversation/ports/LlmPort.ts";

/**
 * The core's LlmPort over any LangChain chat model: structured output through the model's own
 * `withStructuredOutput`, and the answer validated again with the same zod schema, because a
 * model's JSON is input from outside like any other.
 */
export function createLangchainLlmPort(model: BaseChatModel): LlmPort {
  return {
    async structured<T>(request: StructuredRequest<T>, options: { signal: AbortSignal }): Promise<T> {
      const runnable = model.withStructuredOutput(request.schema, { name: request.name });
      const raw: unknown = await runnable.invoke(
        [new SystemMessage(request.instructions), new HumanMessage(request.input)],
        { signal: options.signal },
      );
      return request.schema.parse(raw);
    },
  };
}
