import { describe, expect, it } from "vitest";
import { labels, last, said } from "../support/replyHelpers.ts";
import { openChat } from "../support/Transcript.ts";

const PROVINCES = [
  "Bergamo",
  "Brescia",
  "Como",
  "Cremona",
  "Lecco",
  "Lodi",
  "Mantova",
  "Milano",
  "Monza e Brianza",
  "Pavia",
  "Sondrio",
  "Varese",
];

describe("a family that only presses buttons", () => {
  it("is offered the 12 provinces and «Altro» as buttons, and gets the verdict in short messages", async () => {
    const chat = await openChat();
    await chat.sendAll("Famiglia", "Meno di 3 anni", "Sì");
    const place = await chat.send("No");
    expect(last(place).text).toContain("In quale provincia o comune");
    expect(labels(last(place)).sort()).toEqual([...PROVINCES, "Altro"].sort());

    const other = await chat.send("Altro");
    expect(said(other)).toContain("12 province lombarde");
    expect(labels(last(other))).toContain("Altro");
    expect(last(other).channelData.actions ?? []).toEqual([]);

    const verdict = await chat.send("Bergamo");
    expect(verdict.length).toBeGreaterThanOrEqual(3);
    for (const reply of verdict) expect(reply.text.length, reply.text).toBeLessThanOrEqual(700);
    expect(verdict[0]?.text).toContain("In base alle tue risposte");
    expect(said(verdict)).toContain("ATS di Bergamo");
    expect(labels(last(verdict))).toContain("Lascia una richiesta");
    expect(verdict.slice(0, -1).every((reply) => reply.buttons.length === 0)).toBe(true);
  });

  it("answers «Invia» with no summary open by saying nothing was sent, and files nothing", async () => {
    const chat = await openChat();
    await chat.send("Lascia una richiesta");
    const early = await chat.send("Invia");
    expect(chat.effectsOf("submit")).toEqual([]);
    expect(said(early)).not.toContain("Richiesta inviata");
    const stale = await chat.send("Annulla");
    expect(said(stale)).toBeTruthy();
    const again = await chat.send("Invia");
    expect(said(again)).toContain("non ho inviato niente");
    expect(chat.effectsOf("submit")).toEqual([]);
  });
});
