import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { OUTBOUND_CHANNEL } from "../../../src/persistence/createOutboundBus.ts";
import { useTestService } from "../../support/useTestService.ts";
import { expectingReplies, joinActivity, messageActivity } from "./support/activities.ts";
import { postToBotFramework } from "./support/postToBotFramework.ts";
import type { SentActivity } from "./support/startFakeConnector.ts";
import { useBotFrameworkService } from "./support/useBotFrameworkService.ts";

const ChannelDataSchema = z.object({
  intent: z.string().optional(),
  actions: z.array(z.string()).optional(),
  form: z.object({ id: z.string(), field: z.string().optional() }).optional(),
});

const suggested = (activities: SentActivity[]) =>
  activities.flatMap((activity) => activity.suggestedActions?.actions ?? []);

describe(`Bot Framework Activities over HTTP at /api/messages (anonymous, development), on ${process.env.TEST_DB}`, () => {
  const bf = useBotFrameworkService();
  const post = (activity: unknown) => bf().post(activity);
  const expectReplies = (activity: unknown) => bf().expectReplies(activity);

  it("greets a user who joins and replies through the channel's connector, with the menu as suggested actions", async () => {
    const conversationId = `bf-${randomUUID()}`;
    const res = await post(joinActivity({ serviceUrl: bf().connector.serviceUrl, conversationId }));
    expect(res.status).toBe(200);
    const sent = await bf().connector.messages(conversationId, (m) => suggested(m).length > 0);
    expect(sent.map((a) => a.text).join("\n")).toMatch(/assistente automatico/);
    expect(suggested(sent).map((action) => [action.type, action.title])).toEqual([
      ["imBack", "Impresa"],
      ["imBack", "Famiglia"],
      ["imBack", "Voglio avviare un'attività"],
      ["imBack", "Parlare con una persona"],
    ]);
    for (const activity of sent) {
      expect(activity.textFormat).toBe("plain");
      expect(activity.conversation?.id).toBe(conversationId);
    }
    expect(ChannelDataSchema.parse(sent.at(-1)?.channelData)).toMatchObject({ intent: "greeting" });
  });

  it("returns the replies in the response body with deliveryMode expectReplies, through a whole eligibility check", async () => {
    const base = expectingReplies(bf().connector.serviceUrl);
    const { conversationId } = base;
    const opening = await expectReplies(joinActivity(base));
    expect(suggested(opening).map((action) => action.title)).toContain("Impresa");

    const question = await expectReplies(messageActivity({ ...base, text: "Impresa" }));
    const answers = suggested(question).map((action) => action.title);
    expect(answers.length).toBeGreaterThan(1);
    expect(question.map((a) => a.text).join("\n")).toMatch(/impresa/i);

    let replies = await expectReplies(messageActivity({ ...base, text: "Da 10 a 49" }));
    for (
      let step = 0;
      step < 10 && !replies.some((a) => /In base alle tue risposte/.test(a.text ?? ""));
      step++
    ) {
      const next =
        suggested(replies).find((action) => ["Sì", "Bergamo"].includes(action.title)) ??
        suggested(replies)[0];
      replies = await expectReplies(
        messageActivity({ ...base, text: next ? String(next.value) : "Bergamo" }),
      );
    }
    const verdict = replies.find((a) => /In base alle tue risposte/.test(a.text ?? ""));
    expect(verdict, JSON.stringify(replies)).toBeDefined();
    const data = ChannelDataSchema.parse(verdict?.channelData);
    expect(data.intent).toBe("eligibility_check");
    expect(data.actions?.length).toBeGreaterThan(0);
    expect(replies.map((a) => a.text).join("\n")).toMatch(/ATS di Bergamo/);
    expect(suggested(replies).map((action) => action.title)).toContain("Lascia una richiesta");
    // Nothing went through the connector: every reply travelled in the HTTP responses.
    expect(await bf().connector.messages(conversationId, () => true, 200)).toEqual([]);
  });

  it("takes a card's Action.Submit value as the user's answer, like a typed message", async () => {
    const base = expectingReplies(bf().connector.serviceUrl);
    await expectReplies(joinActivity(base));
    const replies = await expectReplies(messageActivity({ ...base, value: { value: "Famiglia" } }));
    expect(replies.map((a) => a.text).join("\n")).toMatch(/famiglia/i);
  });

  it("processes an Activity delivered twice only once", async () => {
    const conversationId = `bf-${randomUUID()}`;
    const join = joinActivity({ serviceUrl: bf().connector.serviceUrl, conversationId });
    expect((await post(join)).status).toBe(200);
    await bf().connector.messages(conversationId, (m) => suggested(m).length > 0);
    const help = messageActivity({ serviceUrl: bf().connector.serviceUrl, conversationId, text: "aiuto" });
    const statuses = await Promise.all([post(help), post(help), post(help)]);
    expect(statuses.map((res) => res.status)).toEqual([200, 200, 200]);
    const sent = await bf().connector.messages(conversationId, (m) => m.length > 0, 600);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toMatch(/Posso dirti/);
    const conversation = await bf().service.db.prisma.conversation.findUniqueOrThrow({
      where: { channel_externalKey: { channel: "botframework", externalKey: conversationId } },
    });
    expect(
      await bf().service.db.prisma.message.count({
        where: { conversationId: conversation.id, externalId: help.id },
      }),
    ).toBe(1);

    // A client that lost the response and retries with expectReplies gets the same replies again.
    const retried = messageActivity({
      serviceUrl: bf().connector.serviceUrl,
      conversationId,
      text: "privacy",
      deliveryMode: "expectReplies",
    });
    const first = await expectReplies(retried);
    const second = await expectReplies(retried);
    expect(second.map((a) => a.text)).toEqual(first.map((a) => a.text));
  });

  it("refuses what is not an Activity with 400 and a message that says what is wrong", async () => {
    const missing = await post({ type: "message", text: "ciao" });
    expect(missing.status).toBe(400);
    const body = z.object({ error: z.string(), message: z.string() }).parse(await missing.json());
    expect(body.error).toBe("bad_request");
    expect(body.message).toMatch(/Activity non valida/);
    expect(body.message).toMatch(/serviceUrl/);
    expect(body.message).toMatch(/conversation/);

    const badUrl = await post({
      ...messageActivity({ serviceUrl: "non un url", conversationId: "x", text: "ciao" }),
    });
    expect(badUrl.status).toBe(400);
    expect((await post("{non json")).status).toBe(400);
    expect((await post([1, 2, 3])).status).toBe(400);
  });

  it("acknowledges activities it has nothing to say about (typing, reactions) without replying", async () => {
    const conversationId = `bf-${randomUUID()}`;
    const typing = {
      ...messageActivity({ serviceUrl: bf().connector.serviceUrl, conversationId }),
      type: "typing",
    };
    expect((await post(typing)).status).toBe(200);
    expect(await bf().connector.messages(conversationId, () => true, 200)).toEqual([]);
  });

  it("sends a staff reply proactively to the stored conversation reference, exactly once", async () => {
    const conversationId = `bf-${randomUUID()}`;
    await post(joinActivity({ serviceUrl: bf().connector.serviceUrl, conversationId }));
    await bf().connector.messages(conversationId, (m) => suggested(m).length > 0);
    const conversation = await bf().service.db.prisma.conversation.findUniqueOrThrow({
      where: { channel_externalKey: { channel: "botframework", externalKey: conversationId } },
    });
    const staff = await bf().service.db.prisma.message.create({
      data: {
        conversationId: conversation.id,
        direction: "staff",
        text: "Buongiorno, sono Anna dello staff.",
      },
    });
    const notice = JSON.stringify({
      conversationId: conversation.id,
      channel: "botframework",
      externalKey: conversationId,
      messageId: String(staff.id),
      origin: "staff-console-test",
    });
    await bf().service.db.notify(OUTBOUND_CHANNEL, notice);
    await bf().service.db.notify(OUTBOUND_CHANNEL, notice);
    const sent = await bf().connector.messages(conversationId, (m) => m.length > 0, 800);
    expect(sent.map((a) => a.text)).toEqual(["Operatore del programma: Buongiorno, sono Anna dello staff."]);
  });
});

describe(`Bot Framework with Microsoft app credentials, on ${process.env.TEST_DB}`, () => {
  const service = useTestService({
    MICROSOFT_APP_ID: "00000000-0000-0000-0000-000000000001",
    MICROSOFT_APP_PASSWORD: "not-a-real-secret",
  });

  it("refuses an Activity without a Bot Framework token with 401 and handles nothing", async () => {
    const conversationId = `bf-${randomUUID()}`;
    const res = await postToBotFramework(
      service(),
      messageActivity({ serviceUrl: "https://smba.trafficmanager.net/emea/", conversationId, text: "ciao" }),
    );
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: "unauthorized" });
    expect(await service().db.prisma.conversation.count({ where: { externalKey: conversationId } })).toBe(0);
  });
});
