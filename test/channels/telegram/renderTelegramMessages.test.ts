import { describe, expect, it } from "vitest";
import { decodeCallbackData } from "../../../src/channels/telegram/decodeCallbackData.ts";
import { encodeCallbackData } from "../../../src/channels/telegram/encodeCallbackData.ts";
import { renderTelegramMessages } from "../../../src/channels/telegram/renderTelegramMessages.ts";
import { ReplySchema } from "../../../src/conversation/turn.ts";
import { loadChannelWords } from "../support/loadChannelWords.ts";

const reply = (input: unknown) => ReplySchema.parse(input);
const staff = (await loadChannelWords())("it");

describe("Telegram rendering", () => {
  it("escapes every character HTML parse mode would read as markup", () => {
    const [message] = renderTelegramMessages(
      [{ reply: reply({ text: `<b>"Rossi" & Figli</b> <script>x</script>` }) }],
      staff,
    );
    expect(message?.html).toBe(
      "&lt;b&gt;&quot;Rossi&quot; &amp; Figli&lt;/b&gt; &lt;script&gt;x&lt;/script&gt;",
    );
  });

  it("joins the replies of a turn into one message that carries the last one's buttons", () => {
    const messages = renderTelegramMessages(
      [
        { id: "1", reply: reply({ text: "Ciao!" }) },
        { id: "2", reply: reply({ text: "Scegli:", buttons: [{ label: "Impresa", value: "Impresa" }] }) },
        { id: "3", reply: reply({ text: "Dopo i pulsanti." }) },
      ],
      staff,
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({
      html: "Ciao!\n\nScegli:",
      keyboard: { inline_keyboard: [[{ text: "Impresa", callback_data: "Impresa" }]] },
      messageIds: ["1", "2"],
    });
    expect(messages[1]).toMatchObject({ html: "Dopo i pulsanti.", messageIds: ["3"] });
  });

  it("renders a card as a bold title with bullet facts, its buttons on the keyboard", () => {
    const [message] = renderTelegramMessages(
      [
        {
          id: "9",
          reply: reply({
            text: "",
            card: {
              title: "Riepilogo <richiesta>",
              facts: [{ label: "Email", value: "a&b@example.org" }],
              buttons: [{ label: "Invia", value: "invia" }],
            },
          }),
        },
      ],
      staff,
    );
    expect(message?.html).toBe("<b>Riepilogo &lt;richiesta&gt;</b>\n\n• <b>Email</b>: a&amp;b@example.org");
    expect(message?.keyboard?.inline_keyboard.flat()).toEqual([{ text: "Invia", callback_data: "invia" }]);
  });

  it("keeps callback_data within 64 bytes: long multibyte values become references to the stored message", () => {
    const value = "Sì, è un'attività di cura per persone fragili e anziani àèìòù";
    expect(value.length).toBeLessThanOrEqual(64);
    expect(Buffer.byteLength(value)).toBeGreaterThan(64);
    const [message] = renderTelegramMessages(
      [
        {
          id: "123456789012",
          reply: reply({
            text: "?",
            buttons: [
              { label: "A", value: "A" },
              { label: "B", value },
            ],
          }),
        },
      ],
      staff,
    );
    const keys = message?.keyboard?.inline_keyboard.flat() ?? [];
    expect(keys.map((key) => key.callback_data)).toEqual(["A", "#b:123456789012:1"]);
    for (const key of keys) expect(Buffer.byteLength(key.callback_data)).toBeLessThanOrEqual(64);
    expect(decodeCallbackData("#b:123456789012:1")).toEqual({
      kind: "reference",
      messageId: "123456789012",
      index: 1,
    });
    expect(decodeCallbackData("A")).toEqual({ kind: "value", value: "A" });
    expect(encodeCallbackData("#b:1:1", "5", 0)).toBe("#b:5:0");
  });

  it("splits a text longer than Telegram allows at a paragraph boundary", () => {
    const paragraph = `${"parola ".repeat(300).trim()}.`;
    const messages = renderTelegramMessages(
      [{ reply: reply({ text: [paragraph, paragraph, paragraph].join("\n\n") }) }],
      staff,
    );
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.html.length).toBeLessThanOrEqual(4096);
    expect(
      messages
        .map((m) => m.html)
        .join("\n\n")
        .replace(/\s+/g, " "),
    ).toBe([paragraph, paragraph, paragraph].join(" "));
  });

  it("names the staff member's replies as coming from the programme staff", () => {
    const [message] = renderTelegramMessages(
      [{ direction: "staff", reply: reply({ text: "Buongiorno" }) }],
      staff,
    );
    expect(message?.html).toBe("<b>Operatore del programma</b>\nBuongiorno");
  });

  it("names the staff member who wrote, in bold, before the reply", () => {
    const [message] = renderTelegramMessages(
      [
        {
          direction: "staff",
          reply: reply({
            text: "Buongiorno",
            channelData: { handoff: "with_staff", staffName: "Anna <Bianchi>" },
          }),
        },
      ],
      staff,
    );
    expect(message?.html).toBe("<b>Anna &lt;Bianchi&gt; · staff del programma</b>\nBuongiorno");
  });

  it("makes web and email addresses in a reply clickable links, and nothing else markup", () => {
    const [message] = renderTelegramMessages(
      [
        {
          reply: reply({
            text: "Scrivi a conciliazione@regione.lombardia.it o visita https://www.ats-bg.it/conciliazione. <b>no</b>",
          }),
        },
      ],
      staff,
    );
    expect(message?.html).toBe(
      'Scrivi a <a href="mailto:conciliazione@regione.lombardia.it">conciliazione@regione.lombardia.it</a> o visita <a href="https://www.ats-bg.it/conciliazione">https://www.ats-bg.it/conciliazione</a>. &lt;b&gt;no&lt;/b&gt;',
    );
  });

  it("shows a summary card's buttons once, not twice", () => {
    const buttons = [{ label: "Invia", value: "Invia" }];
    const [message] = renderTelegramMessages(
      [
        {
          id: "7",
          reply: reply({ text: "Controlla", buttons, card: { title: "Riepilogo", facts: [], buttons } }),
        },
      ],
      staff,
    );
    expect(message?.keyboard?.inline_keyboard.flat().map((key) => key.text)).toEqual(["Invia"]);
  });
});
