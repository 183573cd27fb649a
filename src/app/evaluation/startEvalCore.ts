import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { toOutboundActivity } from "../../channels/web/toOutboundActivity.ts";
import type { Lang } from "../../content/ids.ts";
import { parseConfig } from "../../kernel/config.ts";
import { createLogger } from "../../kernel/createLogger.ts";
import { applyMigrations } from "../../persistence/applyMigrations.ts";
import { openPglite } from "../../persistence/openPglite.ts";
import { composeConsoleAndConversation } from "../composeConsoleAndConversation.ts";
import { type BotActivity, BotActivitySchema } from "./checkStep.ts";
import { closedOfficeHours } from "./closedOfficeHours.ts";

/** Staff always on duty; a long wait limit so the queue built by earlier dialogues changes nothing. */
export const OPEN_ENV = { OFFICE_HOURS: "mon-sun 00:00-24:00", HANDOFF_MAX_WAIT_MINUTES: "1440" };

export interface EvalConversation {
  /** Sends one message as a Web Chat user would and returns the bot's messages stored since the last one. */
  /** `lang`: the message's locale, as Web Chat sends it (dialog-check.mjs sends it-IT by default). */
  say(text: string, lang: Lang): Promise<BotActivity[]>;
}

export interface EvalCore {
  /** A new Web Chat conversation, opened (greeting read and discarded) as dialog-check.mjs does. */
  open(): Promise<EvalConversation>;
  dispose(): Promise<void>;
}

export interface EvalCoreOptions {
  /** The content evaluated: a folder laid out as intents/ (a console draft once written out). */
  contentDir: string;
  officeClosed: boolean;
  /**
   * Fills the new data folder before the service opens it, e.g. with a trained NLU model or an
   * initialised PGlite cluster: both are made on first use otherwise, at seconds of CPU each.
   */
  prepareDataDir?: (dataDir: string) => Promise<void>;
  /** Called once the service is composed (its NLU model trained or loaded), before the folder goes. */
  keepFromDataDir?: (dataDir: string) => Promise<void>;
}

/**
 * The real service core in-process (conversation service, handoff desk, the given content, PGlite
 * in a temporary folder of its own, never the instance's database), driven through the
 * ConversationGateway exactly as the web channel drives it: a start, then text messages with the
 * Direct Line token's language ("it"), and the replies read back from the history and shaped as
 * the Direct Line activities the live tool receives.
 */
export async function startEvalCore(options: EvalCoreOptions): Promise<EvalCore> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "conciliabot-eval-"));
  try {
    await options.prepareDataDir?.(dataDir);
    const parsed = parseConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      DATA_DIR: dataDir,
      CONTENT_DIR: options.contentDir,
      ...OPEN_ENV,
      ...(options.officeClosed ? { OFFICE_HOURS: closedOfficeHours() } : {}),
    });
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    const config = parsed.config;
    const logger = createLogger(config);
    const db = await openPglite(dataDir);
    await applyMigrations(db.sql);
    const context = { config, logger, db };
    const { staffConsole, conversation } = await composeConsoleAndConversation(context, {
      sweepIntervalMs: 3_600_000,
    });
    const modules = [conversation.module, staffConsole.module];
    for (const m of modules) await m.start?.();
    await options.keepFromDataDir?.(dataDir);
    const gateway = conversation.service;
    return {
      open: async () => {
        const externalKey = `eval-${randomUUID()}`;
        const started = await gateway.receive({
          channel: "web",
          externalKey,
          externalId: `dl-start:${externalKey}`,
          inbound: { kind: "start", lang: "it" },
          langHint: "it",
        });
        const { conversationId } = started;
        let watermark = (await gateway.history(conversationId, undefined, 10_000)).at(-1)?.id;
        return {
          say: async (text, lang) => {
            await gateway.receive({
              channel: "web",
              externalKey,
              externalId: `eval-${randomUUID()}`,
              inbound: { kind: "text", text, lang },
              langHint: "it",
            });
            const stored = await gateway.history(conversationId, watermark, 10_000);
            watermark = stored.at(-1)?.id ?? watermark;
            return stored
              .filter((m) => m.direction !== "in")
              .flatMap((m) => {
                const activity = toOutboundActivity(
                  m,
                  conversationId,
                  "it",
                  conversation.responses("it").channel,
                );
                return activity ? [BotActivitySchema.parse(activity)] : [];
              });
          },
        };
      },
      dispose: async () => {
        for (const m of [...modules].reverse()) await m.stop?.();
        await db.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
