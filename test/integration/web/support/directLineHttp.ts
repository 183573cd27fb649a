/**
 * A bare Direct Line client (fetch and ws): every request and frame visible, for the protocol's
 * edges. The real client, botframework-directlinejs, is exercised beside it.
 */
import WebSocket from "ws";
import { z } from "zod";

export const ActivitySchema = z
  .object({
    id: z.string(),
    type: z.string(),
    text: z.string().optional(),
    locale: z.string().optional(),
    from: z.object({ id: z.string(), name: z.string().optional(), role: z.string().optional() }),
    channelData: z.record(z.string(), z.unknown()).optional(),
    suggestedActions: z
      .object({ actions: z.array(z.object({ type: z.string(), title: z.string(), value: z.string() })) })
      .optional(),
    attachments: z.array(z.object({ contentType: z.string(), content: z.unknown() })).optional(),
  })
  .loose();
export type Activity = z.infer<typeof ActivitySchema>;
export const ActivitySetSchema = z.object({ activities: z.array(ActivitySchema), watermark: z.string() });
/**
 * A stream frame: its watermark is optional, as in Direct Line. A notice that is not stored (the
 * answer to a resume code) can reach a stream before the stream has sent any stored message, and
 * then has no watermark to carry.
 */
const StreamFrameSchema = ActivitySetSchema.extend({ watermark: z.string().optional() });
export const ConversationSchema = z.object({
  conversationId: z.string(),
  token: z.string(),
  expires_in: z.number(),
  streamUrl: z.string().optional(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export async function requestJson(
  url: string,
  init: { method?: string; token?: string; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const headers: Record<string, string> = {};
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.rawBody !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(url, {
    method: init.method ?? (init.body !== undefined || init.rawBody !== undefined ? "POST" : "GET"),
    headers,
    body: init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, json };
}

/** A new anonymous conversation: token, then the Direct Line start. */
export async function startConversation(base: string, lang?: "it" | "en"): Promise<Conversation> {
  const issued = await requestJson(`${base}/api/webchat/token`, {
    method: "POST",
    body: lang ? { lang } : {},
  });
  const { token } = ConversationSchema.parse(issued.json);
  const started = await requestJson(`${base}/v3/directline/conversations`, {
    method: "POST",
    token,
    body: {},
  });
  return ConversationSchema.parse(started.json);
}

export async function postActivity(base: string, conversation: Conversation, activity: unknown) {
  return requestJson(`${base}/v3/directline/conversations/${conversation.conversationId}/activities`, {
    token: conversation.token,
    body: activity,
  });
}

/** A user's text message, with the client's id that its echo carries back when given. */
export async function postMessage(
  base: string,
  conversation: Conversation,
  text: string,
  clientActivityID?: string,
) {
  return postActivity(base, conversation, {
    type: "message",
    text,
    ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
  });
}

export async function getActivities(base: string, conversation: Conversation, watermark = "") {
  const res = await requestJson(
    `${base}/v3/directline/conversations/${conversation.conversationId}/activities?watermark=${watermark}`,
    { token: conversation.token },
  );
  return ActivitySetSchema.parse(res.json);
}

export interface StreamReader {
  received: Activity[];
  /** The watermark of every frame that carried one. */
  watermarks: string[];
  /** The first activity (already received or coming) that matches. */
  waitFor(match: (activity: Activity) => boolean, timeoutMs?: number): Promise<Activity>;
  close(): void;
}

export function openStream(streamUrl: string): Promise<StreamReader> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(streamUrl);
    const received: Activity[] = [];
    const watermarks: string[] = [];
    const waiters = new Set<() => void>();
    socket.on("message", (data) => {
      const text = data.toString();
      if (!text) return;
      const set = StreamFrameSchema.parse(JSON.parse(text));
      received.push(...set.activities);
      if (set.watermark !== undefined) watermarks.push(set.watermark);
      for (const wake of waiters) wake();
    });
    socket.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once("error", reject);
    socket.once("open", () =>
      resolve({
        received,
        watermarks,
        waitFor(match, timeoutMs = 15_000) {
          return new Promise((found, fail) => {
            const check = () => {
              const hit = received.find(match);
              if (!hit) return false;
              waiters.delete(check);
              clearTimeout(timer);
              found(hit);
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`no matching activity within ${timeoutMs} ms; got ${JSON.stringify(received)}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        close: () => socket.close(),
      }),
    );
  });
}
