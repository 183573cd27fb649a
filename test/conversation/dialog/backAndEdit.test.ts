import { describe, expect, it } from "vitest";
import { labels, last } from "../support/replyHelpers.ts";
import { openChat } from "../support/Transcript.ts";

describe("a user who goes back and edits", () => {
  it("«indietro» returns to the previous field showing its value, and «modifica email» changes one field from the summary", async () => {
    const chat = await openChat();
    await chat.sendAll("Famiglia", "Meno di 3 anni", "Sì", "No", "provincia di Cremona");
    await chat.sendAll("Lascia una richiesta", "Acconsento", "Marta Riva");
    const province = await chat.send("VRDLCU79E55F205Q");
    // Cremona came from the interview: the comune is next.
    expect(last(province).channelData.form?.field).toBe("comune");
    expect(labels(last(province))).toContain("Indietro");

    const back = await chat.send("indietro");
    expect(last(back).channelData.form).toEqual({ id: "family_request", field: "tax_code" });
    expect(last(back).text).toContain("(ora: VRDLCU79E55F205Q)");
    const again = await chat.send("BNCNNA80A41B157U");
    expect(last(again).channelData.form?.field).toBe("comune");

    await chat.sendAll("Crema", "Nido, baby-sitting", "1 anno", "marta@exampel.it", "salta", "salta");
    expect(last(await chat.send("modifica il campo codice")).channelData.form?.field).toBe("tax_code");
    const review = await chat.send("BNCNNA80A41B157U");
    expect(last(review).channelData.form?.field).toBe("review");

    const edit = await chat.send("modifica email");
    expect(last(edit).channelData.form).toEqual({ id: "family_request", field: "email" });
    expect(last(edit).text).toContain("(ora: marta@exampel.it)");
    const fixed = await chat.send("marta@example.it");
    expect(last(fixed).channelData.form?.field).toBe("review");
    expect(last(fixed).card?.facts).toContainEqual({ label: "Email", value: "marta@example.it" });

    const pick = await chat.send("Modifica");
    expect(last(pick).channelData.form?.field).toBe("pick_field");
    expect(labels(last(pick))).toContain("Telefono");
    const phone = await chat.send("Telefono");
    expect(last(phone).channelData.form?.field).toBe("phone");
    const wrong = await chat.send("12345");
    expect(last(wrong).text).toContain("da 6 a 11");
    const done = await chat.send("0372 123456");
    expect(last(done).card?.facts).toContainEqual({ label: "Telefono", value: "+39 0372123456" });

    await chat.send("Invia");
    const [submit] = chat.effectsOf("submit");
    expect(submit?.submission.data).toMatchObject({
      email: "marta@example.it",
      tax_code: "BNCNNA80A41B157U",
      comune: "Crema",
      phone: "+39 0372123456",
    });
    expect(submit?.submission.receiptTo).toBe("marta@example.it");
  });
});
