import { type Activity, ConnectionStatus, DirectLine } from "botframework-directlinejs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { createFakeGateway } from "./support/createFakeGateway.ts";
import { ConversationSchema, requestJson } from "./support/directLineHttp.ts";
import { FetchXmlHttpRequest } from "./support/FetchXmlHttpRequest.ts";
import { startWebTestService, type WebTestService } from "./support/startWebTestService.ts";

interface Session {
  client: DirectLine;
  received: Activity[];
  waitFor(match: (activity: Activity) => boolean, timeoutMs?: number): Promise<Activity>;
  post(activity: Activity): Promise<string>;
  end(): void;
}

/** The real Direct Line client as Web Chat uses it, with its activities collected. */
function connect(options: ConstructorParameters<typeof DirectLine>[0]): Session {
  const client = new DirectLine(options);
  const received: Activity[] = [];
  const subscription = client.activity$.subscribe((activity) => received.push(activity));
  return {
    client,
    received,
    waitFor: (match, timeoutMs = 20_000) =>
      vi.waitFor(
        () => {
          const hit = received.find(match);
          if (!hit)
            throw new Error(
              `not yet: ${JSON.stringify(received.map((a) => a.type === "message" && a.text))}`,
            );
          return hit;
        },
        { timeout: timeoutMs, interval: 20 },
      ),
    post: (activity) =>
      new Promise((resolve, reject) =>
        client.postActivity(activity).subscribe({ next: resolve, error: reject }),
      ),
    end() {
      subscription.unsubscribe();
      client.end();
    },
  };
}

const textOf = (activity: Activity) => (activity.type === "message" ? activity.text : undefined);

describe(`botframework-directlinejs against the web channel on ${process.env.TEST_DB}`, () => {
  let service: WebTestService;
  let domain: string;
  const newToken = async () =>
    ConversationSchema.parse(
      (await requestJson(`${service.url}/api/webchat/token`, { method: "POST", body: {} })).json,
    ).token;

  beforeAll(async () => {
    // Node has fetch but neither XMLHttpRequest nor (before 22) WebSocket, which the client expects.
    vi.stubGlobal("XMLHttpRequest", FetchXmlHttpRequest);
    vi.stubGlobal("WebSocket", WebSocket);
    service = await startWebTestService(createFakeGateway(), { env: { SECRET_KEY: "k".repeat(40) } });
    domain = `${service.url}/v3/directline`;
  });
  afterAll(async () => {
    await service?.stop();
    vi.unstubAllGlobals();
  });

  it("converses over the WebSocket: greeting, the user's message echoed, the reply with its card", async () => {
    const session = connect({ token: await newToken(), domain, webSocket: true });
    try {
      const greeting = await session.waitFor((a) => a.from.role === "bot");
      expect(greeting.type === "message" && greeting.suggestedActions?.actions.map((x) => x.title)).toContain(
        "Famiglia",
      );
      const id = await session.post({
        type: "message",
        from: { id: "user-1", role: "user" },
        text: "Famiglia",
        channelData: { clientActivityID: "dl-client-1" },
      });
      expect(id).toBe("dl-client-1");
      const echo = await session.waitFor((a) => a.from.role === "user");
      expect(echo.channelData).toEqual({ clientActivityID: "dl-client-1" });
      const card = await session.waitFor((a) => a.type === "message" && (a.attachments?.length ?? 0) > 0);
      expect(card.channelData).toMatchObject({ intent: "eligibility_check" });
      expect(session.client.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);
      expect(service.channel.openStreams()).toBe(1);
    } finally {
      session.end();
    }
  });

  it("resumes a conversation by its id and replays it, as after a page reload", async () => {
    const token = await newToken();
    const first = connect({ token, domain, webSocket: true });
    await first.waitFor((a) => a.from.role === "bot");
    await first.post({ type: "message", from: { id: "user-2", role: "user" }, text: "mi ricordi?" });
    await first.waitFor((a) => textOf(a) === "Hai scritto: mi ricordi?");
    const conversationId = first.received[0]?.conversation?.id ?? "";
    first.end();

    const refreshed = await requestJson(`${domain}/tokens/refresh`, { method: "POST", token, body: {} });
    const saved = ConversationSchema.parse(refreshed.json);
    expect(saved.conversationId).toBe(conversationId);
    const second = connect({ token: saved.token, conversationId, domain, webSocket: true });
    try {
      await second.waitFor((a) => textOf(a) === "Hai scritto: mi ricordi?");
      expect(second.received.map(textOf)).toEqual([
        first.received[0] && textOf(first.received[0]),
        "mi ricordi?",
        "Hai scritto: mi ricordi?",
      ]);
      await second.post({ type: "message", from: { id: "user-2", role: "user" }, text: "di nuovo" });
      await second.waitFor((a) => textOf(a) === "Hai scritto: di nuovo");
    } finally {
      second.end();
    }
  });

  it("works by polling when WebSockets are not available", async () => {
    const session = connect({ token: await newToken(), domain, webSocket: false, pollingInterval: 200 });
    try {
      await session.waitFor((a) => a.from.role === "bot");
      await session.post({ type: "message", from: { id: "user-3", role: "user" }, text: "sondaggio" });
      await session.waitFor((a) => textOf(a) === "Hai scritto: sondaggio");
      expect(session.received.filter((a) => textOf(a) === "sondaggio")).toHaveLength(1);
    } finally {
      session.end();
    }
  });
});
