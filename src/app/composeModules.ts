import path from "node:path";
import { botFrameworkChannel } from "../channels/botframework/botFrameworkChannel.ts";
import { telegramChannel } from "../channels/telegram/telegramChannel.ts";
import { createWebChannel } from "../channels/web/createWebChannel.ts";
import type { Lang } from "../content/ids.ts";
import { tryLoadContent } from "../content/tryLoadContent.ts";
import type { ServiceModule } from "../kernel/ServiceModule.ts";
import { claimMessageDelivery } from "../persistence/claimMessageDelivery.ts";
import { confirmMessageDelivery } from "../persistence/confirmMessageDelivery.ts";
import { releaseMessageDelivery } from "../persistence/releaseMessageDelivery.ts";
import { composeConsoleAndConversation } from "./composeConsoleAndConversation.ts";
import { runEvaluationProcess } from "./evaluation/runEvaluationProcess.ts";
import type { ServiceContext } from "./ServiceContext.ts";
import { webChannelContext } from "./webChannelContext.ts";

/**
 * How long a push channel's claim on a message lasts unless its send is confirmed: longer than a
 * message waits in Telegram's send queue, so only a claimer that died lets another instance send.
 */
const DELIVERY_LEASE_MS = 5 * 60_000;

/** The composition root's list of parts: the conversation first, then channels, console, workers. */
export async function composeModules(
  context: ServiceContext,
  options: { evaluationCli: readonly string[] },
): Promise<ServiceModule[]> {
  // The deployed content, read once: the console's labels, the web pages' texts, the conversation's first start.
  const released = await tryLoadContent(path.resolve(context.config.CONTENT_DIR));
  const { staffConsole, conversation } = await composeConsoleAndConversation(
    context,
    {
      evaluate: (contentDir, evaluation) =>
        runEvaluationProcess(contentDir, { ...evaluation, cli: options.evaluationCli }),
      content: released,
    },
    released.ok ? released.content : undefined,
  );
  const channelWords = (lang: Lang) => conversation.responses(lang).channel;
  const push = {
    ...context,
    channelWords,
    gateway: conversation.service,
    claimDelivery: (ids: string[]) => claimMessageDelivery(context.db, ids, DELIVERY_LEASE_MS),
    releaseDelivery: (ids: string[]) => releaseMessageDelivery(context.db, ids),
    confirmDelivery: (ids: string[]) => confirmMessageDelivery(context.db, ids),
  };
  return [
    conversation.module,
    await createWebChannel(
      {
        ...(await webChannelContext(context, released.ok ? released.content.pages : undefined)),
        channelWords,
      },
      conversation.service,
      {
        limits: {
          tokensPerIpPerMinute: context.config.RATE_LIMIT_TOKENS_PER_IP_PER_MINUTE,
          requestsPerIpPerMinute: context.config.RATE_LIMIT_REQUESTS_PER_IP_PER_MINUTE,
          postsPerConversationPer10s: context.config.RATE_LIMIT_MESSAGES_PER_CONVERSATION_PER_10S,
        },
      },
    ),
    ...(await telegramChannel(push)),
    ...(await botFrameworkChannel(push)),
    staffConsole.module,
  ];
}
