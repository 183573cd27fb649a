import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenSigner } from "../../../src/channels/web/createTokenSigner.ts";
import { readSigningKey } from "../../../src/persistence/readSigningKey.ts";
import { createFakeGateway, type FakeGateway } from "./support/createFakeGateway.ts";
import {
  type Conversation,
  ConversationSchema,
  getActivities,
  openStream,
  postActivity,
  postMessage,
  requestJson,
  startConversation,
} from "./support/directLineHttp.ts";
import { startWebTestService, type WebTestService } from "./support/startWebTestService.ts";

const SECRET_KEY = "x".repeat(40);

describe(`the Direct Line endpoint on ${process.env.TEST_DB}`, () => {
  let gateway: FakeGateway;
  let service: WebTestService;
  let base: string;
  beforeAll(async () => {
    gateway = createFakeGateway();
    service = await startWebTestService(gateway, { env: { SECRET_KEY } });
    base = service.url;
  });
  afterAll(async () => {
    await service?.stop();
  });
  /** The conversation's token (30 minutes of life) as the service signed it `days` ago. */
  async function tokenSignedDaysAgo(conversation: Conversation, days: number): Promise<string> {
    const signer = createTokenSigner(
      await readSigningKey(SECRET_KEY, service.db),
      () => Date.now() - days * 24 * 3600_000,
    );
    return signer.issue({ scope: "conversation", conv: conversation.conversationId, lang: "it" }, 1800);
  }

  it("gives an anonymous visitor a token that opens exactly one conversation", async () => {
    const issued = await requestJson(`${base}/api/webchat/token`, { method: "POST", body: {} });
    expect(issued.status).toBe(200);
    const { token, expires_in } = ConversationSchema.parse(issued.json);
    expect(expires_in).toBeGreaterThan(60);

    const first = await requestJson(`${base}/v3/directline/conversations`, {
      method: "POST",
      token,
      body: {},
    });
    expect(first.status).toBe(201);
    const opened = ConversationSchema.parse(first.json);
    expect(opened.streamUrl).toMatch(
      new RegExp(
        `^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${opened.conversationId}/stream\\?t=`,
      ),
    );

    const again = await requestJson(`${base}/v3/directline/conversations`, {
      method: "POST",
      token,
      body: {},
    });
    expect(again.status).toBe(200);
    expect(ConversationSchema.parse(again.json).conversationId).toBe(opened.conversationId);
  });

  it("greets the user once the conversation starts, with the menu as suggested actions", async () => {
    const conversation = await startConversation(base);
    const { activities, watermark } = await getActivities(base, conversation);
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      type: "message",
      from: { id: "conciliabot", role: "bot" },
      locale: "it-IT",
      channelData: { intent: "greeting" },
      suggestedActions: {
        actions: [
          { type: "imBack", title: "Impresa", value: "Impresa" },
          { type: "imBack", title: "Famiglia", value: "Famiglia" },
          { type: "imBack", title: "Voglio avviare un'attività", value: "Voglio avviare un'attività" },
          { type: "imBack", title: "Parlare con una persona", value: "Parlare con una persona" },
        ],
      },
    });
    expect(watermark).toMatch(/^\d+$/);
    expect(gateway.turns(conversation.conversationId)).toEqual([{ kind: "start", lang: "it" }]);
  });

  it("greets once however the client announces itself, and ignores typing", async () => {
    const conversation = await startConversation(base);
    for (const activity of [
      { type: "conversationUpdate" },
      { type: "event", name: "webchat/join", value: { locale: "it-IT" } },
      { type: "typing" },
    ]) {
      expect((await postActivity(base, conversation, activity)).status).toBe(200);
    }
    expect(gateway.turns(conversation.conversationId)).toEqual([{ kind: "start", lang: "it" }]);
    const { activities } = await getActivities(base, conversation);
    expect(activities.filter((a) => a.channelData?.intent === "greeting")).toHaveLength(1);
  });

  it("starts an English conversation in English", async () => {
    const conversation = await startConversation(base, "en");
    const { activities } = await getActivities(base, conversation);
    expect(activities[0]?.locale).toBe("en-US");
    expect(gateway.turns(conversation.conversationId)).toEqual([{ kind: "start", lang: "en" }]);
  });

  it("passes each message's locale to the conversation as the language it is written in", async () => {
    const conversation = await startConversation(base);
    await postActivity(base, conversation, {
      type: "message",
      text: "and Monza?",
      locale: "en-US",
      from: { id: "u1", role: "user" },
    });
    expect(gateway.turns(conversation.conversationId)).toContainEqual({
      kind: "text",
      text: "and Monza?",
      lang: "en",
    });
  });

  it("echoes the user's message with its client id and returns the reply after the watermark", async () => {
    const conversation = await startConversation(base);
    const greeting = await getActivities(base, conversation);
    const posted = await postActivity(base, conversation, {
      type: "message",
      text: "ciao",
      from: { id: "u1", role: "user" },
      channelData: { clientActivityID: "client-1" },
    });
    expect(posted.status).toBe(200);
    expect(posted.json).toEqual({ id: "client-1" });

    const { activities } = await getActivities(base, conversation, greeting.watermark);
    expect(activities.map((a) => [a.from.role, a.text])).toEqual([
      ["user", "ciao"],
      ["bot", "Hai scritto: ciao"],
    ]);
    expect(activities[0]?.channelData).toEqual({ clientActivityID: "client-1" });
    // The reply's channelData, and what screen readers hear (who wrote it, then the text).
    expect(activities[1]?.channelData).toEqual({
      intent: "out_of_scope",
      "webchat:fallback-text": "Conciliabot ha scritto: Hai scritto: ciao",
    });
  });

  it("shows a summary as an Adaptive Card with its facts and buttons, and the reply's channelData", async () => {
    const conversation = await startConversation(base);
    const greeting = await getActivities(base, conversation);
    await postMessage(base, conversation, "Famiglia");
    const { activities } = await getActivities(base, conversation, greeting.watermark);
    const summary = activities.find((a) => a.from.role === "bot");
    expect(summary?.channelData).toMatchObject({
      intent: "eligibility_check",
      actions: ["family.childcare_voucher", "family.pre_post_school"],
    });
    expect(summary?.attachments?.[0]).toMatchObject({
      contentType: "application/vnd.microsoft.card.adaptive",
      content: {
        type: "AdaptiveCard",
        body: expect.arrayContaining([
          expect.objectContaining({ type: "TextBlock", text: "Voucher per servizi prima infanzia" }),
          {
            type: "FactSet",
            facts: [
              { title: "Chi", value: "Genitori che lavorano" },
              { title: "Rete", value: "ATS Milano" },
            ],
          },
        ]),
        actions: [
          {
            type: "Action.Submit",
            title: "Presenta la domanda",
            data: {
              __isBotFrameworkCardAction: true,
              cardAction: {
                type: "messageBack",
                text: "presenta domanda",
                displayText: "Presenta la domanda",
              },
            },
          },
        ],
      },
    });
  });

  it("processes an activity that a client retries only once", async () => {
    const conversation = await startConversation(base);
    const first = await postMessage(base, conversation, "una volta sola", "retry-1");
    const second = await postMessage(base, conversation, "una volta sola", "retry-1");
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.json).toEqual(first.json);
    expect(gateway.turns(conversation.conversationId).filter((t) => t.kind === "text")).toHaveLength(1);
    const { activities } = await getActivities(base, conversation);
    expect(activities.filter((a) => a.text === "una volta sola")).toHaveLength(1);
  });

  it("refuses another conversation's id with 403, whatever the request", async () => {
    const mine = await startConversation(base);
    const theirs = await startConversation(base);
    const asMe = { token: mine.token };
    const paths = [
      ["GET", `/v3/directline/conversations/${theirs.conversationId}`],
      ["GET", `/v3/directline/conversations/${theirs.conversationId}/activities?watermark=`],
      ["POST", `/v3/directline/conversations/${theirs.conversationId}/activities`],
    ];
    for (const [method, path] of paths) {
      const res = await requestJson(`${base}${path}`, {
        ...asMe,
        method,
        ...(method === "POST" ? { body: { type: "message", text: "ciao" } } : {}),
      });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect(gateway.turns(theirs.conversationId).filter((t) => t.kind === "text")).toHaveLength(0);
  });

  it("answers 401 without a token or with a forged one, and 403 to an expired one", async () => {
    const conversation = await startConversation(base);
    const url = `${base}/v3/directline/conversations/${conversation.conversationId}/activities`;
    expect((await requestJson(url)).status).toBe(401);
    const forged = `${conversation.token.slice(0, -4)}AAAA`;
    expect((await requestJson(url, { token: forged })).status).toBe(401);
    const res = await requestJson(url, { token: await tokenSignedDaysAgo(conversation, 7) });
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ error: "token_expired" });
  });

  it("refreshes a token, also one that expired recently, but not one older than the resume window", async () => {
    const conversation = await startConversation(base);
    const refresh = (token: string) =>
      requestJson(`${base}/v3/directline/tokens/refresh`, { method: "POST", token, body: {} });

    const fresh = await refresh(conversation.token);
    expect(fresh.status).toBe(200);
    expect(ConversationSchema.parse(fresh.json).conversationId).toBe(conversation.conversationId);

    const resumed = await refresh(await tokenSignedDaysAgo(conversation, 1));
    expect(resumed.status).toBe(200);
    const { token } = ConversationSchema.parse(resumed.json);
    expect((await getActivities(base, { ...conversation, token })).activities.length).toBeGreaterThan(0);

    expect((await refresh(await tokenSignedDaysAgo(conversation, 30))).status).toBe(403);
  });

  it("answers 400 with a clear message to an activity it does not understand, and passes a too-long message on for the conversation to answer", async () => {
    const conversation = await startConversation(base);
    const unknown = await postActivity(base, conversation, { type: "invoke", name: "x" });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({
      error: "bad_activity",
      message: expect.stringMatching(/tipo di attività/),
    });

    // Too long: not an error for the person; the conversation answers why it was not read
    // (test/integration/conversation/everyChannel.test.ts), like on every other channel.
    const tooLong = await postMessage(base, conversation, "a".repeat(4001));
    expect(tooLong.status).toBe(200);

    const empty = await postMessage(base, conversation, "   ");
    expect(empty.status).toBe(400);

    const notJson = await requestJson(
      `${base}/v3/directline/conversations/${conversation.conversationId}/activities`,
      {
        token: conversation.token,
        rawBody: "{ not json",
      },
    );
    expect(notJson.status).toBe(400);
    expect(gateway.turns(conversation.conversationId).filter((t) => t.kind === "text")).toHaveLength(1);
  });

  it("answers 413 to a body over 32 kB", async () => {
    const conversation = await startConversation(base);
    const res = await postActivity(base, conversation, {
      type: "message",
      text: "ciao",
      channelData: { padding: "x".repeat(40_000) },
    });
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ error: "payload_too_large" });
  });

  it("streams replies and staff messages over the WebSocket as activity sets", async () => {
    const conversation = await startConversation(base);
    const stream = await openStream(conversation.streamUrl ?? "");
    try {
      await stream.waitFor((a) => a.channelData?.intent === "greeting");
      await postMessage(base, conversation, "Famiglia", "ws-1");
      await stream.waitFor((a) => a.from.role === "user" && a.channelData?.clientActivityID === "ws-1");
      await stream.waitFor((a) => a.channelData?.intent === "eligibility_check");
      await gateway.staffSays(conversation.conversationId, "Buongiorno, sono Laura dell'ATS.");
      const staff = await stream.waitFor(
        (a) => a.text === "**Operatore del programma**  \nBuongiorno, sono Laura dell\\'ATS.",
      );
      expect(staff.from).toMatchObject({ role: "bot", name: "Operatore del programma" });
      expect(stream.received.map((a) => a.id)).toEqual([...new Set(stream.received.map((a) => a.id))]);
      expect(stream.watermarks.at(-1)).toBe(staff.id);
    } finally {
      stream.close();
    }
  });

  it("shows a staff message whose notice arrives after the user's next turn, once and with every message", async () => {
    const conversation = await startConversation(base);
    const stream = await openStream(conversation.streamUrl ?? "");
    try {
      await stream.waitFor((a) => a.channelData?.intent === "greeting");
      const announceLate = gateway.staffStoresSilently(conversation.conversationId, "Sono Laura, ci sono.");
      await postMessage(base, conversation, "uno", "late-1");
      await stream.waitFor((a) => a.text === "Hai scritto: uno");
      announceLate();
      await stream.waitFor((a) => a.text?.endsWith("Sono Laura, ci sono.") === true);
      await postMessage(base, conversation, "due", "late-2");
      await stream.waitFor((a) => a.text === "Hai scritto: due");
      const texts = stream.received.map((a) => a.text);
      expect(texts).toEqual([
        expect.stringMatching(/^Ciao!/),
        "uno",
        "Hai scritto: uno",
        "**Operatore del programma**  \nSono Laura, ci sono.",
        "due",
        "Hai scritto: due",
      ]);
      const ids = stream.received.map((a) => a.id);
      expect(stream.watermarks.at(-1)).toBe(ids.at(-1));
      const polled = await getActivities(base, conversation);
      expect(polled.activities.map((a) => a.id).sort()).toEqual([...ids].sort());
    } finally {
      stream.close();
    }
  });

  it("reconnects to the same conversation with a fresh stream that resumes after the watermark", async () => {
    const conversation = await startConversation(base);
    await postMessage(base, conversation, "prima");
    const before = await getActivities(base, conversation);
    const reconnect = await requestJson(
      `${base}/v3/directline/conversations/${conversation.conversationId}?watermark=${before.watermark}`,
      { token: conversation.token },
    );
    expect(reconnect.status).toBe(200);
    const resumed = ConversationSchema.parse(reconnect.json);
    expect(resumed.conversationId).toBe(conversation.conversationId);
    const stream = await openStream(resumed.streamUrl ?? "");
    try {
      await postMessage(base, { ...conversation, token: resumed.token }, "dopo");
      await stream.waitFor((a) => a.text === "Hai scritto: dopo");
      expect(stream.received.map((a) => a.text)).toEqual(["dopo", "Hai scritto: dopo"]);
    } finally {
      stream.close();
    }
  });

  it("refuses a WebSocket whose stream token belongs to another conversation", async () => {
    const mine = await startConversation(base);
    const theirs = await startConversation(base);
    const stolen = (mine.streamUrl ?? "").replace(mine.conversationId, theirs.conversationId);
    await expect(openStream(stolen)).rejects.toThrow(/403/);
  });

  it("answers 429 with Retry-After to a flood of messages in one conversation", async () => {
    const conversation = await startConversation(base);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => postMessage(base, conversation, `flood ${i}`)),
    );
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0]?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const other = await startConversation(base);
    expect((await postMessage(base, other, "io invece")).status).toBe(200);
  });

  it("answers a compressed post (left to Express) as a plain one, counted against the same limit", async () => {
    const limited = await startWebTestService(createFakeGateway(), {
      env: { SECRET_KEY },
      // Opening the conversation is one post of the four.
      limits: { postsPerConversationPer10s: 4 },
    });
    try {
      const conversation = await startConversation(limited.url);
      const url = `${limited.url}/v3/directline/conversations/${conversation.conversationId}/activities`;
      const post = (text: string, compressed: boolean) => {
        const json = JSON.stringify({ type: "message", from: { id: "user" }, text });
        return fetch(url, {
          method: "POST",
          headers: {
            authorization: `Bearer ${conversation.token}`,
            "content-type": "application/json",
            ...(compressed ? { "content-encoding": "gzip" } : {}),
          },
          body: compressed ? gzipSync(json) : json,
        });
      };
      const answers = [
        await post("uno", false),
        await post("due", true),
        await post("tre", false),
        await post("quattro", true),
      ];
      expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 429]);
      expect((await answers[1]?.json()) as unknown).toEqual({ id: expect.stringMatching(/^dl-/) });
      for (const res of answers) {
        expect(res.headers.get("cache-control")).toBe("no-store");
        expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      }
      expect(Number(answers[3]?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.stop();
    }
  });

  it("answers 429 with Retry-After to a flood of token requests from one address", async () => {
    const flood = await startWebTestService(createFakeGateway(), {
      env: { SECRET_KEY },
      limits: { tokensPerIpPerMinute: 5 },
    });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 8; i++) {
        const res = await requestJson(`${flood.url}/api/webchat/token`, { method: "POST", body: {} });
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get("retry-after");
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await flood.stop();
    }
  });
});

