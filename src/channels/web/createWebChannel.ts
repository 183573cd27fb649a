import type { ServiceContext } from "../../app/composeModules.ts";
import type { ServiceModule } from "../../app/ServiceModule.ts";
import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";
import { findTokensRevokedAt } from "../../persistence/conversations/findTokensRevokedAt.ts";
import { createConversationDirectory } from "./createConversationDirectory.ts";
import { createDirectLineRouter, type DirectLineLimits } from "./createDirectLineRouter.ts";
import { createEchoLedger } from "./createEchoLedger.ts";
import { createStaticAssets } from "./createStaticAssets.ts";
import { createStreamHub } from "./createStreamHub.ts";
import { createTokenRevocations } from "./createTokenRevocations.ts";
import { createTokenSigner } from "./createTokenSigner.ts";
import { createWebPages } from "./createWebPages.ts";
import { readSigningKey } from "./readSigningKey.ts";

export interface WebChannelOptions {
  limits?: Partial<DirectLineLimits>;
  tokenTtlSeconds?: number;
  resumeWindowSeconds?: number;
  pingIntervalMs?: number;
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
  context: ServiceContext,
  gateway: ConversationGateway,
  options: WebChannelOptions = {},
): Promise<WebChannel> {
  const signer = createTokenSigner(await readSigningKey(context.config.SECRET_KEY, context.db));
  const directory = createConversationDirectory(gateway);
  const revocations = createTokenRevocations((directLineId) =>
    findTokensRevokedAt(context.db, "web", directLineId),
  );
  const ledger = createEchoLedger();
  const hub = createStreamHub({
    gateway,
    directory,
    signer,
    logger: context.logger,
    ledger,
    pingIntervalMs: options.pingIntervalMs,
  });
  const assets = createStaticAssets();
  const routes = createDirectLineRouter({
    gateway,
    directory,
    signer,
    hub,
    ledger,
    revocations,
    publicUrl: context.config.PUBLIC_URL,
    limits: options.limits,
    tokenTtlSeconds: options.tokenTtlSeconds,
    resumeWindowSeconds: options.resumeWindowSeconds,
  });
  return {
    name: "web",
    mount(app) {
      app.use(assets.router);
      app.use(createWebPages(assets.urls, context.config.PROGRAMME_MAILBOX));
      app.use(routes.token);
      app.use("/v3/directline", routes.directLine);
    },
    attach: (server) => hub.attach(server),
    start: async () => hub.start(),
    drain: () => hub.stop(),
    openStreams: () => hub.socketCount(),
  };
}
