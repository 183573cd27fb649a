import { describe, expect, it } from "vitest";
import { last, said } from "../support/replyHelpers.ts";
import { openChat } from "../support/Transcript.ts";

describe("a user who changes their mind in the middle of a form", () => {
  it("switching to Famiglia drops the firm's answers, sends nothing, and the family request goes out alone", async () => {
    const chat = await openChat();
    await chat.sendAll("Impresa", "Da 1 a 3", "Sì", "Artigiana", "Titolare", "Bergamo");
    await chat.sendAll("Lascia una richiesta", "Acconsento", "Falegnameria Verdi");
    expect(chat.state.form?.values.company_name).toBe("Falegnameria Verdi");

    const switched = await chat.send("Famiglia");
    expect(said(switched)).toContain("Ho annullato la richiesta");
    expect(last(switched).channelData.form).toBeUndefined();
    expect(last(switched).channelData.intent).toBe("eligibility_check");
    expect(chat.state.form).toBeUndefined();
    expect(JSON.stringify(chat.state)).not.toContain("Falegnameria");
    expect(chat.effectsOf("analytics").map((e) => e.event.kind)).toContain("form_cancelled");

    await chat.sendAll("Da 6 a 13 anni", "Sì");
    const verdict = await chat.send("No");
    expect(last(verdict).channelData.actions).toContain("family.pre_post_school");
    await chat.sendAll("Lascia una richiesta", "Sì", "Luca Verdi");
    // The territory survives the change of mind: Bergamo is not asked again.
    const need = await chat.send("VRDLCU79E55F205Q");
    expect(last(need).channelData.form?.field).toBe("need");
    await chat.sendAll("Pre e dopo scuola", "8 anni", "luca@example.it", "salta", "salta", "Invia");
    const submissions = chat.effectsOf("submit");
    expect(submissions).toHaveLength(1);
    expect(submissions[0]?.submission.formId).toBe("family_request");
    expect(submissions[0]?.submission.actionIds[0]).toBe("family.pre_post_school");
    expect(submissions[0]?.submission.atsId).toBe("ats_bergamo");
  });

  it("«annulla» at the summary cancels everything and says nothing was sent", async () => {
    const chat = await openChat();
    await chat.sendAll("Voglio avviare un'attività", "Sì", "Sì", "Pavia", "Lascia una richiesta", "Sì");
    await chat.sendAll(
      "Sara Gialli",
      "BNCNNA80A41B157U",
      "Pavia",
      "Mai lavorato",
      "Ludoteca",
      "Una ludoteca in centro a Pavia per bambini da 3 a 10 anni",
      "sara@example.it",
      "salta",
    );
    expect(chat.state.step.kind).toBe("form_review");
    const cancelled = await chat.send("annulla");
    expect(said(cancelled)).toContain("Nulla è stato inviato");
    expect(chat.effectsOf("submit")).toHaveLength(0);
    expect(chat.state.form).toBeUndefined();
  });
});
