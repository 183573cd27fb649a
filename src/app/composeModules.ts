import { botFrameworkChannel } from "../channels/botframework/botFrameworkChannel.ts";
import { telegramChannel } from "../channels/telegram/telegramChannel.ts";
import { createWebChannel } from "../channels/web/createWebChannel.ts";
import { createConsole } from "../console/createConsole.ts";
import type { ConversationGateway } from "../conversation/ports/ConversationGateway.ts";
import { claimMessageDelivery } from "../persistence/claimMessageDelivery.ts";
import type { Database } from "../persistence/Database.ts";
import { releaseMessageDelivery } from "../persistence/releaseMessageDelivery.ts";
import { composeConversation } from "./composeConversation.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./createLogger.ts";
import type { ServiceModule } from "./ServiceModule.ts";

export interface ServiceContext {
  config: Config;
  logger: Logger;
  db: Database;
}

/** What channel modules get: the service context plus the conversation gateway. */
export interface ChannelContext extends ServiceContext {
  gateway: ConversationGateway;
}

/** The composition root's list of parts: the conversation first, then channels, console, workers. */
export async function composeModules(context: ServiceContext): Promise<ServiceModule[]> {
  const staffConsole = await createConsole(context);
  const conversation = await composeConversation(context, { handoff: staffConsole.desk });
  staffConsole.connect({
    announce: (record, ids) => conversation.service.announce(record, ids),
    reloadContent: () => conversation.reloadContent(),
    closingRating: (lang) => conversation.closingRating(lang),
  });
  const channels: ChannelContext = { ...context, gateway: conversation.service };
  const push = {
    ...channels,
    claimDelivery: (ids: string[]) => claimMessageDelivery(context.db, ids),
    releaseDelivery: (ids: string[]) => releaseMessageDelivery(context.db, ids),
  };
  return [
    conversation.module,
    await createWebChannel(context, conversation.service, {
      limits: {
        tokensPerIpPerMinute: context.config.RATE_LIMIT_TOKENS_PER_IP_PER_MINUTE,
        requestsPerIpPerMinute: context.config.RATE_LIMIT_REQUESTS_PER_IP_PER_MINUTE,
        postsPerConversationPer10s: context.config.RATE_LIMIT_MESSAGES_PER_CONVERSATION_PER_10S,
      },
    }),
    ...(await telegramChannel(push)),
    ...(await botFrameworkChannel(push)),
    staffConsole.module,
  ];
}
