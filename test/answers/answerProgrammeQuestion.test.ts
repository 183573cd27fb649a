import { describe, expect, it } from "vitest";
import {
  answerProgrammeQuestion,
  type ProgrammeQuestion,
} from "../../src/conversation/answers/answerProgrammeQuestion.ts";
import type { TopicId } from "../../src/conversation/answers/topicIds.ts";
import { realContent } from "../content/contentFixture.ts";

const content = await realContent();
const TODAY = "2026-05-01";

function ask(text: string, extra: Partial<ProgrammeQuestion> = {}, today = TODAY) {
  return answerProgrammeQuestion(
    { intent: "programme_info", entities: {}, text, lang: "it", ...extra },
    content,
    today,
  );
}

describe("the three questions of the issue", () => {
  it("'quanti progetti sono stati finanziati a Brescia?' gets 5 projects and 427.438,27 €", () => {
    const answer = ask("quanti progetti sono stati finanziati a Brescia?", { intent: "por_fse_projects" });
    expect(answer.topic).toBe("projects_funded");
    expect(answer.reply.text).toContain(
      "In provincia di Brescia sono stati finanziati 5 progetti dell'Avviso POR FSE, per 427.438,27 € di contributi",
    );
    expect(answer.reply.channelData).toEqual({
      intent: "por_fse_projects",
      source: "Avviso POR FSE del 10 marzo 2017, decreto n. 7132 del 15 giugno 2017",
    });
    expect(answer.reply.text).toMatch(
      /\n\nFonte: Avviso POR FSE del 10 marzo 2017, decreto n. 7132 del 15 giugno 2017$/,
    );
  });

  it("'abito a Sondrio, a quale ATS mi rivolgo?' gets ATS della Montagna", () => {
    const answer = ask("abito a Sondrio, a quale ATS mi rivolgo?", { intent: "find_network" });
    expect(answer.topic).toBe("which_ats");
    expect(answer.reply.text).toBe(
      "Per Sondrio la rete di conciliazione è quella dell'ATS della Montagna: https://www.ats-montagna.it. " +
        "Per le opportunità attuali puoi anche scrivere a conciliazione@regione.lombardia.it.",
    );
  });

  it("'qual è il contributo massimo?' gets 80% and 100.000,00 €", () => {
    const answer = ask("qual è il contributo massimo?");
    expect(answer.topic).toBe("max_grant");
    expect(answer.reply.text).toContain(
      "fino all'80% del costo totale ammissibile, e comunque non più di 100.000,00 €",
    );
  });

  it("answers in English with the same figures", () => {
    const answer = ask("How many projects were funded in Milan?", { lang: "en" });
    expect(answer.topic).toBe("projects_funded");
    expect(answer.reply.text).toContain(
      "In the province of Milano 5 POR FSE projects were funded, for 495.995,08 € in grants",
    );
    expect(answer.reply.text).toContain("the POR FSE notice of 10 March 2017 is closed");
    expect(answer.reply.buttons.map((b) => b.label)).toEqual([
      "What is the maximum grant?",
      "Which ATS should I contact?",
    ]);
  });
});

describe("honesty about dates", () => {
  it("says plainly that the POR FSE notice is closed, and who to contact now", () => {
    const { reply } = ask("qual è il contributo massimo?");
    expect(reply.text).toContain(
      "Attenzione: l'Avviso POR FSE del 10 marzo 2017 è chiuso, non si possono più presentare domande (la graduatoria è del 15 giugno 2017).",
    );
    expect(reply.text).toContain("conciliazione@regione.lombardia.it");
  });

  it("names the local network when it knows the place", () => {
    const { reply } = ask("quanti progetti a Lecco?", { entities: { province: "LC" } });
    expect(reply.text).toContain(
      "rivolgiti alla rete di conciliazione dell'ATS della Brianza (https://www.ats-brianza.it)",
    );
  });

  it("says the 2017-2018 programme is over, with its end date", () => {
    const { reply } = ask("quanti soldi ha stanziato la Regione?");
    expect(reply.text).toContain(
      "la programmazione 2017-2018 è chiusa, le attività dovevano concludersi entro il 15 gennaio 2019",
    );
  });

  it("adds no closed note while the period is still running", () => {
    expect(ask("quanti soldi ha stanziato la Regione?", {}, "2018-03-01").reply.text).not.toContain("chius");
    expect(ask("qual è il contributo massimo?", {}, "2017-04-01").reply.text).not.toContain("chius");
  });
});

