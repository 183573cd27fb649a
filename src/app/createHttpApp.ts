import { createServer, type Server } from "node:http";
import compression from "compression";
import express from "express";
import proxyaddr from "proxy-addr";
import type { Logger } from "../kernel/createLogger.ts";
import type { ServiceModule } from "../kernel/ServiceModule.ts";
import { createFastLane } from "./http/createFastLane.ts";
import { errorBoundary } from "./http/errorBoundary.ts";
import { requestContext } from "./http/requestContext.ts";

export interface HttpAppOptions {
  logger: Logger;
  trustProxy: boolean;
  /** Resolves when the database answers and every migration is applied. */
  readiness: () => Promise<{ ready: true } | { ready: false; reason: string }>;
  modules: ServiceModule[];
}

/** What every response carries. */
const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
];

export interface HttpApp {
  /** An HTTP server for the app: the modules' fast routes first, then Express. */
  listen(port: number, host: string): Promise<Server>;
}

export function createHttpApp(options: HttpAppOptions): HttpApp {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy);
  app.use(requestContext(options.logger));
  app.use((_req, res, next) => {
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    next();
  });
  // Pages, assets and exports are what is worth compressing; the JSON of a Direct Line post or a
  // webhook is a few hundred bytes, and the middleware wrapped every such response for nothing.
  const compress = compression();
  app.use((req, res, next) =>
    req.method === "GET" || req.method === "HEAD" ? compress(req, res, next) : next(),
  );

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const state = await options.readiness();
    res.setHeader("Cache-Control", "no-store");
    if (state.ready) res.json({ status: "ready" });
    else res.status(503).json({ status: "unavailable", reason: state.reason });
  });

  for (const module of options.modules) module.mount?.(app);

  app.use((_req, res) => {
    res.status(404).json({ error: "not_found", message: "Risorsa non trovata." });
  });
  app.use(errorBoundary());

  // Express's own rule for `req.ip` with a boolean "trust proxy" setting.
  const trust = options.trustProxy ? () => true : proxyaddr.compile([]);
  const fast = createFastLane({
    logger: options.logger,
    routes: options.modules.flatMap((module) => module.fastRoutes ?? []),
    ipOf: (req) => proxyaddr(req, trust),
    headers: SECURITY_HEADERS,
  });
  return {
    listen: (port, host) =>
      new Promise<Server>((resolve, reject) => {
        const server = createServer((req, res) => {
          if (!fast(req, res)) app(req, res);
        });
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve(server);
        });
      }),
  };
}
