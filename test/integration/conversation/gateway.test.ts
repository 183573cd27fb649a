import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDialogContent } from "../../../src/conversation/content/loadDialogContent.ts";
import { placeholderKnowledge } from "../../../src/conversation/knowledge/placeholderKnowledge.ts";
import { ConversationService } from "../../../src/conversation/service/ConversationService.ts";
import { createReference } from "../../../src/conversation/submission/createReference.ts";
import { placeholderUnderstander } from "../../../src/conversation/understanding/placeholderUnderstander.ts";
import { composeSubmissionMails } from "../../../src/mail/composeSubmissionMails.ts";
import { createConversationStore } from "../../../src/persistence/conversations/createConversationStore.ts";
import { createOutboundBus } from "../../../src/persistence/createOutboundBus.ts";
import type { Database } from "../../../src/persistence/Database.ts";
import { openTestDatabase } from "../../support/testDatabase.ts";

let db: Database;
let drop: () => Promise<void>;

async function makeService(): Promise<ConversationService> {
  const content = await loadDialogContent(path.resolve("intents"));
  const service = new ConversationService({
    store: createConversationStore(db),
    bus: createOutboundBus(db),
    deps: {
      content,
      knowledge: placeholderKnowledge(content.territory),
      understander: placeholderUnderstander(),
      now: () => new Date(),
      newReference: (now) => createReference(now, (n) => Math.floor(Math.random() * n)),
      settings: { retentionDays: 365, mailbox: "conciliazione@regione.lombardia.it" },
    },
    composeMails: (s) => composeSubmissionMails(s, { mailbox: "conciliazione@regione.lombardia.it" }),
    instanceId: randomUUID(),
  });
  await service.start();
  return service;
}

beforeAll(async () => {
  ({ db, drop } = await openTestDatabase());
});
afterAll(async () => {
  await drop();
});

describe("the conversation gateway", () => {
  it("greets a new user and processes a re-delivered message once", async () => {
    const service = await makeService();
    const first = await service.receive({
      channel: "web",
      externalKey: "u1",
      externalId: "a1",
      inbound: { kind: "start" },
    });
    expect(first.duplicate).toBe(false);
    expect(first.replies.length).toBe(3);
    expect(first.replies[0]?.text).toContain("assistente automatico");
    const again = await service.receive({
      channel: "web",
      externalKey: "u1",
      externalId: "a1",
      inbound: { kind: "start" },
    });
    expect(again.duplicate).toBe(true);
    expect(again.replies.map((r) => r.id)).toEqual(first.replies.map((r) => r.id));
    await service.stop();
  });
});
