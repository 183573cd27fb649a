import { describe, expect, it } from "vitest";
import { z } from "zod";
import { expectingReplies, joinActivity, messageActivity } from "./support/activities.ts";
import type { SentActivity } from "./support/startFakeConnector.ts";
import { useBotFrameworkService } from "./support/useBotFrameworkService.ts";

const HeroCardSchema = z.object({
  buttons: z.array(z.object({ type: z.string(), title: z.string(), value: z.unknown() })),
});

/** The feedback card actions under an answer, sent and pressed as real Activities. */
describe(`feedback on answers over Bot Framework, on ${process.env.TEST_DB}`, () => {
  const bf = useBotFrameworkService();
  const expectReplies = (activity: unknown) => bf().expectReplies(activity);
  const feedbackButtons = (activities: SentActivity[]) =>
    activities.flatMap((activity) =>
      (activity.attachments ?? [])
        .filter((a) => a.contentType === "application/vnd.microsoft.card.hero")
        .flatMap((a) => HeroCardSchema.parse(a.content).buttons),
    );

  it("offers 👍 / 👎 card actions under an answer; pressing 👎 stores the vote and asks what was missing", async () => {
    const base = expectingReplies(bf().connector.serviceUrl);
    const { conversationId } = base;
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
    const conversation = await bf().service.db.prisma.conversation.findUniqueOrThrow({
      where: { channel_externalKey: { channel: "botframework", externalKey: conversationId } },
    });
    const rows = await bf().service.db.prisma.answerFeedback.findMany({
      where: { conversationId: conversation.id },
    });
    expect(rows.map((r) => [r.channel, r.vote])).toEqual([["botframework", "down"]]);
    const typed = await bf().service.db.prisma.message.count({
      where: { conversationId: conversation.id, direction: "in", text: { contains: "conciliabotFeedback" } },
    });
    expect(typed).toBe(0);
  });
});
