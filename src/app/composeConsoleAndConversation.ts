import { type Console, type ConsoleOptions, createConsole } from "../console/createConsole.ts";
import type { Content } from "../content/Content.ts";
import { type ComposedConversation, composeConversation } from "./composeConversation.ts";
import type { ServiceContext } from "./ServiceContext.ts";

/**
 * The console and the conversation, each wired to the other: the conversation hands requests for a
 * person to the console's desk; the console announces staff messages, reloads the content and reads
 * the closing rating and the responses through the conversation. The service, the evaluation cores
 * and the console tests build the pair the same way.
 */
export async function composeConsoleAndConversation(
  context: ServiceContext,
  consoleOptions: ConsoleOptions,
  released?: Content,
): Promise<{ staffConsole: Console; conversation: ComposedConversation }> {
  const staffConsole = await createConsole(context, consoleOptions);
  const conversation = await composeConversation(context, {
    handoff: staffConsole.desk,
    ...(released ? { released } : {}),
  });
  staffConsole.connect({
    announce: (record, ids) => conversation.service.announce(record, ids),
    reloadContent: () => conversation.reloadContent(),
    closingRating: (lang) => conversation.closingRating(lang),
    responses: (lang) => conversation.responses(lang),
  });
  return { staffConsole, conversation };
}
