import type { Server } from "node:http";
import type { Express } from "express";
import type { FastRoute } from "./FastRoute.ts";

/**
 * A part of the service that the composition root plugs in: a channel, the console, a worker.
 * Routes are mounted before the server listens; `attach` gets the HTTP server (WebSocket
 * upgrades); `stop` runs at shutdown after the server stopped accepting requests.
 */
export interface ServiceModule {
  name: string;
  mount?(app: Express): void;
  /** The busiest requests, answered before Express (see FastRoute); their Express twins stay mounted. */
  fastRoutes?: readonly FastRoute[];
  attach?(server: Server): void;
  start?(): Promise<void>;
  /**
   * First step of shutdown, before in-flight requests are awaited: end long-lived connections
   * (WebSockets, server-sent events) that would otherwise keep the server open until the grace
   * period runs out. Clients reconnect, to another instance if this one is leaving.
   */
  drain?(): Promise<void>;
  stop?(): Promise<void>;
}
