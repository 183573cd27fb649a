import { randomUUID } from "node:crypto";
import { toOutboundActivity } from "../../src/channels/web/toOutboundActivity.ts";
import { startConsoleHarness } from "../../test/integration/console/support/consoleHarness.ts";
import { createTestDatabaseTarget } from "../../test/support/testDatabase.ts";
import { type BotActivity, BotActivitySchema } from "./checkStep.ts";
import { closedOfficeHours } from "./closedOfficeHours.ts";

/** Staff always on duty; a long wait limit so the queue built by earlier dialogues changes nothing. */
export const OPEN_ENV = { OFFICE_HOURS: "mon-sun 00:00-24:00", HANDOFF_MAX_WAIT_MINUTES: "1440" };

export interface EvalConversation {
  /** Sends one message as a Web Chat user would and returns the bot's messages stored since the last one. */
  say(text: string): Promise<BotActivity[]>;
}

export interface EvalCore {
  /** A new Web Chat conversation, opened (greeting read and discarded) as dialog-check.mjs does. */
  open(): Promise<EvalConversation>;
  dispose(): Promise<void>;
}

/**
 * The real service core in-process (conversation service, handoff desk, content from intents/,
 * PGlite in a temporary folder), driven through the ConversationGateway exactly as the web
 * channel drives it: a start, then text messages with the Direct Line token's language ("it"),
 * and the replies read back from the history and shaped as the Direct Line activities the
 * live tool receives.
 */
export async function startEvalCore(options: { officeClosed: boolean }): Promise<EvalCore> {
  const target = await createTestDatabaseTarget("pglite");
  // CONTENT_DIR evaluates other content, e.g. a console draft written by `content:export --draft`.
  const content: Record<string, string> = process.env.CONTENT_DIR
    ? { CONTENT_DIR: process.env.CONTENT_DIR }
    : {};
  const harness = await startConsoleHarness(
    options.officeClosed
      ? { ...OPEN_ENV, ...content, OFFICE_HOURS: closedOfficeHours() }
      : { ...OPEN_ENV, ...content },
    target,
  );
  const gateway = harness.gateway;
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
        say: async (text) => {
          await gateway.receive({
            channel: "web",
            externalKey,
            externalId: `eval-${randomUUID()}`,
            inbound: { kind: "text", text },
            langHint: "it",
          });
          const stored = await gateway.history(conversationId, watermark, 10_000);
          watermark = stored.at(-1)?.id ?? watermark;
          return stored
            .filter((m) => m.direction !== "in")
            .flatMap((m) => {
              const activity = toOutboundActivity(m, conversationId, "it");
              return activity ? [BotActivitySchema.parse(activity)] : [];
            });
        },
      };
    },
    dispose: async () => {
      await harness.dispose();
      await target.drop();
    },
  };
}