describe("figures", () => {
  it("gives the totals: 54 admitted, 26 funded, 2.466.804,74 €, and 44 + 8 in the plans", () => {
    const { reply } = ask("quanti progetti sono stati finanziati?");
    expect(reply.text).toContain("Con il decreto n. 7132 del 15 giugno 2017 sono stati ammessi 54 progetti");
    expect(reply.text).toContain("di cui 26 finanziati per 2.466.804,74 €");
    expect(reply.text).toContain("44 progetti delle Alleanze locali e 8 azioni di sistema");
  });

  it("gives Monza e Brianza's corrected amount, never the misprint", () => {
    const { reply } = ask("quanti progetti in Brianza?");
    expect(reply.text).toContain("è stato finanziato 1 progetto dell'Avviso POR FSE, per 97.232,72 €");
    expect(reply.text).not.toContain("97.232.72");
  });

  it("says that no project was funded in Como", () => {
    expect(ask("quanti progetti a Como?").reply.text).toContain("In provincia di Como nessun progetto");
  });

  it("gives the money: 3,5 million of regional budget and the POR FSE total", () => {
    const { reply } = ask("quanti soldi ci sono?");
    expect(reply.text).toContain("3.500.000,00 € del bilancio regionale");
    expect(reply.text).toContain("sono stati concessi 2.466.804,74 € a 26 progetti");
  });

  it("gives the 2014-2016 results", () => {
    expect(ask("risultati della programmazione 2014-2016").reply.text).toContain(
      "oltre 300 progetti, il 56% relativi a servizi di cura e socio-educativi, con 15 Reti territoriali, 63 Alleanze locali e 1.104 enti",
    );
  });
});

describe("which ATS", () => {
  it.each([
    ["abito a Breno, a chi mi rivolgo?", "ATS della Montagna"],
    ["lavoro a Darfo Boario Terme, quale ats?", "ATS della Montagna"],
    ["sono di Cantù, a quale ATS mi rivolgo", "ATS dell'Insubria"],
    ["vivo a Gravedona ed Uniti, che ats?", "ATS della Montagna"],
    ["a quale ATS mi rivolgo? sono in provincia di Lodi", "ATS della Città Metropolitana di Milano"],
  ])("%s → %s", (text, ats) => {
    expect(ask(text).reply.text).toContain(`quella dell'${ats}`);
  });

  it("asks for the comune in the province of Brescia", () => {
    const answer = ask("a quale ATS mi rivolgo? sono in provincia di Brescia");
    expect(answer.reply.text).toBe(
      "La provincia di Brescia è divisa tra due ATS: una parte (Valcamonica) fa capo all'ATS della Montagna. In quale comune vivi o lavori?",
    );
  });

  it("uses the comune the understanding layer recognised", () => {
    const answer = ask("a chi mi rivolgo?", { entities: { province: "CO", comune: "Dongo" } });
    expect(answer.reply.text).toContain(
      "Per Dongo la rete di conciliazione è quella dell'ATS della Montagna",
    );
  });

  it("asks where the person lives when it does not know", () => {
    expect(ask("a quale ATS mi rivolgo?").reply.text).toContain("In quale provincia o comune vivi o lavori?");
  });
});

describe("topic selection from data keywords", () => {
  it.each<[string, TopicId]>([
    ["cosa finanzia il bando POR FSE?", "por_fse_notice"],
    ["fino a quando posso fare domanda? qual è la scadenza", "deadlines"],
    ["come funzionano le alleanze locali?", "networks_alliances"],
    ["what is the maximum grant?", "max_grant"],
    ["how much money was there?", "funding"],
    ["c'è un indirizzo email?", "contacts"],
    ["campagna stampa e social", "communication"],
  ])("%s → %s", (text, topic) => {
    expect(ask(text).topic).toBe(topic);
  });

  it("follows the topic the dialog passes, and the intent when no keyword matches", () => {
    expect(ask("e quindi?", { topic: "max_grant" }).topic).toBe("max_grant");
    expect(ask("e quindi?", { intent: "find_network" }).topic).toBe("which_ats");
    expect(ask("e quindi?").topic).toBe("overview");
  });

  it("offers follow-up questions as buttons whose value is the question itself", () => {
    const { reply } = ask("qual è il contributo massimo?");
    expect(reply.buttons).toEqual([
      { label: "Quanti progetti sono stati finanziati?", value: "Quanti progetti sono stati finanziati?" },
      { label: "Cosa finanzia l'Avviso POR FSE?", value: "Cosa finanzia l'Avviso POR FSE?" },
    ]);
  });
});
