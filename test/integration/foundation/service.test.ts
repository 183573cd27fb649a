import { describe, expect, it } from "vitest";
import { useTestService } from "../../support/useTestService.ts";

describe(`the service() on ${process.env.TEST_DB}`, () => {
  // On an empty database: the service migrates it at start, as on a first installation.
  const service = useTestService({}, { empty: true });

  it("says it is alive and ready once the database is migrated", async () => {
    const health = await fetch(`${service().url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${service().url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("serves an Italian home page", async () => {
    const res = await fetch(`${service().url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toMatch(/<html lang="it"/);
  });

  it("answers an unknown path with a polite JSON 404 and a request id", async () => {
    const res = await fetch(`${service().url}/non-esiste`);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(await res.json()).toMatchObject({ error: "not_found" });
  });

  it("has created every table of the schema", async () => {
    const rows = await service().db.sql.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    const tables = rows.map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        "Conversation",
        "Message",
        "Submission",
        "OutboxMail",
        "Staff",
        "_prisma_migrations",
      ]),
    );
  });

  it("treats a re-delivered inbound message as a no-op thanks to its unique key", async () => {
    const prisma = service().db.prisma;
    const conversation = await prisma.conversation.create({
      data: { id: "c-dup", channel: "telegram", externalKey: "42", state: {} },
    });
    await prisma.message.createMany({
      data: [{ conversationId: conversation.id, direction: "in", externalId: "upd-1", text: "ciao" }],
      skipDuplicates: true,
    });
    const second = await prisma.message.createMany({
      data: [{ conversationId: conversation.id, direction: "in", externalId: "upd-1", text: "ciao" }],
      skipDuplicates: true,
    });
    expect(second.count).toBe(0);
    expect(await prisma.message.count({ where: { conversationId: conversation.id } })).toBe(1);
  });
});
