import { ConfigurationBotFrameworkAuthentication, TurnContext } from "botbuilder";
import express, { type Request, type Response } from "express";
import type { ReceiveRequest, StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import { type Reply, ReplySchema } from "../../conversation/turn.ts";
import type { Config } from "../../kernel/config.ts";
import { InfrastructureError } from "../../kernel/InfrastructureError.ts";
import type { ServiceModule } from "../../kernel/ServiceModule.ts";
import type { PushChannelContext } from "../shared/createPushDelivery.ts";
import { ActivitySchema, type InboundActivity } from "./ActivitySchema.ts";
import { createBotFrameworkDelivery } from "./createBotFrameworkDelivery.ts";
import { TurnAdapter } from "./TurnAdapter.ts";
import { toActivityTurn } from "./toActivityTurn.ts";
import { toBotbuilderActivity } from "./toBotbuilderActivity.ts";
import { type ReplyItem, toReplyActivity } from "./toReplyActivity.ts";

export const BOT_FRAMEWORK_PATH = "/api/messages";

export interface BotFrameworkModuleOptions extends Omit<PushChannelContext, "config"> {
  config: Pick<
    Config,
    | "NODE_ENV"
    | "MICROSOFT_APP_ID"
    | "MICROSOFT_APP_PASSWORD"
    | "MICROSOFT_APP_TENANT_ID"
    | "MICROSOFT_APP_TYPE"
  >;
  deliveryPollMs?: number;
  /** Show "typing…" when the bot takes longer than this (not with expectReplies). */
  typingDelayMs?: number;
}

/** botbuilder's AuthenticationError carries the HTTP status it stands for. */
function authenticationStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("statusCode" in error)) return undefined;
  return error.statusCode === 401 || error.statusCode === 403 ? error.statusCode : undefined;
}

/** Thrown when the channel's service did not take our replies: the channel should retry. */
class ChannelServiceError extends Error {}

/**
 * The Bot Framework channel (Teams, Azure Bot Service, Azure Direct Line): `POST /api/messages`
 * through botbuilder's CloudAdapter, authenticated with the Microsoft app credentials
 * (anonymous only outside production when no app id is configured). Activities are parsed with
 * zod into turns; replies become message Activities with suggested actions, Adaptive Cards and
 * the reply's channelData, sent back through the connector or, with `deliveryMode:
 * "expectReplies"`, returned in the HTTP response. botbuilder stays inside this folder.
 */
export function botFrameworkModule(options: BotFrameworkModuleOptions): ServiceModule {
  const { config, gateway } = options;
  const logger = options.logger.child({ channel: "botframework" });
  const appId = config.MICROSOFT_APP_ID ?? "";
  if (!appId && config.NODE_ENV === "production") {
    throw new InfrastructureError(
      "misconfigured",
      "MICROSOFT_APP_ID: obbligatorio in produzione per il canale Bot Framework",
    );
  }
  const typingDelayMs = options.typingDelayMs ?? 400;
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? "",
    MicrosoftAppType: config.MICROSOFT_APP_TYPE,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? "",
  });
  const adapter = new TurnAdapter(authentication);
  const delivery = createBotFrameworkDelivery({
    gateway,
    adapter,
    appId,
    logger,
    channelWords: options.channelWords,
    claimDelivery: options.claimDelivery,
    releaseDelivery: options.releaseDelivery,
    confirmDelivery: options.confirmDelivery,
    ...(options.deliveryPollMs ? { pollIntervalMs: options.deliveryPollMs } : {}),
  });

  async function runTurn(context: TurnContext, activity: InboundActivity): Promise<void> {
    const turn = toActivityTurn(activity);
    if (turn.kind === "ignored") return;
    const lang = turn.langHint ?? "it";
    const userId = activity.from.id;
    const expectReplies = activity.deliveryMode === "expectReplies";
    const send = async (items: ReplyItem[], claimed: string[]) => {
      if (items.length === 0) return;
      try {
        await context.sendActivities(
          items.map((item) => toReplyActivity(item, { lang, userId, staff: options.channelWords(lang) })),
        );
        await delivery.confirm(claimed);
      } catch (error) {
        await delivery.release(claimed);
        throw new ChannelServiceError(error instanceof Error ? error.message : String(error));
      }
    };
    if (turn.kind === "not_text") {
      await send([{ reply: ReplySchema.parse({ text: options.channelWords(lang).not_text }) }], []);
      return;
    }

    const request: ReceiveRequest = {
      channel: "botframework",
      externalKey: activity.conversation.id,
      ...(activity.id ? { externalId: activity.id } : {}),
      inbound: turn.inbound,
      address: TurnContext.getConversationReference(context.activity),
      ...(turn.langHint ? { langHint: turn.langHint } : {}),
    };
    const typing = expectReplies
      ? undefined
      : setTimeout(() => {
          context
            .sendActivity({ type: "typing" })
            .catch((error: unknown) => logger.debug({ err: error }, "typing not shown"));
        }, typingDelayMs);
    let notices: Reply[] = [];
    let duplicate = false;
    let replies: StoredMessage[] = [];
    try {
      const result = await gateway.receive(request);
      notices = result.notices ?? [];
      duplicate = result.duplicate;
      replies = result.replies;
    } finally {
      clearTimeout(typing);
    }
    const won = await delivery.claim(replies.map((reply) => reply.id));
    // With expectReplies the replies travel in this response: a client retrying after a lost
    // response needs them again. Otherwise only what this request claimed is sent.
    const outgoing = expectReplies ? replies : replies.filter((reply) => won.has(reply.id));
    await send(
      [
        ...(duplicate && !expectReplies ? [] : notices.map((reply) => ({ reply }))),
        ...outgoing.map((message) => ({
          id: message.id,
          reply: message.reply ?? ReplySchema.parse({ text: message.text }),
          direction: message.direction,
        })),
      ],
      [...won],
    );
  }

  async function handle(req: Request, res: Response): Promise<void> {
    const parsed = ActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join(".") || "(corpo)"}: ${issue.message}`);
      res.status(400).json({ error: "bad_request", message: `Activity non valida: ${problems.join("; ")}` });
      return;
    }
    const activity = parsed.data;
    try {
      const response = await adapter.processTurn(
        req.get("authorization") ?? "",
        toBotbuilderActivity(activity),
        (context) => runTurn(context, activity),
      );
      if (response) res.status(response.status).json(response.body ?? {});
      else res.status(200).end();
    } catch (error) {
      const status = authenticationStatus(error);
      if (status) {
        res
          .status(401)
          .json({ error: "unauthorized", message: "Richiesta non autenticata dal Bot Framework." });
        return;
      }
      if (error instanceof ChannelServiceError) {
        req.log.warn({ err: error }, "the channel's service refused the replies");
        res.status(502).json({
          error: "bad_gateway",
          message: "Il servizio del canale non ha accettato le risposte: riprova.",
        });
        return;
      }
      throw error;
    }
  }

  return {
    name: "botframework",
    mount(app) {
      app.post(BOT_FRAMEWORK_PATH, express.json({ limit: "256kb" }), handle);
    },
    async start() {
      delivery.start();
      logger.info({ authenticated: appId !== "" }, "Bot Framework channel ready at /api/messages");
    },
    async stop() {
      delivery.stop();
    },
  };
}
