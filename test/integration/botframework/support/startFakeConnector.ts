import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import express from "express";
import { z } from "zod";

/** What the bot posted to the connector, parsed as loosely as a channel would read it. */
export const SentActivitySchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  textFormat: z.string().optional(),
  replyToId: z.string().optional(),
  conversation: z.looseObject({ id: z.string() }).optional(),
  suggestedActions: z
    .object({ actions: z.array(z.looseObject({ type: z.string(), title: z.string(), value: z.unknown() })) })
    .optional(),
  attachments: z.array(z.looseObject({ contentType: z.string(), content: z.unknown() })).optional(),
  channelData: z.unknown().optional(),
});
export type SentActivity = z.infer<typeof SentActivitySchema>;

export interface FakeConnector {
  serviceUrl: string;
  /** Messages (not typing) sent to a conversation since the last call, once `until` holds and nothing new came for `quietMs`. */
  messages(
    conversationId: string,
    until: (sent: SentActivity[]) => boolean,
    quietMs?: number,
  ): Promise<SentActivity[]>;
  stop(): Promise<void>;
}

/**
 * A stand-in for the Bot Connector service a channel exposes at `serviceUrl`: it accepts the
 * bot's replies (`replyToActivity`, `sendToConversation`) and keeps them for the test to read.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const received: Array<{ conversationId: string; activity: SentActivity }> = [];
  const app = express();
  app.use(express.json({ limit: "1mb" }));
  const record = (req: express.Request, res: express.Response) => {
    const conversationId = z.string().parse(req.params.conversationId);
    received.push({ conversationId, activity: SentActivitySchema.parse(req.body) });
    res.status(200).json({ id: randomUUID() });
  };
  app.post("/v3/conversations/:conversationId/activities/:activityId", record);
  app.post("/v3/conversations/:conversationId/activities", record);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const read = new Set<number>();
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    async messages(conversationId, until, quietMs = 300) {
      const deadline = Date.now() + 8_000;
      let count = -1;
      let changedAt = Date.now();
      for (;;) {
        const fresh = received
          .map((entry, index) => ({ ...entry, index }))
          .filter((entry) => entry.conversationId === conversationId && !read.has(entry.index))
          .filter((entry) => entry.activity.type === "message");
        if (fresh.length !== count) {
          count = fresh.length;
          changedAt = Date.now();
        }
        const sent = fresh.map((entry) => entry.activity);
        if ((until(sent) && Date.now() - changedAt >= quietMs) || Date.now() > deadline) {
          for (const entry of fresh) read.add(entry.index);
          return sent;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
