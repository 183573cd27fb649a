import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import type { Logger } from "./createLogger.ts";

/** A request of a fast route, before its body is read. */
export interface FastRequestHead {
  /** The request id, also sent back as X-Request-Id. */
  id: string;
  readonly log: Logger;
  /** The client's address, as Express's `req.ip` (the service's trust-proxy setting applies). */
  ip: string;
  headers: IncomingHttpHeaders;
  /** The `:name` segments of the route's path, decoded. */
  params: Record<string, string>;
}

/**
 * One of the busiest requests, answered before Express (see createFastLane): a POST whose path
 * has fixed segments and `:name` ones, with a JSON body in UTF-8. Anything else on the same path
 * (another spelling, a compressed body) goes to Express, where the same route must exist.
 */
export interface FastRoute {
  method: "POST";
  /** As Express writes it, e.g. `/v3/directline/conversations/:id/activities`. */
  path: string;
  bodyLimitBytes: number;
  /** Before the body is read (limits, headers): false once it has answered the request itself. */
  admit?(req: FastRequestHead, res: ServerResponse): boolean;
  handle(req: FastRequestHead & { body: unknown }, res: ServerResponse): Promise<void>;
}
