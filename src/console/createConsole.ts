import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import express from "express";
import type { Channel, Lang } from "../content/ids.ts";
import type { Responses } from "../content/ResponsesSchema.ts";
import { type ContentResult, tryLoadContent } from "../content/tryLoadContent.ts";
import type { Reply } from "../conversation/turn.ts";
import { InfrastructureError } from "../kernel/InfrastructureError.ts";
import type { ServiceModule } from "../kernel/ServiceModule.ts";
import { deleteExpiredStaffSessions } from "../persistence/staff/deleteExpiredStaffSessions.ts";
import { auditDenials } from "./audit/auditDenials.ts";
import { auditOrigin } from "./audit/auditOrigin.ts";
import { csrfGuard } from "./auth/csrfGuard.ts";
import { sessionGuard } from "./auth/sessionGuard.ts";
import type { ConsoleContext, ContentReload } from "./ConsoleContext.ts";
import { createContentEditor } from "./content/createContentEditor.ts";
import { createDraftEvaluation, type Evaluate } from "./content/createDraftEvaluation.ts";
import { createDraftPreview } from "./content/createDraftPreview.ts";
import { labelsFromContent } from "./content/labelsFromContent.ts";
import { loadCannedReplies } from "./content/loadCannedReplies.ts";
import { createConsoleEvents } from "./live/createConsoleEvents.ts";
import { mountEventStream } from "./live/mountEventStream.ts";
import { mountConsoleAssets } from "./mountConsoleAssets.ts";
import { CONSOLE_CSP } from "./pages/CONSOLE_CSP.ts";
import { mountPages } from "./pages/mountPages.ts";
import { mountAuditRoutes } from "./routes/mountAuditRoutes.ts";
import { mountContentPreviewRoutes } from "./routes/mountContentPreviewRoutes.ts";
import { mountContentRoutes } from "./routes/mountContentRoutes.ts";
import { mountConversationRoutes } from "./routes/mountConversationRoutes.ts";
import { mountDashboardRoutes } from "./routes/mountDashboardRoutes.ts";
import { mountFeedbackRoutes } from "./routes/mountFeedbackRoutes.ts";
import { mountLoginRoute } from "./routes/mountLoginRoute.ts";
import { mountOutboxRoutes } from "./routes/mountOutboxRoutes.ts";
import { mountSessionRoutes } from "./routes/mountSessionRoutes.ts";
import { mountStaffRoutes } from "./routes/mountStaffRoutes.ts";
import { mountSubmissionRoutes } from "./routes/mountSubmissionRoutes.ts";
import { createAuditLog } from "./services/createAuditLog.ts";
import { createContentReload } from "./services/createContentReload.ts";
import { createDraftTrials } from "./services/createDraftTrials.ts";
import { createHandoffDesk } from "./services/createHandoffDesk.ts";
import { createInsights } from "./services/createInsights.ts";
import { createOutboxDesk } from "./services/createOutboxDesk.ts";
import { createStaffAccounts } from "./services/createStaffAccounts.ts";
import { createStaffSessions } from "./services/createStaffSessions.ts";
import { createSubmissionDesk } from "./services/createSubmissionDesk.ts";

export type AnnounceOutbound = (
  conversation: { id: string; channel: Channel; externalKey: string },
  messageIds: string[],
) => Promise<void>;

export interface ConsoleOptions {
  /** How often this instance looks for escalations that waited past the limit. */
  sweepIntervalMs?: number;
  now?: () => Date;
  /** Runs the dialogue and fact evaluations on a content folder; without it, drafts cannot be evaluated. */
  evaluate?: Evaluate;
  /** The deployed content (CONTENT_DIR) when the composition root has read it already; read here otherwise. */
  content?: ContentResult;
}

export type Console = Awaited<ReturnType<typeof createConsole>>;

/**
 * The staff console at /console and its JSON API at /console/api: pages, login and sessions, the
 * live queue, conversations, submissions, outbox, dashboard, staff accounts and audit log, plus
 * the periodic sweep that offers the mailbox to conversations that waited too long.
 */
