import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../kernel/createLogger.ts";
import type { FastRequestHead, FastRoute } from "../../kernel/FastRoute.ts";
import { jsonBodyKind, readJsonBody } from "../../kernel/readJsonBody.ts";
import { answerRequestError } from "./answerRequestError.ts";
import { beginRequest } from "./beginRequest.ts";

interface Compiled {
  route: FastRoute;
  /** The path's segments: a fixed one is a string, a `:name` one is `{ name }`. */
  segments: Array<string | { name: string }>;
}

export interface FastLaneOptions {
  logger: Logger;
  routes: readonly FastRoute[];
  /** Express's own `req.ip` rule for a request (its compiled trust-proxy setting). */
  ipOf: (req: IncomingMessage) => string;
  /** What every response gets (createHttpApp's security headers). */
  headers: ReadonlyArray<readonly [string, string]>;
}

/**
 * The busiest requests (a Direct Line post: one per message a Web Chat user types) answered
 * without Express: its application object, router and per-request layers were most of what a
 * minimal Express route costs here (in the benchmark's process, 0.74–0.97 ms of CPU per request
 * through Express against 0.30–0.32 ms for the same write answered by Node's own handler). Every
 * request still gets what createHttpApp gives one (an id, the log line, the security headers, the
 * error boundary's answers); the route itself gets the same body reader and limits as its Express
 * twin. Returns false for a request it does not take, before touching it.
 */
export function createFastLane(
  options: FastLaneOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const compiled: Compiled[] = options.routes.map((route) => ({
    route,
    segments: route.path
      .split("/")
      .slice(1)
      .map((segment) => (segment.startsWith(":") ? { name: segment.slice(1) } : segment)),
  }));

  /** The route, the path without the query, and the `:name` segments as sent (not decoded). */
  function match(method: string | undefined, url: string | undefined) {
    if (method !== "POST" || url === undefined) return undefined;
    const query = url.indexOf("?");
    const path = query === -1 ? url : url.slice(0, query);
    const parts = path.split("/").slice(1);
    for (const { route, segments } of compiled) {
      if (segments.length !== parts.length) continue;
      const raw: Array<[string, string]> = [];
      let matched = true;
      for (const [i, segment] of segments.entries()) {
        const part = parts[i] ?? "";
        if (typeof segment === "string") matched = part === segment;
        else {
          matched = part.length > 0;
          raw.push([segment.name, part]);
        }
        if (!matched) break;
      }
      if (matched) return { route, path, raw };
    }
    return undefined;
  }

  return (req, res) => {
    const found = match(req.method, req.url);
    if (!found || jsonBodyKind(req.headers) !== "lean") return false;
    const { route } = found;
    for (const [name, value] of options.headers) res.setHeader(name, value);
    const scope = beginRequest(options.logger, req, res, () => found.path);
    const fail = (error: unknown) => answerRequestError(error, res, scope);
    try {
      const params: Record<string, string> = {};
      for (const [name, value] of found.raw) params[name] = decodeURIComponent(value);
      const request: FastRequestHead & { body: unknown } = {
        id: scope.id,
        get log() {
          return scope.log;
        },
        ip: options.ipOf(req),
        headers: req.headers,
        params,
        body: undefined,
      };
      if (route.admit && !route.admit(request, res)) return true;
      readJsonBody(req, route.bodyLimitBytes, (result) => {
        if (!result.ok) return fail(result.error);
        request.body = result.body;
        route.handle(request, res).catch(fail);
      });
    } catch (error) {
      fail(error);
    }
    return true;
  };
}
