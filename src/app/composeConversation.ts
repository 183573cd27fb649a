import { randomInt, randomUUID } from "node:crypto";
import path from "node:path";
import { loadContent } from "../content/loadContent.ts";
import { loadDialogContent } from "../conversation/content/loadDialogContent.ts";
import { createProgrammeKnowledge } from "../conversation/knowledge/createProgrammeKnowledge.ts";
import { ConversationService } from "../conversation/service/ConversationService.ts";
import { createReference } from "../conversation/submission/createReference.ts";
import { composeSubmissionMails } from "../mail/composeSubmissionMails.ts";
import { createConversationStore } from "../persistence/conversations/createConversationStore.ts";
import { createOutboundBus } from "../persistence/createOutboundBus.ts";
import type { ServiceContext } from "./composeModules.ts";
import { composeUnderstanding } from "./composeUnderstanding.ts";
import type { ServiceModule } from "./ServiceModule.ts";

export interface ComposedConversation {
  service: ConversationService;
  module: ServiceModule;
}

/**
 * The conversation service on this database: dialog content from CONTENT_DIR, the programme
 * knowledge, the understanding, the store, the bus between instances and the mail composer.
 */
export async function composeConversation(context: ServiceContext): Promise<ComposedConversation> {
  const { config, logger, db } = context;
  const contentDir = path.resolve(config.CONTENT_DIR);
  const [content, programme] = await Promise.all([loadDialogContent(contentDir), loadContent(contentDir)]);
  const understander = await composeUnderstanding({
    contentDir,
    dataDir: config.DATA_DIR,
    territory: content.territory,
    logger,
  });
  const service = new ConversationService({
    store: createConversationStore(db),
    bus: createOutboundBus(db),
    deps: {
      content,
      knowledge: createProgrammeKnowledge(programme, () => new Date().toISOString().slice(0, 10)),
      understander,
      now: () => new Date(),
      newReference: (now) => createReference(now, (n) => randomInt(n)),
      settings: { retentionDays: config.RETENTION_DAYS, mailbox: config.PROGRAMME_MAILBOX },
    },
    composeMails: (submission) => composeSubmissionMails(submission, { mailbox: config.PROGRAMME_MAILBOX }),
    instanceId: randomUUID(),
    onProblem: (message, details) => logger.warn(details, message),
  });
  return {
    service,
    module: { name: "conversation", start: () => service.start(), stop: () => service.stop() },
  };
}
