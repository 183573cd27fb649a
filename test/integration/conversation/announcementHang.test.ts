import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ReceiveRequest } from "../../../src/conversation/ports/ConversationGateway.ts";
import { ConversationService } from "../../../src/conversation/service/ConversationService.ts";
import { composeSubmissionMails } from "../../../src/mail/composeSubmissionMails.ts";
import { createConversationStore } from "../../../src/persistence/conversations/createConversationStore.ts";
import { createOutboundBus } from "../../../src/persistence/createOutboundBus.ts";
import { openPostgres } from "../../../src/persistence/openPostgres.ts";
import { createTestDeps } from "../../conversation/support/createTestDeps.ts";
import { TEST_MAILBOX } from "../../conversation/support/createTestService.ts";
import { proxyDatabase } from "../../support/tcpProxy.ts";
import { createTestDatabaseTarget, testDbKind } from "../../support/testDatabase.ts";
import { useTestDatabase } from "../../support/useTestDatabase.ts";

const db = useTestDatabase();

describe(`a reply while the other instances cannot be told on ${testDbKind()}`, () => {
  it.runIf(testDbKind() === "postgres")(
    "answers the user at once when the announcement to the other instances hangs, and stops all the same",
    async () => {
      const target = await createTestDatabaseTarget("postgres");
      const { proxy, url } = await proxyDatabase(target.databaseUrl ?? "");
      const announcements = await openPostgres({ url, onBackgroundError: () => undefined });
      const service = new ConversationService({
        store: createConversationStore(db()),
        // A query on a dead link is given up after a minute: a reply that waited for it would take that long.
        bus: createOutboundBus(announcements, { waitMs: 60_000 }),
        deps: await createTestDeps(),
        composeMails: (submission) => composeSubmissionMails(submission, { mailbox: TEST_MAILBOX }),
        instanceId: randomUUID(),
      });
      try {
        await service.start();
        const request: Pick<ReceiveRequest, "channel" | "externalKey"> = {
          channel: "web",
          externalKey: `hang-${randomUUID()}`,
        };
        await service.receive({ ...request, externalId: "a", inbound: { kind: "start" } });
        proxy.stall();
        // The announcement's query now waits on a link that passes nothing.
        const started = performance.now();
        const reply = await service.receive({
          ...request,
          externalId: "b",
          inbound: { kind: "text", text: "ciao" },
        });
        expect(reply.replies.length).toBeGreaterThan(0);
        expect(performance.now() - started).toBeLessThan(30_000);
        const stopping = performance.now();
        await service.stop();
        // stop() waits for announcements in flight, for 5 s at most.
        expect(performance.now() - stopping).toBeLessThan(30_000);
      } finally {
        await proxy.close();
        await announcements.close().catch(() => undefined);
        await target.drop();
      }
    },
  );
});
