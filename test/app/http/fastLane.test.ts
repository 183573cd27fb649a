import http, { type Server } from "node:http";
import { gzipSync } from "node:zlib";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../../src/app/createHttpApp.ts";
import { InfrastructureError } from "../../../src/kernel/InfrastructureError.ts";
import { jsonBody } from "../../../src/kernel/jsonBody.ts";
import { sendJson } from "../../../src/kernel/sendJson.ts";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: unknown;
}

function request(
  base: string,
  method: string,
  path: string,
  body: Buffer | string,
  headers: Record<string, string> = { "content-type": "application/json" },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    const req = http.request(`${base}${path}`, {
      method,
      headers: { ...headers, "content-length": String(bytes.length) },
    });
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json: text ? JSON.parse(text) : null }),
      );
    });
    req.on("error", reject);
    req.end(bytes);
  });
}

async function listen(trustProxy: boolean): Promise<{ server: Server; base: string }> {
  const app = createHttpApp({
    logger: pino({ level: "silent" }),
    trustProxy,
    readiness: async () => ({ ready: true }),
    modules: [
      {
        name: "fast-and-twin",
        mount(app) {
          app.post("/items/:id/notes", jsonBody(1024), (req, res) => {
            res.setHeader("Cache-Control", "no-store");
            res.json({ via: "express", id: req.params.id, ip: req.ip, body: req.body ?? null });
          });
        },
        fastRoutes: [
          {
            method: "POST",
            path: "/items/:id/notes",
            bodyLimitBytes: 1024,
            admit(req, res) {
              res.setHeader("Cache-Control", "no-store");
              if (req.params.id !== "closed") return true;
              sendJson(res, 403, { error: "forbidden" });
              return false;
            },
            async handle(req, res) {
              if (req.params.id === "broken") throw new Error("a bug in the route");
              if (req.params.id === "offline") throw new InfrastructureError("unavailable", "database down");
              sendJson(res, 200, { via: "fast", id: req.params.id, ip: req.ip, body: req.body });
            },
          },
        ],
      },
    ],
  });
  const server = await app.listen(0, "127.0.0.1");
  const address = server.address();
  return { server, base: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` };
}

describe("the fast lane for the busiest requests", () => {
  let server: Server;
  let base: string;
  let proxied: { server: Server; base: string };
  beforeAll(async () => {
    ({ server, base } = await listen(false));
    proxied = await listen(true);
  });
  afterAll(async () => {
    for (const s of [server, proxied.server]) await new Promise<void>((resolve) => s.close(() => resolve()));
  });

  it("answers a plain JSON post itself, with the request id, security and cache headers every answer has", async () => {
    const answer = await request(base, "POST", "/items/a%20b/notes", '{"text":"ciao"}', {
      "content-type": "application/json",
      "x-request-id": "caller-id-12345",
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ via: "fast", id: "a b", ip: "127.0.0.1", body: { text: "ciao" } });
    expect(answer.headers["x-request-id"]).toBe("caller-id-12345");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(answer.headers["cache-control"]).toBe("no-store");
    const own = await request(base, "POST", "/items/x/notes", "{}", {
      "content-type": "application/json",
      "x-request-id": "bad id with spaces",
    });
    expect(own.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("leaves to the Express twin what it does not take: a compressed body, another spelling of the path, no JSON", async () => {
    const compressed = await request(base, "POST", "/items/z/notes", gzipSync('{"text":"compresso"}'), {
      "content-type": "application/json",
      "content-encoding": "gzip",
    });
    expect(compressed.json).toEqual({
      via: "express",
      id: "z",
      ip: "127.0.0.1",
      body: { text: "compresso" },
    });
    const trailing = await request(base, "POST", "/items/z/notes/", "{}");
    expect(trailing.json).toMatchObject({ via: "express", id: "z" });
    const upper = await request(base, "POST", "/ITEMS/z/notes", "{}");
    expect(upper.json).toMatchObject({ via: "express", id: "z" });
    const text = await request(base, "POST", "/items/z/notes", "ciao", { "content-type": "text/plain" });
    expect(text.json).toMatchObject({ via: "express", body: null });
    for (const answer of [compressed, trailing, upper, text]) {
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(answer.headers["x-request-id"]).toBeTruthy();
    }
  });

  it("answers body errors, bad encodings and failures in the error boundary's words, and keeps serving", async () => {
    const tooLarge = await request(base, "POST", "/items/x/notes", `{"a":"${"x".repeat(2000)}"}`);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json).toMatchObject({ error: "payload_too_large" });
    const malformed = await request(base, "POST", "/items/x/notes", '{"a":');
    expect(malformed.status).toBe(400);
    expect(malformed.json).toMatchObject({ error: "bad_request" });
    const badEncoding = await request(base, "POST", "/items/%E0%A4%A/notes", "{}");
    expect(badEncoding.status).toBe(400);
    expect(badEncoding.json).toMatchObject({ message: expect.stringContaining("codifica %") });
    const broken = await request(base, "POST", "/items/broken/notes", "{}");
    expect(broken.status).toBe(500);
    expect(broken.json).toMatchObject({ error: "internal_error", requestId: broken.headers["x-request-id"] });
    const offline = await request(base, "POST", "/items/offline/notes", "{}");
    expect(offline.status).toBe(503);
    expect(offline.headers["retry-after"]).toBe("5");
    const after = await request(base, "POST", "/items/x/notes", '{"a":1}');
    expect(after.json).toMatchObject({ via: "fast", body: { a: 1 } });
  });

  it("lets a route refuse a request before its body is read", async () => {
    const refused = await request(base, "POST", "/items/closed/notes", '{"a":1}');
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({ error: "forbidden" });
  });

  it("reads the client's address as Express does, with and without trusting the proxy", async () => {
    const forwarded = { "content-type": "application/json", "x-forwarded-for": "203.0.113.7, 10.0.0.1" };
    const direct = await request(base, "POST", "/items/x/notes", "{}", forwarded);
    expect(direct.json).toMatchObject({ via: "fast", ip: "127.0.0.1" });
    const behindProxy = await request(proxied.base, "POST", "/items/x/notes", "{}", forwarded);
    const twin = await request(proxied.base, "POST", "/items/x/notes/", "{}", forwarded);
    expect(behindProxy.json).toMatchObject({ via: "fast", ip: "203.0.113.7" });
    expect(twin.json).toMatchObject({ via: "express", ip: "203.0.113.7" });
  });
});
