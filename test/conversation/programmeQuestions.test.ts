import { describe, expect, it } from "vitest";
import { CLEAR_TOPIC_SCORE } from "../../src/conversation/ports/ProgrammeKnowledge.ts";
import { createTestDeps } from "./support/createTestDeps.ts";
import { last, said } from "./support/replyHelpers.ts";
import { openChat } from "./support/Transcript.ts";

describe("programme questions asked in plain Italian", () => {
  it("answers with the right figures and says the notice is closed", async () => {
    const chat = await openChat();
    const brescia = await chat.send("quanti progetti sono stati finanziati a Brescia?");
    expect(said(brescia)).toContain("5 progetti");
    expect(said(brescia)).toContain("427.438,27 €");
    expect(said(brescia)).toContain("chiuso");
    const max = await chat.send("qual è il contributo massimo?");
    expect(said(max)).toContain("100.000,00 €");
    expect(said(max)).toContain("80%");
    expect(last(max).channelData.intent).toBe("por_fse_projects");
  });

  it("asks where the user lives to name the network, and the comune when the province is split", async () => {
    const chat = await openChat();
    const where = await chat.send("a quale ATS mi devo rivolgere?");
    expect(last(where).text).toContain("In quale provincia");
    expect(last(where).channelData.intent).toBe("find_network");
    expect(said(await chat.send("Sondrio"))).toContain("ATS della Montagna");
    const como = await chat.send("vivo in provincia di Como, che ATS è?");
    expect(last(como).text).toContain("In quale comune?");
    expect(last(como).text).toContain("ATS dell'Insubria, tranne Alto Lario (ATS della Montagna)");
    expect(said(await chat.send("Gravedona ed Uniti"))).toContain("ATS della Montagna");
    expect(chat.effectsOf("territory").at(-1)).toEqual({
      kind: "territory",
      province: "CO",
      atsId: "ats_montagna",
    });
  });

  it("answers «abito a Sondrio, a quale ATS mi rivolgo?» in one go", async () => {
    const chat = await openChat();
    expect(said(await chat.send("abito a Sondrio, a quale ATS mi rivolgo?"))).toContain("ATS della Montagna");
  });

  it("carries the short source of a factual answer in channelData, as the last line says it", async () => {
    const chat = await openChat();
    const answer = last(await chat.send("qual è il contributo massimo?"));
    expect(answer.channelData.source).toBe("Avviso POR FSE del 10 marzo 2017");
    expect(answer.text.endsWith("Fonte: Avviso POR FSE del 10 marzo 2017")).toBe(true);
  });

  it("describes an action with the part of the document it comes from", async () => {
    const deps = await createTestDeps();
    const description = deps.knowledge.describeAction("family.childcare_voucher", "en");
    expect(description.source).toBe("2017-2018 programme, fundable actions for families");
    expect(description.text.endsWith("Source: 2017-2018 programme, fundable actions for families")).toBe(
      true,
    );
  });

  it("tells how strongly a message is about a document topic, without answering it", async () => {
    const deps = await createTestDeps();
    const match = deps.knowledge.findTopic("qual è il contributo massimo?", "it");
    expect(match?.topic).toBe("max_grant");
    expect(match?.kind).toBe("fact");
    expect(match?.score).toBeGreaterThanOrEqual(CLEAR_TOPIC_SCORE);
    expect(deps.knowledge.findTopic("buongiorno", "it")).toBeUndefined();
  });

  it("answers how much a voucher is worth honestly instead of starting the family interview", async () => {
    const chat = await openChat();
    const amount = await chat.send("quanto vale il voucher per il nido?");
    expect(said(amount)).toContain("non indica l'importo");
    expect(said(amount)).toContain("conciliazione@regione.lombardia.it");
    expect(chat.state.step.kind).toBe("menu");
  });

  it("answers a document question the understanding does not recognise, in the language it was asked in", async () => {
    const chat = await openChat();
    const origin = last(await chat.send("i 3,5 milioni da dove vengono?"));
    expect(origin.text).toContain("bilancio regionale");
    expect(origin.channelData.source).toContain("2017-2018");
    const plans = last(await chat.send("Who carries out the 44 projects?"));
    expect(plans.text).toContain("local conciliation alliances");
  });

  it("still starts the flow a person asks for when the words only brush a document topic", async () => {
    const chat = await openChat();
    const reply = await chat.send(
      "I've been out of work for a year and I'd like to start a childminding service in Milan",
    );
    // Everything the interview asks was in the message: the verdict comes at once.
    expect(said(reply)).toContain("Got it: ");
    expect(said(reply)).toContain("you are not working at the moment");
    expect(last(reply).channelData.actions).toContain("firm.female_self_employment");
  });

  it("keeps the place of the last answer for a short follow-up that asks another figure", async () => {
    const chat = await openChat();
    expect(said(await chat.send("quanti soldi POR FSE sono andati a Milano?"))).toContain("495.995,08 €");
    expect(said(await chat.send("e quanti progetti erano?"))).toContain("5 progetti");
  });

  it("quotes the one condition the document sets on other public help", async () => {
    const chat = await openChat();
    const answer = last(
      await chat.send("l'assistenza per i fragili vale se ho già un altro aiuto pubblico?"),
    );
    expect(answer.text).toContain("purché non già sostenuti da altri interventi e misure pubbliche");
    expect(answer.channelData.source).toContain("famiglie");
  });
});
