import { randomInt, randomUUID } from "node:crypto";
import path from "node:path";
import { resolveLiveContentDir } from "../console/content/resolveLiveContentDir.ts";
import type { Content } from "../content/Content.ts";
import { ContentError } from "../content/ContentError.ts";
import type { Lang } from "../content/ids.ts";
import { loadContent } from "../content/loadContent.ts";
import type { Responses } from "../content/ResponsesSchema.ts";
import type { TurnDeps } from "../conversation/dialog/TurnDeps.ts";
import { ratingPrompt } from "../conversation/feedback/ratingPrompt.ts";
import { createProgrammeKnowledge } from "../conversation/knowledge/createProgrammeKnowledge.ts";
import type { HandoffQueue } from "../conversation/ports/HandoffQueue.ts";
import { createResumeService } from "../conversation/resume/createResumeService.ts";
import { ConversationService } from "../conversation/service/ConversationService.ts";
import { createReference } from "../conversation/submission/createReference.ts";
import type { Reply } from "../conversation/turn.ts";
import type { ServiceModule } from "../kernel/ServiceModule.ts";
import { composeSubmissionMails } from "../mail/composeSubmissionMails.ts";
import { createMailWorker } from "../mail/createMailWorker.ts";
import { createSmtpTransport } from "../mail/createSmtpTransport.ts";
import { createConversationStore } from "../persistence/conversations/createConversationStore.ts";
import { createOutboundBus } from "../persistence/createOutboundBus.ts";
import { createResumeCodeStore } from "../persistence/createResumeCodeStore.ts";
import { composeUnderstanding } from "./composeUnderstanding.ts";
import { createRetentionPurge } from "./createRetentionPurge.ts";
import type { ServiceContext } from "./ServiceContext.ts";

export interface ComposedConversation {
  service: ConversationService;
  module: ServiceModule;
  /** Reloads the content files on this instance (the staff console's "reload content"); a broken file changes nothing. */
  reloadContent(): Promise<{ ok: true } | { ok: false; problems: string[] }>;
  /** The end-of-conversation rating question in the current content (asked when staff close a handoff). */
  closingRating(lang: Lang): Reply;
  /** The bot's words in the current content (what channels and the console say for it). */
  responses(lang: Lang): Responses;
}

/**
 * The conversation service on this database: dialog content from CONTENT_DIR, the programme
 * knowledge, the understanding, the store, the bus between instances and the mail composer; its
 * module also runs the outbox mail worker and the retention purge.
 */
export async function composeConversation(
  context: ServiceContext,
  extras: { handoff?: HandoffQueue; released?: Content } = {},
): Promise<ComposedConversation> {
  const { config, logger, db } = context;
  const contentDir = path.resolve(config.CONTENT_DIR);
  // Content, knowledge and understanding from the newest published content version (CONTENT_DIR's
  // files are the first): at start, and again on a reload or a publish from the console.
  let preloaded = extras.released;
  const loadDeps = async (): Promise<TurnDeps> => {
    const live = await resolveLiveContentDir(db, contentDir, config.DATA_DIR);
    // CONTENT_DIR as the composition root read it moments ago serves the first start when it is live.
    const content = live.dir === contentDir && preloaded ? preloaded : await loadContent(live.dir);
    preloaded = undefined;
    const understander = await composeUnderstanding({ content, dataDir: config.DATA_DIR, logger });
    return {
      content,
      knowledge: createProgrammeKnowledge(content, () => new Date().toISOString().slice(0, 10)),
      understander,
      now: () => new Date(),
      newReference: (now) => createReference(now, (n) => randomInt(n)),
      settings: { retentionDays: config.RETENTION_DAYS, mailbox: config.PROGRAMME_MAILBOX },
    };
  };
  let deps = await loadDeps();
  const service = new ConversationService({
    store: createConversationStore(db),
    bus: createOutboundBus(db),
    deps,
    composeMails: (submission) => composeSubmissionMails(submission, { mailbox: config.PROGRAMME_MAILBOX }),
    instanceId: randomUUID(),
    onProblem: (message, details) => logger.warn(details, message),
    ...(extras.handoff ? { handoff: extras.handoff } : {}),
    resume: createResumeService({ store: createResumeCodeStore(db) }),
  });
  const mail = createMailWorker({
    db,
    from: config.MAIL_FROM,
    ...(config.SMTP_URL ? { transport: createSmtpTransport(config.SMTP_URL) } : {}),
    dataDir: config.DATA_DIR,
    log: logger,
  });
  const purge = createRetentionPurge({ db, retentionDays: config.RETENTION_DAYS, logger });
  return {
    service,
    closingRating: (lang) => ratingPrompt(lang, "handoff", deps.content),
    responses: (lang) => deps.content.responses[lang],
    reloadContent: async () => {
      try {
        deps = await loadDeps();
        service.replaceDeps(deps);
        return { ok: true };
      } catch (error) {
        if (error instanceof ContentError) return { ok: false, problems: [...error.problems] };
        throw error;
      }
    },
    // One module for the service and its workers, so composeModules stays one line.
    module: {
      name: "conversation",
      start: async () => {
        await service.start();
        await mail.start();
        await purge.start();
      },
      stop: async () => {
        await purge.stop();
        await service.stop();
        await mail.stop();
      },
    },
  };
}
