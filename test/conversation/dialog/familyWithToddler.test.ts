import { describe, expect, it } from "vitest";
import { labels, last, said } from "../support/replyHelpers.ts";
import { openChat } from "../support/Transcript.ts";

describe("a working family with an 18-month-old in Milano", () => {
  it("gets the childcare voucher first, with its reasons and the Milano network, and files a request", async () => {
    const chat = await openChat();
    const first = await chat.send("Cerco un nido per mio figlio di 18 mesi, abito a Milano");
    expect(last(first).channelData.intent).toBe("family.childcare_voucher");
    expect(said(first)).toContain("Voucher per servizi per l'infanzia");
    expect(last(first).text).toContain("lavora?");
    await chat.send("Sì");
    const verdict = await chat.send("No");
    expect(last(verdict).channelData.actions?.[0]).toBe("family.childcare_voucher");
    expect(verdict[0]?.text).toMatch(/1\. Voucher per servizi per l'infanzia – .*figlio/);
    expect(said(verdict)).not.toContain("sotto i 6 anni");
    // Ages the document does not state never exclude: they are said as "di solito…".
    expect(said(verdict)).toMatch(/Pre-scuola e dopo-scuola – .*Di solito .*conferma con la tua ATS/);
    expect(said(verdict)).toContain("ATS della Città Metropolitana di Milano");

    await chat.send("Lascia una richiesta");
    const name = await chat.send("Acconsento");
    expect(last(name).channelData.form).toEqual({ id: "family_request", field: "full_name" });
    await chat.sendAll("Giulia Verdi", "VRDLCU79E55F205Q");
    // The province came from the first message; the comune is asked.
    expect(last(await chat.send("Milano")).channelData.form?.field).toBe("need");
    const need = await chat.send("Nido, baby-sitting");
    expect(last(need).channelData.form?.field).toBe("children");
    await chat.sendAll("18 mesi", "giulia.verdi@example.it", "+39 347 123 4567");
    const review = await chat.send("salta");
    expect(last(review).card?.facts).toContainEqual({ label: "Telefono", value: "+39 3471234567" });
    expect(labels(last(review))).toEqual(["Invia", "Modifica", "Annulla"]);
    const sent = await chat.send("Invia");
    expect(last(sent).channelData.reference).toBe("CVL-2026-00001");
    const [submit] = chat.effectsOf("submit");
    expect(submit?.submission.formId).toBe("family_request");
    expect(submit?.submission.actionIds[0]).toBe("family.childcare_voucher");
    expect(submit?.submission.atsId).toBe("ats_milano");
  });
});
