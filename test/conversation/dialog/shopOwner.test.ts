import { beforeEach, describe, expect, it } from "vitest";
import { createTestDeps } from "../support/createTestDeps.ts";
import { labels, last, said } from "../support/replyHelpers.ts";
import { Transcript } from "../support/Transcript.ts";

describe("a shop owner with two workers who needs time for errands", () => {
  let chat: Transcript;
  beforeEach(async () => {
    chat = new Transcript(await createTestDeps());
  });

  it("is told plainly that the bot is automatic, gets time saving first, and files a request with a reference", async () => {
    const opening = await chat.start();
    expect(opening[0]?.text).toContain("assistente automatico");
    expect(said(opening)).toContain("Privacy");
    expect(labels(last(opening))).toEqual([
      "Impresa",
      "Famiglia",
      "Voglio avviare un'attività",
      "Parlare con una persona",
    ]);
    expect(last(opening).channelData).toEqual({ intent: "greeting", handoff: null });

    const first = await chat.send(
      "Ho un negozio di alimentari a Bergamo, siamo in 2, mi servirebbe qualcuno che faccia le commissioni per me",
    );
    expect(said(first)).toContain("Time saving");
    expect(last(first).channelData.intent).toBe("firm.time_saving");
    expect(last(first).text).toContain("impegni personali o familiari");
    expect(labels(last(first))).toEqual(["Sì", "No"]);

    // The shop, its sector and who is writing were said in the first message: not asked again.
    expect(said(first)).toContain("Ho capito: ");
    expect(said(first)).toContain("2 persone al lavoro");
    const verdict = await chat.send("Sì");
    expect(verdict[0]?.text).toContain("1. Time saving");
    expect(last(verdict).channelData.actions?.[0]).toBe("firm.time_saving");
    expect(last(verdict).channelData.intent).toBe("eligibility_check");
    expect(said(verdict)).toContain("ATS di Bergamo");
    expect(said(verdict)).toContain("concluso");
    expect(labels(last(verdict))).toEqual(["Lascia una richiesta", "Parlare con una persona", "Menu"]);

    const consent = await chat.send("Lascia una richiesta");
    expect(last(consent).channelData.form).toEqual({ id: "firm_request", field: "consent" });
    expect(last(consent).text).toContain("Acconsenti");
    expect(chat.state.form).toBeUndefined();

    expect(last(await chat.send("Acconsento")).channelData.form).toEqual({
      id: "firm_request",
      field: "company_name",
    });
    await chat.send("Alimentari Rossi snc");
    // Province and workers were already known from the first message: only the comune is asked.
    expect(last(await chat.send("IT 01234567897")).channelData.form?.field).toBe("comune");
    expect(last(await chat.send("bergamo")).channelData.form?.field).toBe("interest");
    await chat.sendAll("Time saving", "Mario Rossi", "mario.rossi@example.it", "salta");
    const review = await chat.send("salta");
    expect(last(review).channelData.form).toEqual({ id: "firm_request", field: "review" });
    expect(last(review).card?.facts).toContainEqual({ label: "Occupati", value: "2" });
    expect(last(review).card?.facts).toContainEqual({ label: "Telefono", value: "(non indicato)" });
    expect(chat.effectsOf("submit")).toHaveLength(0);

    const sent = await chat.send("Invia");
    expect(last(sent).text).toContain("CVL-2026-00001");
    expect(last(sent).text).toContain("ricevuta a mario.rossi@example.it");
    expect(last(sent).channelData.reference).toBe("CVL-2026-00001");
    expect(last(sent).channelData.intent).toBe("leave_contact");
    expect(last(sent).channelData.form).toBeUndefined();
    const [submit] = chat.effectsOf("submit");
    expect(submit?.submission).toMatchObject({
      reference: "CVL-2026-00001",
      formId: "firm_request",
      province: "BG",
      atsId: "ats_bergamo",
      receiptTo: "mario.rossi@example.it",
      data: { company_name: "Alimentari Rossi snc", vat_number: "01234567897", employees: 2 },
    });
    expect(submit?.submission.actionIds[0]).toBe("firm.time_saving");
    expect(chat.state.form).toBeUndefined();
    expect(chat.state.references).toEqual(["CVL-2026-00001"]);
  });

  it("keeps no analytics event with anything the user typed", async () => {
    await chat.start();
    await chat.send("Ho un negozio a Bergamo, siamo in 2, mi serve aiuto per le commissioni");
    const events = chat.effectsOf("analytics").map((e) => JSON.stringify(e.event));
    expect(events.join(" ")).not.toMatch(/negozio|commissioni/);
  });
});
