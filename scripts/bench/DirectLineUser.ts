import http from "node:http";
import { WebSocket } from "ws";
import { z } from "zod";

const ActivitySchema = z.object({
  id: z.string().optional(),
  type: z.string(),
  from: z.object({ id: z.string(), role: z.string().optional() }).optional(),
  text: z.string().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
});
const ActivitySetSchema = z.object({ activities: z.array(ActivitySchema), watermark: z.string().optional() });
const TokenSchema = z.object({ token: z.string() });
const ConversationSchema = z.object({ conversationId: z.string(), token: z.string(), streamUrl: z.string() });

type Activity = z.infer<typeof ActivitySchema>;

/**
 * One simulated Web Chat user over Direct Line: its own loopback address (so per-IP limits see
 * distinct users, as on the internet), a keep-alive HTTP agent, and the WebSocket stream.
 */
export class DirectLineUser {
  private readonly agent: http.Agent;
  private socket: WebSocket | undefined;
  private token = "";
  private conversationId = "";
  private waiters: Array<(activity: Activity) => void> = [];
  private echoSeen = new Set<string>();
  private pendingEcho: string | undefined;
  private counter = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly localAddress: string,
    private readonly name: string,
  ) {
    this.agent = new http.Agent({ keepAlive: true, localAddress, maxSockets: 4 });
  }

  private request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const url = new URL(path, this.baseUrl);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            ...(payload
              ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }
              : {}),
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          },
        },
        (res) => {
          let data = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            data += chunk;
          });
          res.on("end", () => {
            let json: unknown = null;
            try {
              json = data ? JSON.parse(data) : null;
            } catch {
              json = data;
            }
            resolve({ status: res.statusCode ?? 0, json });
          });
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  }

  /** Token, conversation, WebSocket; resolves once the bot's greeting has arrived. */
  async connect(): Promise<void> {
    const greeting = this.nextBotActivity();
    await this.connectIdle();
    await greeting;
  }

  /** Opens the stream only (for idle-connection measurements); no greeting wait. */
  async connectIdle(): Promise<void> {
    const token = await this.request("POST", "/api/webchat/token", {});
    if (token.status !== 200) throw new Error(`token ${token.status}`);
    this.token = TokenSchema.parse(token.json).token;
    const started = await this.request("POST", "/v3/directline/conversations", { locale: "it-IT" });
    if (started.status !== 201 && started.status !== 200) throw new Error(`conversation ${started.status}`);
    const conversation = ConversationSchema.parse(started.json);
    this.conversationId = conversation.conversationId;
    this.token = conversation.token;
    await this.openSocket(conversation.streamUrl);
  }

  private openSocket(streamUrl: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(streamUrl, { localAddress: this.localAddress, perMessageDeflate: false });
      this.socket = socket;
      socket.on("open", () => resolve());
      socket.on("error", reject);
      socket.on("message", (data) => {
        const text = data.toString();
        if (!text) return;
        const set = ActivitySetSchema.safeParse(JSON.parse(text));
        if (!set.success) return;
        for (const activity of set.data.activities) this.dispatch(activity);
      });
    });
  }

  private dispatch(activity: Activity): void {
    const clientId = activity.channelData?.clientActivityID;
    if (activity.from?.role === "user" && typeof clientId === "string") {
      this.echoSeen.add(clientId);
      return;
    }
    if (activity.from?.role !== "bot") return;
    // A bot message counts as the reply only once the echo of the pending message has been seen.
    if (this.pendingEcho && !this.echoSeen.has(this.pendingEcho)) return;
    const waiter = this.waiters.shift();
    waiter?.(activity);
  }

  private nextBotActivity(): Promise<Activity> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Sends a message; resolves with the milliseconds until the bot's first reply arrived on the stream. */
  async say(text: string): Promise<number> {
    this.counter += 1;
    const clientActivityID = `${this.name}-${this.counter}`;
    this.pendingEcho = clientActivityID;
    this.waiters = [];
    const started = performance.now();
    const reply = this.nextBotActivity();
    const res = await this.request("POST", `/v3/directline/conversations/${this.conversationId}/activities`, {
      type: "message",
      from: { id: "user" },
      text,
      locale: "it-IT",
      channelData: { clientActivityID },
    });
    if (res.status !== 200) throw new Error(`post ${res.status}`);
    await reply;
    return performance.now() - started;
  }

  /** Whether the WebSocket stream is still open (the server has not dropped it). */
  isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  close(): void {
    this.socket?.terminate();
    this.agent.destroy();
  }
}
