import { describe, expect, it } from "vitest";
import { last, said } from "../support/replyHelpers.ts";
import { openChat } from "../support/Transcript.ts";

describe("a woman out of work who wants to open a baby-parking in Valcamonica", () => {
  it("is told female self-employment fits, is routed to ATS della Montagna by her comune, and files her project", async () => {
    const chat = await openChat();
    const first = await chat.send("Vorrei aprire un baby parking, sono disoccupata da due anni");
    expect(last(first).channelData.intent).toBe("firm.female_self_employment");
    expect(said(first)).toContain("Avvio di attività di donne nei servizi di conciliazione");
    await chat.send("Sì");
    const place = await chat.send("Sì");
    expect(last(place).text).toContain("provincia o comune");
    const verdict = await chat.send("Darfo Boario Terme");
    expect(last(verdict).channelData.actions).toEqual(["firm.female_self_employment"]);
    expect(said(verdict)).toContain("ATS della Montagna");
    expect(said(verdict)).toContain("concluso");

    const consent = await chat.send("Lascia una richiesta");
    expect(last(consent).channelData.form).toEqual({ id: "self_employment_project", field: "consent" });
    await chat.sendAll("Sì", "Anna Bianchi");
    // Province and comune came from the interview: the next question is her work situation.
    expect(last(await chat.send("BNCNNA80A41B157U")).channelData.form?.field).toBe("work_status");
    await chat.sendAll("Disoccupata", "Baby-parking");
    const short = await chat.send("Bimbi");
    expect(last(short).text).toContain("almeno 10 caratteri");
    await chat.send("Un baby-parking a Darfo per i figli di chi lavora nei turni del mattino, 7-13.");
    await chat.sendAll("anna.bianchi@example.it", "salta");
    const sent = await chat.send("Invia");
    expect(last(sent).channelData.reference).toMatch(/^CVL-2026-/);
    const [submit] = chat.effectsOf("submit");
    expect(submit?.submission).toMatchObject({
      formId: "self_employment_project",
      actionIds: ["firm.female_self_employment"],
      province: "BS",
      atsId: "ats_montagna",
      data: { comune: "Darfo Boario Terme", service: "baby_parking", tax_code: "BNCNNA80A41B157U" },
    });
  });
});
