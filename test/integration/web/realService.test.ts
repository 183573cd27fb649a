import { describe, expect, it } from "vitest";
import { useTestService } from "../../support/useTestService.ts";
import {
  type Activity,
  type Conversation,
  getActivities,
  openStream,
  postMessage,
  startConversation,
} from "./support/directLineHttp.ts";

/** The web channel in the whole service: the real conversation core behind Direct Line. */
describe(`Direct Line into the conversation core on ${process.env.TEST_DB}`, () => {
  const service = useTestService();

  let counter = 0;
  /** Posts a message and returns the bot's replies to it (read by polling after the watermark). */
  async function say(
    conversation: Conversation,
    text: string,
    watermark: string,
  ): Promise<{ replies: Activity[]; watermark: string }> {
    counter += 1;
    const posted = await postMessage(service().url, conversation, text, `real-${counter}`);
    expect(posted.status).toBe(200);
    const set = await getActivities(service().url, conversation, watermark);
    const echo = set.activities.find((a) => a.from.role === "user");
    expect(echo?.channelData).toEqual({ clientActivityID: `real-${counter}` });
    return { replies: set.activities.filter((a) => a.from.role === "bot"), watermark: set.watermark };
  }

  it("opens with who the bot is, the privacy notice and the menu as suggested actions", async () => {
    const conversation = await startConversation(service().url);
    const { activities } = await getActivities(service().url, conversation);
    expect(activities.map((a) => a.from)).toEqual(
      activities.map(() => ({ id: "conciliabot", name: "Conciliabot", role: "bot" })),
    );
    expect(activities[0]?.text).toMatch(/assistente automatico/);
    expect(activities.some((a) => /Privacy/.test(a.text ?? ""))).toBe(true);
    const menu = activities.at(-1);
    expect(menu?.suggestedActions?.actions.map((a) => [a.type, a.value])).toEqual([
      ["imBack", "Impresa"],
      ["imBack", "Famiglia"],
      ["imBack", "Voglio avviare un'attività"],
      ["imBack", "Parlare con una persona"],
    ]);
    expect(menu?.channelData).toMatchObject({ intent: "greeting" });
  });

  it("takes a family through the eligibility check; the verdict's channelData lists the actions best first", async () => {
    const conversation = await startConversation(service().url);
    let { watermark } = await getActivities(service().url, conversation);
    let replies: Activity[] = [];
    for (const text of ["Famiglia", "Meno di 3 anni", "Sì", "No", "Bergamo"]) {
      ({ replies, watermark } = await say(conversation, text, watermark));
      expect(replies.length, `a reply to ${text}`).toBeGreaterThan(0);
    }
    const verdict = replies.find((a) => /In base alle tue risposte/.test(a.text ?? ""));
    expect(verdict?.channelData).toMatchObject({
      intent: "eligibility_check",
      actions: expect.arrayContaining(["family.childcare_voucher"]),
    });
    expect(replies.map((a) => a.text).join("\n")).toMatch(/ATS di Bergamo/);
  });

  it("answers a client's retried message only once", async () => {
    const conversation = await startConversation(service().url);
    const { watermark } = await getActivities(service().url, conversation);
    await postMessage(service().url, conversation, "Famiglia", "retried-1");
    await postMessage(service().url, conversation, "Famiglia", "retried-1");
    const { activities } = await getActivities(service().url, conversation, watermark);
    expect(activities.filter((a) => a.from.role === "user")).toHaveLength(1);
    expect(activities.filter((a) => /Quanti anni hanno i figli/.test(a.text ?? ""))).toHaveLength(1);
  });

  it("moves a conversation to another chat with a resume code, without any account", async () => {
    const first = await startConversation(service().url);
    const firstStream = await openStream(first.streamUrl ?? "");
    const second = await startConversation(service().url);
    const secondStream = await openStream(second.streamUrl ?? "");
    try {
      await postMessage(service().url, first, "Famiglia", "mv-1");
      await firstStream.waitFor((a) => /Quanti anni hanno i figli/.test(a.text ?? ""));
      await postMessage(service().url, first, "codice per riprendere", "mv-2");
      await firstStream.waitFor((a) => a.from.role === "user" && a.channelData?.clientActivityID === "mv-2");
      const issued = await firstStream.waitFor((a) =>
        /codice per riprendere questa conversazione/.test(a.text ?? ""),
      );
      const code = /è ([A-Z2-9]{5}-[A-Z2-9]{5})\./.exec(issued.text ?? "")?.[1];
      expect(code).toBeDefined();

      await secondStream.waitFor((a) => /Come posso aiutarti/.test(a.text ?? ""));
      await postMessage(service().url, second, `riprendi ${code}`, "mv-3");
      await secondStream.waitFor((a) => /Ho ripreso la conversazione/.test(a.text ?? ""));
      await secondStream.waitFor((a) => /Quanti anni hanno i figli/.test(a.text ?? ""));
      await postMessage(service().url, second, "Meno di 3 anni");
      await secondStream.waitFor((a) => /chi si occupa dei figli o dei familiari lavora/.test(a.text ?? ""));
    } finally {
      firstStream.close();
      secondStream.close();
    }
  });
});
