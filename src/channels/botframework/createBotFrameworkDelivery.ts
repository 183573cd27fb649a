import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";
import { ReplySchema } from "../../conversation/turn.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import {
  createPushDelivery,
  type PushDelivery,
  type PushDeliveryOptions,
  type UndeliveredMessage,
} from "../shared/createPushDelivery.ts";
import { ConversationReferenceSchema } from "./ConversationReferenceSchema.ts";
import type { TurnAdapter } from "./TurnAdapter.ts";
import { toReplyActivity } from "./toReplyActivity.ts";

export interface BotFrameworkDeliveryOptions
  extends Pick<
    PushDeliveryOptions,
    "claimDelivery" | "releaseDelivery" | "confirmDelivery" | "pollIntervalMs" | "graceMs"
  > {
  gateway: ConversationGateway;
  adapter: TurnAdapter;
  /** The bot's Microsoft app id ("" when anonymous, in development). */
  appId: string;
  logger: Logger;
  /** What the channel says itself, in a language (`channel` in intents/responses). */
  channelWords: (lang: Lang) => ChannelWords;
  /** Attempts at a proactive send before a message is given up. */
  maxAttempts?: number;
}

/**
 * The Bot Framework side of the push delivery (Teams, Azure Direct Line): staff replies and
 * anything not produced by the user's own request go out with `continueConversationAsync` and
 * the ConversationReference stored with the conversation; a failed send is retried a few times.
 */
export function createBotFrameworkDelivery(options: BotFrameworkDeliveryOptions): PushDelivery {
  const { adapter, logger } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const attempts = new Map<string, number>();

  async function sendTo(messages: UndeliveredMessage[]): Promise<void> {
    const first = messages[0];
    if (!first) return;
    const reference = ConversationReferenceSchema.safeParse(first.address);
    if (!reference.success) {
      logger.warn(
        { conversationId: first.conversationId },
        "Bot Framework message undeliverable: no usable conversation reference",
      );
      await push.confirm(messages.map((message) => message.id));
      return;
    }
    const userId = reference.data.user?.id;
    const lang = reference.data.locale?.toLowerCase().startsWith("en") ? "en" : "it";
    const activities = messages.map((message) =>
      toReplyActivity(
        {
          id: message.id,
          reply: message.reply ?? ReplySchema.parse({ text: message.text }),
          direction: message.direction,
        },
        { lang, staff: options.channelWords(lang), ...(userId ? { userId } : {}) },
      ),
    );
    const ids = messages.map((message) => message.id);
    try {
      await adapter.continueConversationAsync(options.appId, reference.data, async (context) => {
        await context.sendActivities(activities);
      });
      for (const id of ids) attempts.delete(id);
      await push.confirm(ids);
    } catch (error) {
      const tries = Math.max(...ids.map((id) => (attempts.get(id) ?? 0) + 1));
      for (const id of ids) attempts.set(id, tries);
      if (tries < maxAttempts) {
        logger.warn(
          { err: error, conversationId: first.conversationId, tries },
          "proactive Bot Framework send failed, will retry",
        );
        await push.release(ids);
      } else {
        logger.error(
          { err: error, conversationId: first.conversationId },
          "proactive Bot Framework send given up",
        );
        for (const id of ids) attempts.delete(id);
        await push.confirm(ids);
      }
    }
  }

  const push = createPushDelivery({
    ...options,
    channel: "botframework",
    label: "Bot Framework",
    async send(messages) {
      const byConversation = new Map<string, UndeliveredMessage[]>();
      for (const row of messages) {
        byConversation.set(row.conversationId, [...(byConversation.get(row.conversationId) ?? []), row]);
      }
      await Promise.all([...byConversation.values()].map(sendTo));
    },
  });
  return push;
}
