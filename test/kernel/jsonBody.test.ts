import http, { type Server } from "node:http";
import net from "node:net";
import { gzipSync } from "node:zlib";
import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/app/createHttpApp.ts";
import { jsonBody } from "../../src/kernel/jsonBody.ts";
import { sendJson } from "../../src/kernel/sendJson.ts";

const LIMIT = 1024;

interface Sent {
  headers: Record<string, string>;
  body: Buffer | string;
  /** Sent in pieces with chunked transfer encoding, without a Content-Length. */
  chunked?: boolean;
}

function post(base: string, path: string, sent: Sent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const body = typeof sent.body === "string" ? Buffer.from(sent.body) : sent.body;
    const req = http.request(`${base}${path}`, {
      method: "POST",
      headers: sent.chunked ? sent.headers : { ...sent.headers, "content-length": String(body.length) },
    });
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    if (sent.chunked) {
      const half = Math.floor(body.length / 2);
      req.write(body.subarray(0, half));
      req.end(body.subarray(half));
    } else req.end(body);
  });
}

describe("the lean JSON body reader of the busiest routes", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const echo = (req: express.Request, res: express.Response) => {
      res.json({ body: req.body === undefined ? "(none)" : req.body });
    };
    const app = createHttpApp({
      logger: pino({ level: "silent" }),
      trustProxy: false,
      readiness: async () => ({ ready: true }),
      modules: [
        {
          name: "bodies",
          mount(app) {
            app.post(
              "/general",
              express.json({ limit: LIMIT, type: ["application/json", "application/*+json"] }),
              echo,
            );
            app.post("/lean", jsonBody(LIMIT), echo);
            app.post("/fast", jsonBody(LIMIT), echo);
          },
          // What the fast lane leaves (no JSON, another charset, compressed) goes to the twin above.
          fastRoutes: [
            {
              method: "POST",
              path: "/fast",
              bodyLimitBytes: LIMIT,
              handle: async (req, res) => sendJson(res, 200, { body: req.body }),
            },
          ],
        },
      ],
    });
    server = await app.listen(0, "127.0.0.1");
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const json = { "content-type": "application/json" };
  const cases: Array<[string, Sent]> = [
    ["an object", { headers: json, body: '{"type":"message","text":"ciao è così"}' }],
    ["an array", { headers: json, body: "[1,2,3]" }],
    ["an empty body", { headers: json, body: "" }],
    ["a body after a byte-order mark", { headers: json, body: '\uFEFF{"a":1}' }],
    ["a body after white space", { headers: json, body: ' \n\t{"a":1}' }],
    ["a string, which strict JSON bodies refuse", { headers: json, body: '"testo"' }],
    ["a number", { headers: json, body: "42" }],
    ["malformed JSON", { headers: json, body: '{"a":' }],
    ["a body over the limit", { headers: json, body: `{"a":"${"x".repeat(LIMIT)}"}` }],
    [
      "a body over the limit without a Content-Length",
      { headers: json, body: `{"a":"${"x".repeat(LIMIT)}"}`, chunked: true },
    ],
    ["a body in pieces", { headers: json, body: '{"a":"uno","b":"due"}', chunked: true }],
    [
      "UTF-8 named as the charset",
      { headers: { "content-type": "application/json; charset=UTF-8" }, body: "{}" },
    ],
    ["another charset", { headers: { "content-type": "application/json; charset=latin1" }, body: "{}" }],
    ["a +json media type", { headers: { "content-type": "application/vnd.api+json" }, body: '{"a":1}' }],
    ["plain text, not parsed", { headers: { "content-type": "text/plain" }, body: '{"a":1}' }],
    ["no content type, not parsed", { headers: {}, body: '{"a":1}' }],
    [
      "a gzip-compressed body",
      { headers: { ...json, "content-encoding": "gzip" }, body: gzipSync('{"a":"compresso"}') },
    ],
  ];

  it.each(cases)(
    "answers %s exactly as express.json does, in Express and in the fast lane",
    async (_name, sent) => {
      const general = await post(base, "/general", sent);
      const lean = await post(base, "/lean", sent);
      expect(lean).toEqual(general);
      const fast = await post(base, "/fast", sent);
      expect(fast).toEqual(general);
    },
  );

  it("answers a body over the limit with 413 and malformed JSON with 400, in the service's words", async () => {
    const tooLarge = await post(base, "/lean", { headers: json, body: `{"a":"${"x".repeat(LIMIT)}"}` });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.text)).toMatchObject({ error: "payload_too_large" });
    const malformed = await post(base, "/lean", { headers: json, body: "{" });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.text)).toMatchObject({ error: "bad_request" });
  });

  it.each(["/lean", "/fast"])(
    "keeps serving after a client drops its connection halfway through a body to %s",
    async (path) => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect(port, "127.0.0.1", () => {
          socket.write(
            `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":`,
          );
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 50);
        });
        socket.on("error", reject);
      });
      const after = await post(base, path, { headers: json, body: '{"a":1}' });
      expect(after).toEqual({ status: 200, text: '{"body":{"a":1}}' });
    },
  );
});
