import { describe, expect, it } from "vitest";
import { last, said } from "../support/replyHelpers.ts";
import { openChat } from "../support/Transcript.ts";

describe("a user who asks a question in the middle of a form", () => {
  it("gets the answer and is brought back to the same field, whose answer is then accepted", async () => {
    const chat = await openChat();
    await chat.sendAll("Impresa", "12", "Varese", "Lascia una richiesta", "Acconsento");
    const vat = await chat.send("Tessitura Lario spa");
    expect(last(vat).channelData.form?.field).toBe("vat_number");

    const asked = await chat.send("scusa, ma qual è il contributo massimo per un progetto?");
    expect(said(asked)).toContain("100.000");
    expect(last(asked).text).toMatch(/^Torniamo alla richiesta: Qual è la partita IVA/);
    expect(last(asked).channelData.form).toEqual({ id: "firm_request", field: "vat_number" });
    expect(chat.state.form?.values.vat_number).toBeUndefined();

    const next = await chat.send("12345678903");
    expect(last(next).channelData.form?.field).not.toBe("vat_number");
    expect(chat.state.form?.values.vat_number).toBe("12345678903");

    const network = await chat.send("a quale ATS devo rivolgermi?");
    expect(said(network)).toContain("Insubria");
    expect(last(network).text).toContain("Torniamo alla richiesta");
  });

  it("a name is never mistaken for a question, even with programme words in it", async () => {
    const chat = await openChat();
    await chat.sendAll("Famiglia", "Da 3 a 5 anni", "Sì", "No", "Sondrio");
    await chat.sendAll("Lascia una richiesta", "Acconsento");
    const named = await chat.send("Maria Nido");
    expect(chat.state.form?.values.full_name).toBe("Maria Nido");
    expect(last(named).channelData.form?.field).toBe("tax_code");
  });
});
