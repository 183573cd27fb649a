import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { BOT_FRAMEWORK_PATH } from "../../../src/channels/botframework/botFrameworkModule.ts";
import { startTestService, type TestService } from "../../support/startTestService.ts";
import { joinActivity, messageActivity } from "./support/activities.ts";
import {
  type FakeConnector,
  type SentActivity,
  SentActivitySchema,
  startFakeConnector,
} from "./support/startFakeConnector.ts";

const ExpectedRepliesSchema = z.object({ activities: z.array(SentActivitySchema) });
const HeroCardSchema = z.object({
  buttons: z.array(z.object({ type: z.string(), title: z.string(), value: z.unknown() })),
});

/** The feedback card actions under an answer, sent and pressed as real Activities. */
describe(`feedback on answers over Bot Framework, on ${process.env.TEST_DB}`, () => {
  let service: TestService;
  let connector: FakeConnector;

  const expectReplies = async (body: unknown) => {
    const res = await fetch(`${service.url}${BOT_FRAMEWORK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return ExpectedRepliesSchema.parse(await res.json()).activities;
  };
  const feedbackButtons = (activities: SentActivity[]) =>
    activities.flatMap((activity) =>
      (activity.attachments ?? [])
        .filter((a) => a.contentType === "application/vnd.microsoft.card.hero")
        .flatMap((a) => HeroCardSchema.parse(a.content).buttons),
    );

  beforeAll(async () => {
    connector = await startFakeConnector();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.dispose();
    await connector?.stop();
  });

  it("offers 👍 / 👎 card actions under an answer; pressing 👎 stores the vote and asks what was missing", async () => {
    const conversationId = `bf-${randomUUID()}`;
    const base = { serviceUrl: connector.serviceUrl, conversationId, deliveryMode: "expectReplies" as const };
    const opening = await expectReplies(joinActivity(base));
    expect(feedbackButtons(opening)).toEqual([]);
    const answer = await expectReplies(
      messageActivity({ ...base, text: "qual è il contributo massimo del bando POR FSE?" }),
    );
    const buttons = feedbackButtons(answer);
    expect(buttons.map((b) => [b.type, b.title])).toEqual([
      ["messageBack", "👍"],
      ["messageBack", "👎"],
    ]);
    const asked = await expectReplies(messageActivity({ ...base, value: buttons[1]?.value }));
    expect(asked.map((a) => a.text).join("\n")).toContain("Cosa mancava?");
    const conversation = await service.db.prisma.conversation.findUniqueOrThrow({
      where: { channel_externalKey: { channel: "botframework", externalKey: conversationId } },
    });
    const rows = await service.db.prisma.answerFeedback.findMany({
      where: { conversationId: conversation.id },
    });
    expect(rows.map((r) => [r.channel, r.vote])).toEqual([["botframework", "down"]]);
    const typed = await service.db.prisma.message.count({
      where: { conversationId: conversation.id, direction: "in", text: { contains: "conciliabotFeedback" } },
    });
    expect(typed).toBe(0);
  });
});