describe(`the user's echo on ${process.env.TEST_DB}`, () => {
  it("carries the client's id when the turn is read back from the gateway instead of returned by it", async () => {
    const service = await startWebTestService(createFakeGateway({ returnsInbound: false }), {
      env: { SECRET_KEY },
    });
    try {
      const conversation = await startConversation(service.url);
      const stream = await openStream(conversation.streamUrl ?? "");
      try {
        for (const clientActivityID of ["echo-1", "echo-2"]) {
          await postMessage(service.url, conversation, "Famiglia", clientActivityID);
          await stream.waitFor((a) => a.channelData?.clientActivityID === clientActivityID);
        }
        const echoes = stream.received.filter((a) => a.from.role === "user");
        expect(echoes.map((a) => a.channelData?.clientActivityID)).toEqual(["echo-1", "echo-2"]);
        const polled = await getActivities(service.url, conversation);
        const polledEchoes = polled.activities.filter((a) => a.from.role === "user");
        expect(polledEchoes.map((a) => [a.id, a.channelData?.clientActivityID])).toEqual(
          echoes.map((a) => [a.id, a.channelData?.clientActivityID]),
        );
      } finally {
        stream.close();
      }
    } finally {
      await service.stop();
    }
  });
});

describe(`web chat tokens without SECRET_KEY on ${process.env.TEST_DB}`, () => {
  it("are signed with a key kept in the database, so another instance on it accepts them", async () => {
    const first = await startWebTestService(createFakeGateway());
    const second = await startWebTestService(createFakeGateway(), { db: first.db });
    try {
      const conversation = await startConversation(first.url);
      const res = await requestJson(
        `${second.url}/v3/directline/conversations/${conversation.conversationId}`,
        {
          token: conversation.token,
        },
      );
      expect(res.status).toBe(200);
      const rows = await first.db.prisma.setting.findMany({ where: { key: "webchat.token_key" } });
      expect(rows).toHaveLength(1);
    } finally {
      await second.stop();
      await first.stop();
    }
  });
});