export async function createConsole(
  context: Pick<ConsoleContext, "db" | "config" | "logger">,
  options: ConsoleOptions = {},
) {
  const { db, config, logger } = context;
  const now = options.now ?? (() => new Date());
  const events = createConsoleEvents(db, logger);
  let announce: AnnounceOutbound | undefined;
  let reloadHere: (() => Promise<ContentReload>) | undefined;
  let closingRating: ((lang: Lang) => Reply) | undefined;
  let responses: ((lang: Lang) => Responses) | undefined;
  const instanceId = randomUUID();
  const desk = createHandoffDesk({
    db,
    config,
    logger,
    events,
    now,
    announceOutbound: async (conversation, ids) => {
      if (announce) await announce(conversation, ids);
      else logger.warn("console: message stored but no conversation service to announce it");
    },
    closingRating: (lang) => closingRating?.(lang),
    says: (lang) => {
      if (!responses)
        throw new InfrastructureError("misconfigured", "console: no conversation service connected");
      return responses(lang).handoff;
    },
  });
  // A reload asked on one instance is announced to the others, which reload their own copy.
  const reloadContent = async (): Promise<ContentReload | "unavailable"> => {
    if (!reloadHere) return "unavailable";
    const outcome = await reloadHere();
    if (outcome.ok) await events.publish({ type: "content", id: instanceId, atsId: null });
    return outcome;
  };
  const ctx: ConsoleContext = {
    db,
    config,
    logger,
    events,
    desk,
    sessions: createStaffSessions(db, now),
    accounts: createStaffAccounts(db),
    submissions: createSubmissionDesk(db, events),
    outbox: createOutboxDesk(db, events, now),
    insights: createInsights(db),
    auditLog: createAuditLog(db),
    reloadContent,
    contentReload: createContentReload(db, reloadContent),
    now,
  };
  const [canned, loaded] = await Promise.all([
    loadCannedReplies(),
    options.content ?? tryLoadContent(path.resolve(config.CONTENT_DIR)),
  ]);
  const labels = labelsFromContent(loaded.ok ? loaded.content : undefined);

  const evaluation = createDraftEvaluation({
    db,
    dataDir: config.DATA_DIR,
    evaluate: options.evaluate,
    onError: (error) => logger.error({ err: error }, "draft evaluation failed"),
  });
  let streams: ReturnType<typeof mountEventStream> | undefined;
  let sweep: NodeJS.Timeout | undefined;
  let watchListening: NodeJS.Timeout | undefined;

  const module: ServiceModule = {
    name: "console",
    mount(app) {
      const router = express.Router();
      router.use("/console", auditOrigin());
      router.use(
        "/console",
        auditDenials({ db, onError: (error) => logger.warn({ err: error }, "access denial not audited") }),
      );
      router.use("/console", (_req, res, next) => {
        res.setHeader("Content-Security-Policy", CONSOLE_CSP);
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        next();
      });
      mountConsoleAssets(router);
      mountPages(router, ctx, labels);

      const api = express.Router();
      api.use((_req, res, next) => {
        res.setHeader("Cache-Control", "no-store");
        next();
      });
      // The content editor sends whole files: its larger limit applies after the session guard.
      const smallJson = express.json({ limit: "64kb" });
      api.use((req, res, next) => (req.path.startsWith("/content/") ? next() : smallJson(req, res, next)));
      mountLoginRoute(api, ctx);
      api.use(sessionGuard(db));
      api.use(csrfGuard());
      mountSessionRoutes(api, ctx);
      streams = mountEventStream(api, events);
      mountConversationRoutes(api, ctx, canned);
      mountSubmissionRoutes(api, ctx, labels.actions);
      mountOutboxRoutes(api, ctx);
      mountDashboardRoutes(api, ctx, labels.actions, labels.fields);
      mountFeedbackRoutes(api, ctx, labels.ats);
      mountStaffRoutes(api, ctx);
      mountAuditRoutes(api, ctx);
      const editor = createContentEditor(ctx);
      mountContentRoutes(api, editor);
      mountContentPreviewRoutes(
        api,
        createDraftTrials({
          db,
          editor,
          evaluation,
          preview: createDraftPreview({
            dataDir: config.DATA_DIR,
            retentionDays: config.RETENTION_DAYS,
            mailbox: config.PROGRAMME_MAILBOX,
          }),
        }),
      );
      api.use((_req, res) => {
        res.status(404).json({ error: "not_found", message: "Risorsa non trovata." });
      });
      router.use("/console/api", api);
      app.use(router);
    },
    attach(server: Server) {
      // Open event streams would hold the shutdown until its deadline: end them as soon as the
      // server stops listening; browsers reconnect (to another instance behind a balancer).
      watchListening = setInterval(() => {
        if (!server.listening) streams?.closeAll();
      }, 200);
      watchListening.unref();
    },
    async start() {
      events.subscribe((event) => {
        if (event.type !== "content" || event.id === instanceId || !reloadHere) return;
        reloadHere().then(
          (outcome) => logger.info({ ok: outcome.ok }, "content reloaded at another instance's request"),
          (error: unknown) => logger.error({ err: error }, "content reload failed"),
        );
      });
      await events.start();
      const interval = options.sweepIntervalMs ?? 30_000;
      sweep = setInterval(() => {
        desk
          .sweepOverdue()
          .then(() => deleteExpiredStaffSessions(db, now()))
          .catch((error: unknown) => logger.warn({ err: error }, "console sweep failed"));
      }, interval);
      sweep.unref();
    },
    async stop() {
      evaluation.stop();
      if (sweep) clearInterval(sweep);
      if (watchListening) clearInterval(watchListening);
      streams?.closeAll();
      await events.stop();
    },
  };

  return {
    module,
    /** The handoff desk, for the conversation service (HandoffCoordinator) and the console routes. */
    desk,
    /** Connects what the console uses of the conversation service, once it exists. */
    connect(parts: {
      announce: AnnounceOutbound;
      reloadContent?: () => Promise<ContentReload>;
      /** The rating question staff closing a handoff leave for the user (issue 18). */
      closingRating?: (lang: Lang) => Reply;
      /** The bot's words in the current content: what the desk tells the user when staff act. */
      responses: (lang: Lang) => Responses;
    }) {
      announce = parts.announce;
      reloadHere = parts.reloadContent;
      closingRating = parts.closingRating;
      responses = parts.responses;
    },
  };
}
