import { randomInt, randomUUID } from "node:crypto";
import type { TurnDeps } from "../../../src/conversation/dialog/TurnDeps.ts";
import { ConversationService } from "../../../src/conversation/service/ConversationService.ts";
import { createReference } from "../../../src/conversation/submission/createReference.ts";
import { composeSubmissionMails } from "../../../src/mail/composeSubmissionMails.ts";
import { createConversationStore } from "../../../src/persistence/conversations/createConversationStore.ts";
import { createOutboundBus } from "../../../src/persistence/createOutboundBus.ts";
import type { Database } from "../../../src/persistence/Database.ts";
import { createTestDeps } from "./createTestDeps.ts";

export const TEST_MAILBOX = "conciliazione@regione.lombardia.it";

/** A started conversation service on a test database, with the real content and understanding. */
export async function createTestService(db: Database, deps?: TurnDeps): Promise<ConversationService> {
  const service = new ConversationService({
    store: createConversationStore(db),
    bus: createOutboundBus(db),
    // Random references: several services share one test database.
    deps: deps ?? {
      ...(await createTestDeps()),
      newReference: (now) => createReference(now, (n) => randomInt(n)),
    },
    composeMails: (submission) => composeSubmissionMails(submission, { mailbox: TEST_MAILBOX }),
    instanceId: randomUUID(),
  });
  await service.start();
  return service;
}
