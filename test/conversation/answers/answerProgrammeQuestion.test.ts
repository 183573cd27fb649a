import { describe, expect, it } from "vitest";
import type { TopicId } from "../../../src/content/vocabulary/topicIds.ts";
import {
  answerProgrammeQuestion,
  type ProgrammeQuestion,
} from "../../../src/conversation/answers/answerProgrammeQuestion.ts";
import { realContent } from "../../content/contentFixture.ts";

const content = await realContent();
const TODAY = "2026-05-01";

function ask(text: string, extra: Partial<ProgrammeQuestion> = {}, today = TODAY) {
  return answerProgrammeQuestion(
    { intent: "programme_info", entities: {}, text, lang: "it", ...extra },
    content,
    today,
  );
}
const en = (text: string, extra: Partial<ProgrammeQuestion> = {}) => ask(text, { lang: "en", ...extra });

describe("the questions of the issue", () => {
  it("'quanti progetti sono stati finanziati a Brescia con l'avviso POR FSE?' gives the Brescia figure in the text", () => {
    const answer = ask(
      "quanti progetti sono stati finanziati in provincia di Brescia con l'avviso POR FSE?",
      {
        intent: "por_fse_projects",
      },
    );
    expect(answer.topic).toBe("projects_funded");
    expect(answer.reply.text).toContain(
      "In provincia di Brescia sono stati finanziati 5 progetti dell'Avviso POR FSE, per 427.438,27 € di contributi",
    );
    expect(answer.place).toEqual({ province: "BS" });
  });

  it("'quanti progetti ammessi dal decreto 7132?' gives 54, never a province figure, even when the person is in Como", () => {
    const answer = ask("quanti progetti ammessi dal decreto 7132?", { known: { province: "CO" } });
    expect(answer.reply.text).toContain("sono stati ammessi a finanziamento 54 progetti");
    expect(answer.reply.text).toContain("di cui 26 finanziati per 2.466.804,74 €");
    expect(answer.reply.text).not.toContain("Como");
  });

  it("'posso ancora presentare domanda per i voucher dei piani 2017-2018?' says no, with the dates and whom to ask", () => {
    const answer = ask("posso ancora presentare domanda per i voucher dei piani 2017-2018?");
    expect(answer.topic).toBe("apply_now");
    expect(answer.reply.text).toMatch(
      /^No: le domande per la programmazione 2017-2018 non si possono più presentare/,
    );
    expect(answer.reply.text).toContain("15 gennaio 2019");
    expect(answer.reply.text).toContain("conciliazione@regione.lombardia.it");
  });

  it("'quanto vale il voucher nido?' says in one sentence that the document does not give it, and whom to ask", () => {
    const answer = ask("quanto vale il voucher nido?", { intent: "family.childcare_voucher" });
    expect(answer.topic).toBe("benefit_amount");
    expect(answer.kind).toBe("not_in_document");
    expect(answer.reply.text).toMatch(/^Il documento del programma non indica l'importo dei singoli voucher/);
    expect(answer.reply.text).toContain("rete di conciliazione");
    expect(answer.reply.text).toContain("conciliazione@regione.lombardia.it");
    expect(answer.source).toBeUndefined();
  });

  it("'elencami le 8 ATS' lists the eight ATS with their territories", () => {
    const answer = ask("elencami le 8 ATS");
    expect(answer.topic).toBe("ats_list");
    const lines = answer.reply.text.split("\n").filter((l) => l.startsWith("- ATS"));
    expect(lines).toHaveLength(8);
    expect(answer.reply.text).toContain("- ATS della Val Padana: province di Cremona e di Mantova");
    expect(answer.reply.text).toContain(
      "- ATS della Montagna: provincia di Sondrio, Valcamonica e Alto Lario",
    );
  });

  it("'abito a Sondrio, a quale ATS mi rivolgo?' gets ATS della Montagna", () => {
    const answer = ask("abito a Sondrio, a quale ATS mi rivolgo?", { intent: "find_network" });
    expect(answer.topic).toBe("which_ats");
    expect(answer.kind).toBe("navigation");
    expect(answer.reply.text).toMatch(
      /^Per Sondrio la rete di conciliazione è quella dell'ATS della Montagna: https:\/\/www\.ats-montagna\.it\./,
    );
  });
});

describe("sources", () => {
  it("ends a document fact with a short source line, also returned for channelData", () => {
    const answer = ask("qual è il contributo massimo?");
    expect(answer.reply.text.endsWith("\n\nFonte: Avviso POR FSE del 10 marzo 2017")).toBe(true);
    expect(answer.source).toBe("Avviso POR FSE del 10 marzo 2017");
    expect(answer.reply.channelData.source).toBe("Avviso POR FSE del 10 marzo 2017");
  });

  it("names the notice and the decree for the funded projects", () => {
    expect(ask("quanti progetti finanziati?").source).toBe(
      "Avviso POR FSE del 10 marzo 2017, decreto n. 7132 del 15 giugno 2017",
    );
  });

  it("names the list an action comes from", () => {
    expect(ask("chi può chiedere il time saving?").source).toBe(
      "programmazione 2017-2018, «Le azioni finanziabili rivolte alle imprese»",
    );
    expect(ask("a chi è rivolto il pre e dopo scuola?").source).toBe(
      "programmazione 2017-2018, «Le azioni finanziabili rivolte alle famiglie»",
    );
    expect(ask("quali azioni si possono finanziare anche con il POR FSE?").source).toBe(
      "programmazione 2017-2018, azioni per le famiglie «*anche con fondi POR FSE»",
    );
    expect(ask("quante reti c'erano nel 2014-2016?").source).toBe(
      "programmazione 2017-2018, «Il modello lombardo» (risultati 2014/2016)",
    );
  });

  it("cites in English in English", () => {
    expect(en("What is the maximum grant?").reply.text).toMatch(
      /\n\nSource: POR FSE notice of 10 March 2017$/,
    );
  });

  it("gives every document fact a source, and no source to what the document does not say", () => {
    for (const topic of content.topics.topics) {
      const answer = ask("?", { topic: topic.id });
      if (topic.kind === "fact") expect(answer.source, topic.id).toBeTruthy();
      if (topic.kind === "not_in_document") expect(answer.source, topic.id).toBeUndefined();
    }
  });
});

describe("honesty about what the document does not say", () => {
  it.each<[string, TopicId, string]>([
    ["serve l'ISEE?", "income_requirements", "non parla di ISEE"],
    ["c'è un limite di età per il centro estivo?", "age_limits", "non fissa limiti di età"],
    ["se ho il bonus nido INPS posso avere anche il voucher?", "inps_bonus", "non parla del bonus nido INPS"],
    ["quali documenti servono per fare domanda?", "application_documents", "non indica quali documenti"],
    [
      "qual è la scadenza del bando ATS di quest'anno?",
      "current_calls",
      "non dice quali bandi delle ATS sono aperti oggi",
    ],
    [
      "nei tre occupati si conta anche il titolare?",
      "owner_counted",
      "non precisa se il titolare rientra nel conto",
    ],
    [
      "bisogna essere residenti in Lombardia?",
      "residency_requirements",
      "non indica requisiti di cittadinanza o di residenza",
    ],
    ["quando arrivano i soldi del voucher?", "payment_timing", "non indica i tempi di erogazione"],
    ["quanto mi rimborsano per la baby-sitter?", "benefit_amount", "non indica l'importo"],
  ])("%s → %s", (text, topic, phrase) => {
    const answer = ask(text);
    expect(answer.topic).toBe(topic);
    expect(answer.kind).toBe("not_in_document");
    expect(answer.reply.text).toContain(phrase);
    expect(answer.reply.text).toContain("conciliazione@regione.lombardia.it");
    expect(answer.reply.text).toMatch(/rete di conciliazione/);
  });

  it("never states a figure the document does not have in an honest answer", () => {
    for (const text of ["serve l'ISEE?", "fino a che età vale il voucher?", "quali documenti servono?"]) {
      expect(ask(text).reply.text).not.toMatch(/\d/);
    }
  });

  it("names the person's ATS when the place is known", () => {
    const answer = ask("serve l'ISEE?", { known: { province: "LC" } });
    expect(answer.reply.text).toContain(
      "rivolgiti alla rete di conciliazione dell'ATS della Brianza (https://www.ats-brianza.it)",
    );
  });

  it("says so in English too", () => {
    expect(en("Is there an income limit?").reply.text).toMatch(
      /^The programme document does not mention ISEE/,
    );
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
    expect(ask("posso ancora fare domanda?", {}, "2018-03-01").reply.text).toMatch(
      /^La programmazione 2017-2018 è in corso fino al 15 gennaio 2019/,
    );
  });
});

describe("figures", () => {
  it("gives the totals: 54 admitted, 26 funded, 2.466.804,74 €, the planned scorrimento and 44 + 8 in the plans", () => {
    const { reply } = ask("quanti progetti sono stati finanziati?");
    expect(reply.text).toContain(
      "Con il decreto n. 7132 del 15 giugno 2017 sono stati ammessi a finanziamento 54 progetti",
    );
    expect(reply.text).toContain("di cui 26 finanziati per 2.466.804,74 €");
    expect(reply.text).toContain("scorrimento della graduatoria");
    expect(reply.text).toContain("44 progetti delle Alleanze locali e 8 azioni di sistema");
  });

  it("gives Monza e Brianza's corrected amount, never the misprint", () => {
    const { reply } = ask("quanti progetti in Brianza?");
    expect(reply.text).toContain("è stato finanziato 1 progetto dell'Avviso POR FSE, per 97.232,72 €");
    expect(reply.text).not.toContain("97.232.72");
  });

  it("says that no project was funded in Como", () => {
    expect(ask("quanti progetti a Como?").reply.text).toContain("In provincia di Como nessun progetto");
    expect(en("Did Como get any project?").reply.text).toContain(
      "The province of Como got no project funded",
    );
    expect(en("Did Como get any project?").reply.text).toContain("0 projects, €0.00");
  });

  it.each<[string, string, string]>([
    ["BG", "1 progetto", "99.978,00 €"],
    ["BS", "5 progetti", "427.438,27 €"],
    ["CR", "2 progetti", "199.999,98 €"],
    ["LC", "1 progetto", "99.999,00 €"],
    ["LO", "1 progetto", "99.657,36 €"],
    ["MN", "3 progetti", "288.090,03 €"],
    ["MI", "5 progetti", "495.995,08 €"],
    ["MB", "1 progetto", "97.232,72 €"],
    ["PV", "2 progetti", "199.999,00 €"],
    ["SO", "1 progetto", "99.900,00 €"],
    ["VA", "4 progetti", "358.515,30 €"],
  ])("gives %s its projects and amount", (province, projects, amount) => {
    const { reply } = ask("quanti progetti finanziati?", { entities: { province: province as "BG" } });
    expect(reply.text).toContain(projects.replace(/ progett[oi]/, ""));
    expect(reply.text).toContain(amount);
  });

  it("lists the whole table by province, Como with no project, and the total", () => {
    const { reply, topic } = ask("fammi vedere la tabella dei progetti per provincia");
    expect(topic).toBe("projects_table");
    expect(reply.text).toContain("- Brescia: 5 progetti, 427.438,27 €");
    expect(reply.text).toContain("- Como: nessun progetto, 0,00 €");
    expect(reply.text).toContain("- Monza e Brianza: 1 progetto, 97.232,72 €");
    expect(reply.text).toContain("Totale: 26 progetti, 2.466.804,74 €");
  });

  it("says which provinces had the most projects and the largest grant", () => {
    const { reply } = ask("quale provincia ha avuto più progetti?");
    expect(reply.text).toContain(
      "le province con più progetti finanziati sono Brescia e Milano (5 ciascuna)",
    );
    expect(reply.text).toContain("Milano (495.995,08 €)");
    expect(reply.text).toContain("Como: nessun progetto finanziato.");
  });

  it("tells admitted from funded by province: the document gives only the funded ones", () => {
    const { reply } = ask("quanti progetti sono stati ammessi a Milano?");
    expect(reply.text).toMatch(
      /^Per provincia il documento dà solo i progetti finanziati: in provincia di Milano sono stati finanziati 5 progetti/,
    );
    expect(reply.text).toContain("ha ammesso 54 progetti e ne ha finanziati 26");
  });

  it("explains the scorrimento della graduatoria without inventing when or how much", () => {
    const { reply, topic } = ask("che fine fanno i progetti ammessi ma non finanziati?");
    expect(topic).toBe("further_funding");
    expect(reply.text).toContain("Dei 54 progetti ammessi");
    expect(reply.text).toContain("26 sono stati finanziati subito");
    expect(reply.text).toContain(
      "scorrimento della graduatoria e il finanziamento di tutti i progetti ammessi",
    );
    expect(reply.text).toContain("non dice quando né con quali importi");
  });

  it("gives the money: 3,5 million of regional budget and the POR FSE total", () => {
    const { reply } = ask("quanti soldi ci sono?");
    expect(reply.text).toContain("3,5 milioni di euro di risorse del bilancio regionale");
    expect(reply.text).toContain("sono stati concessi 2.466.804,74 € a 26 progetti");
  });

  it("gives a province's money and says the document does not split the regional budget", () => {
    const { reply } = ask("quanti soldi ha ricevuto Mantova?");
    expect(reply.text).toContain(
      "In provincia di Mantova l'Avviso POR FSE ha concesso 288.090,03 € a 3 progetti",
    );
    expect(reply.text).toContain(
      "Il documento non dice come i 3,5 milioni di euro del bilancio regionale sono stati ripartiti",
    );
  });

  it("gives the 2014-2016 results", () => {
    expect(ask("risultati della programmazione 2014-2016").reply.text).toContain(
      "sono stati realizzati oltre 300 progetti, il 56% relativi a servizi di cura e socio-educativi. C'erano 15 Reti territoriali di conciliazione, 63 partnership pubblico-privato (Alleanze locali di conciliazione) e 1.104 enti",
    );
  });

  it("gives the 80% and 100.000,00 € cap", () => {
    expect(ask("che percentuale del costo copre il contributo?").reply.text).toContain(
      "fino all'80% del costo totale ammissibile, e comunque non più di 100.000,00 €",
    );
  });
});

describe("numbers and dates in the person's language", () => {
  it("writes amounts the English way in English", () => {
    const answer = en("How many projects were funded in Milan?");
    expect(answer.reply.text).toContain(
      "In the province of Milano 5 POR FSE projects were funded, for €495,995.08 in grants",
    );
    expect(answer.reply.text).toContain("€2,466,804.74 across Lombardy");
    expect(answer.reply.text).not.toMatch(/\d\.\d{3},\d{2}/);
  });

  it("says 3.5 million and 1,104 in English, 3,5 milioni and 1.104 in Italian", () => {
    expect(en("How much money did the region provide?").reply.text).toContain(
      "€3.5 million from the regional budget",
    );
    expect(en("How many member bodies did the networks have in 2014-2016?").reply.text).toContain(
      "1,104 public and private bodies",
    );
    expect(ask("quanti enti aderivano alle reti nel 2014-2016?").reply.text).toContain("1.104 enti");
  });

  it("writes dates with English month names in English", () => {
    expect(en("When do all activities have to end?").reply.text).toContain("by 15 January 2019");
    expect(en("When did the projects start?").reply.text).toContain("in July 2017");
    expect(ask("quando sono partiti i progetti?").reply.text).toContain("luglio 2017");
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
    expect(answer.place).toEqual({ province: "CO", comune: "Dongo" });
  });

  it("uses the place the conversation already knows", () => {
    expect(ask("a quale ATS mi rivolgo?", { known: { province: "PV" } }).reply.text).toContain(
      "ATS di Pavia",
    );
  });

  it("asks where the person lives when it does not know", () => {
    expect(ask("a quale ATS mi rivolgo?").reply.text).toContain("In quale provincia o comune vivi o lavori?");
  });

  it("moves from the list of ATS to the ATS of a place the message names", () => {
    expect(ask("e a Lodi?", { topic: "ats_list" }).topic).toBe("which_ats");
  });
});

describe("questions naming an ATS", () => {
  it("says what an ATS covers, and takes 'ATS della Brianza' for the ATS, not the province", () => {
    const answer = ask("quali province copre l'ATS della Brianza?", { entities: { province: "MB" } });
    expect(answer.reply.text).toMatch(/^L'ATS della Brianza copre: province di Monza e Brianza e di Lecco\./);
    expect(answer.place).toBeUndefined();
  });

  it("gives an ATS's figures by province, saying the document has none by ATS", () => {
    const { reply } = ask("quanti progetti sono stati finanziati nell'ATS della Val Padana?");
    expect(reply.text).toContain(
      "Il documento dà i progetti finanziati con l'Avviso POR FSE per provincia, non per ATS",
    );
    expect(reply.text).toContain("- Cremona: 2 progetti, 199.999,98 €\n- Mantova: 3 progetti, 288.090,03 €");
  });

  it("does not split the regional budget by ATS", () => {
    expect(en("How much money did ATS Insubria get?").reply.text).toContain(
      "does not say how the €3.5 million from the regional budget were shared among the territories",
    );
  });
});

describe("follow-ups the dialog re-asks with a new place", () => {
  it("uses the place of the previous answer when the follow-up names none", () => {
    const answer = ask("e quanti progetti erano?", { carried: { province: "MI" } });
    expect(answer.reply.text).toContain("In provincia di Milano sono stati finanziati 5 progetti");
  });

  it("prefers the place the follow-up names to the one carried", () => {
    const answer = ask("e a Pavia?", { topic: "projects_funded", carried: { province: "MI" } });
    expect(answer.reply.text).toContain("In provincia di Pavia sono stati finanziati 2 progetti");
  });

  it("keeps talking about the action of the previous answer", () => {
    const answer = en("and can a network of firms apply for that too?", {
      topic: "action_info",
      carriedAction: "firm.second_level_bargaining",
    });
    expect(answer.reply.text).toMatch(
      /^Territorial bargaining and second-level agreements: .*networks of firms/,
    );
    expect(answer.actions).toEqual(["firm.second_level_bargaining"]);
  });

  it("re-asks the funded projects for Lodi", () => {
    const answer = ask("e a Lodi?", { topic: "projects_funded", entities: { province: "LO" } });
    expect(answer.reply.text).toContain(
      "In provincia di Lodi è stato finanziato 1 progetto dell'Avviso POR FSE, per 99.657,36 €",
    );
    expect(answer.place).toEqual({ province: "LO" });
  });

  it("re-asks the money for Como in English", () => {
    const answer = en("and Como?", { topic: "funding" });
    expect(answer.reply.text).toContain("The POR FSE notice funded no project in the province of Como");
  });
});

describe("topic selection from data rules", () => {
  it.each<[string, TopicId]>([
    ["cosa finanzia il bando POR FSE?", "por_fse_notice"],
    ["fino a quando posso fare domanda? qual è la scadenza", "apply_now"],
    ["come funzionano le alleanze locali?", "networks_alliances"],
    ["what is the maximum grant?", "max_grant"],
    ["how much money was there?", "funding"],
    ["c'è un indirizzo email?", "contacts"],
    ["campagna stampa e social", "communication"],
    ["perché le reti sono passate da 15 a 8?", "networks_reorganisation"],
    ["quale legge ha istituito le ATS?", "networks_reorganisation"],
    ["che ruolo ha l'ATS?", "ats_role"],
    ["cos'è il documento territoriale di indirizzo?", "ats_role"],
    ["quando sono stati validati i piani territoriali?", "deadlines"],
    ["cosa sono le azioni di sistema?", "territorial_plans"],
    ["quali azioni si possono finanziare anche con il POR FSE?", "por_fse_actions"],
    ["quali sono le azioni per le famiglie?", "actions"],
    ["quali sono le novità della programmazione 2017-2018?", "novelties"],
    ["su cosa si basa il successo degli interventi?", "communication"],
    ["su quale asse è l'avviso?", "por_fse_notice"],
    ["il contributo è a fondo perduto?", "max_grant"],
    ["cos'è la rete WHP?", "action_info"],
  ])("%s → %s", (text, topic) => {
    expect(ask(text).topic).toBe(topic);
  });

  it("follows the topic the dialog passes, and the intent when no rule matches", () => {
    expect(ask("e quindi?", { topic: "max_grant" }).topic).toBe("max_grant");
    expect(ask("e quindi?", { intent: "find_network" }).topic).toBe("which_ats");
    expect(ask("e quindi?").topic).toBe("overview");
  });

  it("says the document does not count projects or beneficiaries by action", () => {
    expect(ask("quanti progetti di time saving sono stati finanziati?").reply.text).toMatch(
      /^Il documento non dice quanti progetti riguardano «Time saving per piccoli negozi e botteghe artigiane»: dà solo i totali/,
    );
    const families = ask("quante famiglie hanno usato i voucher?");
    expect(families.topic).toBe("action_statistics");
    expect(families.kind).toBe("not_in_document");
  });

  it("says whether an action can also be funded by POR FSE", () => {
    expect(ask("il voucher nido si può finanziare con il por fse?").reply.text).toMatch(
      /^Sì: «Voucher per servizi per l'infanzia»/,
    );
    expect(ask("il time saving è finanziato dal por fse?").reply.text).toMatch(/^No: il documento segna/);
  });

  it("offers follow-up questions as buttons whose value is the question itself", () => {
    const { reply } = ask("qual è il contributo massimo?");
    expect(reply.buttons).toEqual([
      { label: "Quanti progetti sono stati finanziati?", value: "Quanti progetti sono stati finanziati?" },
      { label: "Cosa finanzia l'Avviso POR FSE?", value: "Cosa finanzia l'Avviso POR FSE?" },
    ]);
  });

  it("leads every follow-up button to the topic it names", () => {
    for (const topic of content.topics.topics) {
      for (const followUp of topic.follow_ups) {
        for (const lang of ["it", "en"] as const) {
          expect(ask(followUp[lang], { lang }).topic, `${topic.id}: ${followUp[lang]}`).not.toBe(topic.id);
        }
      }
    }
  });
});
