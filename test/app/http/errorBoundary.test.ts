import type { Server } from "node:http";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../../src/app/createHttpApp.ts";
import { InfrastructureError } from "../../../src/kernel/InfrastructureError.ts";

describe("the HTTP error boundary", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const app = createHttpApp({
      logger: pino({ level: "silent" }),
      trustProxy: false,
      readiness: async () => ({ ready: true }),
      modules: [
        {
          name: "failing",
          mount(app) {
            app.get("/unavailable", () => {
              throw new InfrastructureError("unavailable", "content versions: could not settle");
            });
            app.get("/wrapped-terminated", () => {
              // Prisma's driver adapters keep the server's error as a plain object, not an Error.
              throw Object.assign(new Error("Invalid `prisma.auditLog.findMany()` invocation"), {
                code: "P2010",
                meta: {
                  driverAdapterError: Object.assign(new Error("DriverAdapterError"), {
                    cause: { kind: "postgres", code: "57P01", originalMessage: "terminating connection" },
                  }),
                },
              });
            });
            app.get("/misconfigured", () => {
              throw new InfrastructureError("misconfigured", "pacchetto x non installato");
            });
          },
        },
      ],
    });
    server = await app.listen(0, "127.0.0.1");
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("asks the client to retry (503 with Retry-After) when a dependency is unavailable", async () => {
    const res = await fetch(`${base}/unavailable`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toMatchObject({ error: "service_unavailable" });
  });

  it("asks the client to retry when the database's reason sits only in a wrapped driver error", async () => {
    const res = await fetch(`${base}/wrapped-terminated`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
  });

  it("answers 500 without the error's words when the service is set up wrong", async () => {
    const res = await fetch(`${base}/misconfigured`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain("internal_error");
    expect(text).not.toContain("pacchetto");
  });
});
