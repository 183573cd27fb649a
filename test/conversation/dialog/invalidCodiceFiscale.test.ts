import { describe, expect, it } from "vitest";
import { labels, last } from "../support/replyHelpers.ts";
import { openChat } from "../support/Transcript.ts";

describe("a user who gives an invalid codice fiscale three times", () => {
  it("is told each time what is wrong and how to fix it, is offered a person on the third, and gets through", async () => {
    const chat = await openChat();
    await chat.sendAll("Famiglia", "Da 6 a 13 anni", "Sì", "No", "provincia di Lodi");
    await chat.sendAll("Lascia una richiesta", "Acconsento", "Carla Bassi");

    const tooShort = await chat.send("BNCNNA80A41B157");
    expect(last(tooShort).text).toContain("16 caratteri, tu ne hai scritti 15");
    expect(last(tooShort).channelData.form).toEqual({ id: "family_request", field: "tax_code" });

    const shape = await chat.send("BNCNNA8OA41B157U");
    expect(last(shape).text).toContain("6 lettere, 2 cifre");
    expect(last(shape).text).toContain("O con 0");

    const check = await chat.send("BNCNNA80A41B157X");
    expect(last(check).text).toContain("carattere di controllo");
    expect(last(check).text).toContain("parlare con una persona");
    expect(labels(last(check))).toContain("Parlare con una persona");
    expect(last(check).channelData.form?.field).toBe("tax_code");
    expect(last(check).channelData.handoff).toBeNull();
    expect(chat.state.form?.values.tax_code).toBeUndefined();

    const accepted = await chat.send("bncnna80a41b157u");
    expect(chat.state.form?.values.tax_code).toBe("BNCNNA80A41B157U");
    expect(last(accepted).channelData.form?.field).toBe("comune");
    expect(chat.state.form?.attempts).toBe(0);
  });

  it("a partita IVA with a wrong check digit is explained the same way", async () => {
    const chat = await openChat();
    await chat.sendAll("Impresa", "5", "Mantova", "Lascia una richiesta", "Sì", "Officina Po");
    expect(last(await chat.send("12345678901")).text).toContain("cifra di controllo");
    expect(last(await chat.send("1234567890")).text).toContain("11 cifre, tu ne hai scritte 10");
    expect(last(await chat.send("12345A78903")).text).toContain("senza lettere");
  });
});
