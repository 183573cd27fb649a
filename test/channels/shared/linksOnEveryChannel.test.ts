import { describe, expect, it } from "vitest";
import { toReplyActivity } from "../../../src/channels/botframework/toReplyActivity.ts";
import { renderTelegramMessages } from "../../../src/channels/telegram/renderTelegramMessages.ts";
import { toOutboundActivity } from "../../../src/channels/web/toOutboundActivity.ts";
import { ReplySchema } from "../../../src/conversation/turn.ts";
import { loadChannelWords } from "../support/loadChannelWords.ts";

const staff = (await loadChannelWords())("it");

const MAILBOX_REPLY = ReplySchema.parse({
  text: "Se sei fuori dalla Lombardia scrivi alla casella del programma (conciliazione@regione.lombardia.it) o visita www.regione.lombardia.it.",
});

describe("web and email addresses in a bot reply are links on every channel", () => {
  it("Bot Framework: an Adaptive Card with an Action.OpenUrl per address (mailto: for the mailbox)", () => {
    const activity = toReplyActivity({ id: "12", reply: MAILBOX_REPLY, direction: "bot" }, { staff });
    const actions = (activity.attachments ?? []).flatMap((attachment) => {
      const content: unknown = attachment.content;
      return typeof content === "object" &&
        content !== null &&
        "actions" in content &&
        Array.isArray(content.actions)
        ? content.actions
        : [];
    });
    expect(actions).toEqual([
      {
        type: "Action.OpenUrl",
        title: "conciliazione@regione.lombardia.it",
        url: "mailto:conciliazione@regione.lombardia.it",
      },
      { type: "Action.OpenUrl", title: "www.regione.lombardia.it", url: "https://www.regione.lombardia.it" },
    ]);
    expect(activity.text).toBe(MAILBOX_REPLY.text);
  });

  it("Bot Framework: a reply without an address gets no card", () => {
    const activity = toReplyActivity(
      { reply: ReplySchema.parse({ text: "Ciao! Come posso aiutarti?" }) },
      { staff },
    );
    expect(activity.attachments).toBeUndefined();
  });

  it("Telegram: <a> links in HTML parse mode", () => {
    const [message] = renderTelegramMessages([{ id: "12", direction: "bot", reply: MAILBOX_REPLY }], staff);
    expect(message?.html).toContain(
      '(<a href="mailto:conciliazione@regione.lombardia.it">conciliazione@regione.lombardia.it</a>)',
    );
    expect(message?.html).toContain(
      '<a href="https://www.regione.lombardia.it">www.regione.lombardia.it</a>.',
    );
  });

  it("Web Chat: Markdown links", () => {
    const activity = toOutboundActivity(
      {
        id: "12",
        conversationId: "c",
        direction: "bot",
        text: MAILBOX_REPLY.text,
        reply: MAILBOX_REPLY,
        createdAt: new Date(),
      },
      "dl-1",
      "it",
      staff,
    );
    expect(activity?.textFormat).toBe("markdown");
    expect(activity?.text).toContain(
      "[conciliazione@regione.lombardia.it](mailto:conciliazione@regione.lombardia.it)",
    );
    expect(activity?.text).toContain("[www.regione.lombardia.it](https://www.regione.lombardia.it)");
  });
});
