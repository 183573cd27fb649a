import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { WebPages } from "../../content/webPagesSchema.ts";
import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";
import type { Config } from "../../kernel/config.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import type { ServiceModule } from "../../kernel/ServiceModule.ts";
import { createConversationDirectory } from "./createConversationDirectory.ts";
import { createDirectLineRouter, type DirectLineLimits } from "./createDirectLineRouter.ts";
import { createStaticAssets } from "./createStaticAssets.ts";
import { createStreamHub } from "./createStreamHub.ts";
import { createTokenRevocations } from "./createTokenRevocations.ts";
import { createTokenSigner } from "./createTokenSigner.ts";
import { createWebPages } from "./createWebPages.ts";

export interface WebChannelOptions {
  limits?: Partial<DirectLineLimits>;
  tokenTtlSeconds?: number;
  resumeWindowSeconds?: number;
  pingIntervalMs?: number;
}

/** What the web channel needs of the service; the two stored facts come from persistence. */
export interface WebChannelContext {
  config: Pick<Config, "PUBLIC_URL" | "PROGRAMME_MAILBOX">;
  logger: Logger;
  /** The key that signs web chat tokens (persistence/readSigningKey.ts). */
  signingKey: Buffer;
  /** When the tokens of a Direct Line conversation were voided (erasure, close), if ever. */
  tokensRevokedAt: (directLineId: string) => Promise<Date | undefined>;
  /** What the public pages say (intents/web/pages.yaml, validated at start like the rest of the content). */
  pages: WebPages;
  /** Who wrote a staff reply and the screen-reader lines (intents/responses, the current content). */
  channelWords: (lang: Lang) => ChannelWords;
}

export interface WebChannel extends ServiceModule {
  /** Open WebSocket streams on this instance (for benchmarks and health). */
  openStreams(): number;
}

/**
 * The web channel: the public pages with the official Web Chat, its assets, and the Direct Line
 * 3.0 endpoint it talks to. An adapter only: Activities in, `Inbound` to the gateway; stored
 * messages out, as Activities.
 */
export async function createWebChannel(
  context: WebChannelContext,
  gateway: ConversationGateway,
  options: WebChannelOptions = {},
): Promise<WebChannel> {
  const signer = createTokenSigner(context.signingKey);
  const directory = createConversationDirectory(gateway);
  const revocations = createTokenRevocations(context.tokensRevokedAt);
  const shared = {
    gateway,
    directory,
    signer,
    channelWords: context.channelWords,
  };
  const hub = createStreamHub({ ...shared, logger: context.logger, pingIntervalMs: options.pingIntervalMs });
  const assets = createStaticAssets();
  const routes = createDirectLineRouter({
    ...shared,
    hub,
    revocations,
    publicUrl: context.config.PUBLIC_URL,
    limits: options.limits,
    tokenTtlSeconds: options.tokenTtlSeconds,
    resumeWindowSeconds: options.resumeWindowSeconds,
  });
  return {
    name: "web",
    mount(app) {
      // The Direct Line API first: its posts are the busiest requests, and every router mounted
      // before it is tried on each of them.
      app.use("/v3/directline", routes.directLine);
      app.use(routes.token);
      app.use(assets.router);
      app.use(createWebPages(assets.urls, context.config.PROGRAMME_MAILBOX, context.pages));
    },
    fastRoutes: routes.fastRoutes,
    attach: (server) => hub.attach(server),
    start: async () => hub.start(),
    drain: () => hub.stop(),
    openStreams: () => hub.socketCount(),
  };
}
