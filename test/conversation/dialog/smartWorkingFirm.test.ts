import { describe, expect, it } from "vitest";
import { last, said } from "../support/replyHelpers.ts";
import { openChat } from "../support/Transcript.ts";

describe("a 40-person firm in Monza introducing smart working", () => {
  it("gets smart working first and learns time saving is not for them, with the reason", async () => {
    const chat = await openChat();
    const verdict = await chat.send(
      "Buongiorno, siamo un'azienda di 40 dipendenti a Monza e vorremmo introdurre lo smart working",
    );
    expect(last(verdict).channelData.actions?.[0]).toBe("firm.smart_working");
    expect(last(verdict).channelData.actions).not.toContain("firm.time_saving");
    expect(said(verdict)).toMatch(/Time saving[^\n]*40 occupati[^\n]*massimo 3 occupati/);
    expect(said(verdict)).toContain("ATS della Brianza");
    expect(chat.effectsOf("analytics").map((e) => e.event.kind)).toContain("verdict");

    await chat.sendAll("Lascia una richiesta", "Acconsento", "Brianza Meccanica srl", "12345678903", "Monza");
    const interest = await chat.send("1");
    expect(last(interest).channelData.form?.field).toBe("contact_name");
    await chat.sendAll("Paolo Neri", "p.neri@brianzameccanica.it", "039 1234567");
    const review = await chat.send("Vorremmo partire da gennaio con due giorni a settimana");
    expect(last(review).card?.facts).toContainEqual({ label: "Interesse", value: "Smart working" });
    expect(last(review).card?.facts).toContainEqual({ label: "Occupati", value: "40" });
    await chat.send("Invia");
    const [submit] = chat.effectsOf("submit");
    expect(submit?.submission.actionIds[0]).toBe("firm.smart_working");
    expect(submit?.submission.province).toBe("MB");
    expect(submit?.submission.atsId).toBe("ats_brianza");
  });
});
