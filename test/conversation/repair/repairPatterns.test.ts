import { describe, expect, it } from "vitest";
import { handleTurn } from "../../../src/conversation/dialog/handleTurn.ts";
import type { TurnContext } from "../../../src/conversation/dialog/TurnDeps.ts";
import { handleChannelTurn } from "../../../src/conversation/feedback/handleChannelTurn.ts";
import { initialState } from "../../../src/conversation/state/initialState.ts";
import { FAMILY_REQUEST_TO_REVIEW } from "../../integration/conversation/support/talk.ts";
import { createTestDeps } from "../support/createTestDeps.ts";
import { labels, last, said } from "../support/replyHelpers.ts";
import { OPEN_QUEUE, openChat, type Transcript } from "../support/Transcript.ts";

const CONTEXT: TurnContext = { channel: "web", handoff: "none" };

/** The family request up to its consent question (FAMILY_REQUEST_TO_REVIEW's first six messages). */
async function toConsent(c: Transcript): Promise<void> {
  for (const text of FAMILY_REQUEST_TO_REVIEW.slice(0, 6)) await c.send(text);
}

describe("follow-ups reuse the last question with the new detail", () => {
  it("answers «e a Brescia?» and «and Monza?» about the networks after a question on Pavia", async () => {
    const c = await openChat();
    expect(said(await c.send("a che ATS devo rivolgermi se abito a Pavia?"))).toContain("ATS di Pavia");
    const brescia = await c.send("e a Brescia?");
    expect(said(brescia)).toContain("Brescia");
    expect(said(brescia)).not.toContain("ATS di Pavia");
    expect(said(await c.send("and Monza?"))).toContain("Brianza");
  });

  it("reads an ellipsis in the light of the last answer: «e per le famiglie?», «e gli altri che fine fanno?»", async () => {
    const c = await openChat();
    await c.send("cosa finanzia il programma per le aziende?");
    expect(said(await c.send("e per le famiglie?"))).toContain("rivolte alle famiglie");
    await c.send("quanti progetti ammessi e quanti finanziati?");
    expect(said(await c.send("e gli altri che fine fanno?"))).toContain("scorrimento della graduatoria");
    const fresh = await openChat();
    expect(said(await fresh.send("e gli altri che fine fanno?"))).not.toContain("scorrimento");
  });

  it("answers «e il sito?», «quando è stato emanato?» and «e Menaggio?» in the light of the answer before", async () => {
    const c = await openChat();
    await c.send("a che ATS appartiene Lecco?");
    expect(said(await c.send("e il sito?"))).toContain("https://www.ats-brianza.it");
    await c.send("qual è il contributo massimo dell'avviso POR FSE?");
    expect(said(await c.send("quando è stato emanato?"))).toContain("10 marzo 2017");
    await c.send("a che ATS appartiene Como?");
    expect(said(await c.send("e Menaggio?"))).toContain("Per Menaggio");
  });

  it("names the province that got least, asked directly or as «e quella con meno?» after a figure", async () => {
    const c = await openChat();
    expect(said(await c.send("quale provincia ha ricevuto meno contributi?"))).toContain(
      "Monza e Brianza (97.232,72 €)",
    );
    await c.send("quanti progetti sono stati finanziati a Brescia?");
    const least = said(await c.send("e quella con meno?"));
    expect(least).toContain("Como: nessun progetto finanziato");
    expect(least).toContain("Monza e Brianza");
  });

  it("does not ask which «rete» when the document's topic is clear («quante reti ci sono oggi?»)", async () => {
    const c = await openChat();
    expect(said(await c.send("quante reti ci sono oggi?"))).toContain("in 8");
  });

  it("keeps a figure's topic for «e Lecco?» after a figure on Sondrio, even when the question named the network", async () => {
    const c = await openChat();
    await c.send("quanto ha avuto Sondrio dal POR FSE?");
    expect(said(await c.send("e Lecco?"))).toContain("99.999,00");
  });

  it("asks a follow-up on a figure in the middle of the interview, then the pending question again", async () => {
    const c = await openChat();
    await c.send("Impresa");
    const question = last(await c.send("quanti progetti POR FSE ci sono stati a Bergamo?")).text;
    const followUp = await c.send("e Lodi?");
    expect(said(followUp)).toContain("Lodi");
    expect(last(followUp).text).toContain(question.split("?")[0]?.slice(-20) ?? "");
    expect(c.state.step.kind).toBe("interview");
  });
});

describe("corrections update the profile and what depends on it", () => {
  it("recomputes after «scusa ho sbagliato, siamo in 3» and says what changed", async () => {
    const c = await openChat();
    await c.send("ho una bottega artigiana a Cremona, siamo in 6");
    const corrected = await c.send("scusa ho sbagliato, siamo in 3 compreso me");
    expect(said(corrected)).toContain("Ho corretto: 3 persone al lavoro");
    expect(c.state.profile.workers).toBe(3);
  });

  it("after a verdict, names the action a smaller firm brings into play, asks what it needs, then says only what changed", async () => {
    const c = await openChat();
    await c.send("ho una bottega artigiana a Cremona, siamo in 6");
    const corrected = await c.send("scusa ho sbagliato, siamo in 3 compreso me");
    expect(said(corrected)).toContain("potrebbe fare per te anche «Time saving");
    expect(corrected.flatMap((r) => r.channelData.actions ?? [])).toContain("firm.time_saving");
    expect(c.state.step).toEqual({ kind: "interview", field: "chores_unrelated_to_business" });
    const verdict = await c.send("sì");
    expect(said(verdict)).toContain("Ora fa per te anche «Time saving");
    expect(said(verdict)).not.toContain("Non adatte:");
    expect(verdict.flatMap((r) => r.channelData.actions ?? [])[0]).toBe("firm.time_saving");
    const again = await c.send("anzi siamo in 5");
    expect(said(again)).toContain("Non fa più per te «Time saving");
    expect(c.state.recommended).not.toContain("firm.time_saving");
  });

  it("takes «sorry, I meant yes» as a new answer to the question before, and asks the pending one again", async () => {
    const c = await openChat();
    c.state.lang = "en";
    await c.sendAll("Family", "Under 3");
    const pending = last(await c.send("No")).text;
    const reply = await c.send("sorry, I meant yes, I do work");
    expect(c.state.profile.working_family).toBe(true);
    expect(said(reply)).toContain("Corrected");
    expect(last(reply).text).toBe(pending);
  });

  it("reads «siamo 2, io e mia moglie» in a firm's interview as two workers, not as a family", async () => {
    const c = await openChat();
    await c.sendAll("Impresa", "12");
    const reply = await c.send("ah no scusa, siamo 2, io e mia moglie");
    expect(said(reply)).toContain("2 persone al lavoro");
    expect(c.state.profile.applicant_kind).not.toBe("family");
    expect(c.state.audience).toBe("firm");
  });

  it("corrects the province in a form from «non sono a Bergamo ma a Como», not the comune being asked", async () => {
    const c = await openChat();
    await toConsent(c);
    await c.sendAll("Acconsento", "Giulia Verdi", "VRDLCU79E55F205Q");
    expect(c.state.step).toMatchObject({ kind: "form_field", field: "comune" });
    const reply = await c.send("ho sbagliato prima, non sono a Bergamo ma a Como");
    expect(said(reply)).toContain("Como (CO)");
    expect(c.state.form?.values.province).toBe("CO");
    expect(c.state.form?.values.comune).toBeUndefined();
    expect(c.state.profile.province).toBe("CO");
  });

  it("on the summary, adds a phone typed in a sentence and finds «the email please» as the email field", async () => {
    const c = await openChat();
    for (const text of FAMILY_REQUEST_TO_REVIEW) await c.send(text);
    const added = await c.send("vorrei aggiungere il telefono: 347 765 4321");
    expect(said(added)).toContain("347");
    expect(c.state.step.kind).toBe("form_review");
    c.state.lang = "en";
    await c.send("change the email please");
    expect(c.state.step).toMatchObject({ kind: "form_field", field: "email" });
  });

  it("answers where the request goes and why the province is asked, then the pending step again", async () => {
    const c = await openChat();
    for (const text of FAMILY_REQUEST_TO_REVIEW) await c.send(text);
    expect(said(await c.send("prima di inviare: la richiesta va anche alla mia ATS?"))).toContain(
      "Non serve mandarla anche all'ATS",
    );
    expect(c.state.step.kind).toBe("form_review");
    const place = await openChat();
    await place.send("a quale ATS mi rivolgo?");
    expect(said(await place.send("perché mi chiedi la provincia?"))).toContain("solo per indicarti la rete");
  });

  it("corrects a name said with its field in a form («il nome l'ho scritto male: è …») and refuses a sentence as a name", async () => {
    const c = await openChat();
    await toConsent(c);
    await c.send("Acconsento");
    expect(said(await c.send("omg this is taking forever"))).toContain("Mi servono nome e cognome");
    await c.sendAll("Giulia Verdi", "VRDLCU79E55F205Q");
    const reply = await c.send("aspetta, il nome l'ho scritto male: è Giulia Verdini");
    expect(said(reply)).toContain("Giulia Verdini");
    expect(c.state.form?.values.full_name).toBe("Giulia Verdini");
    expect(c.state.form?.values.comune).toBeUndefined();
  });

  it("changes door mid-interview on «anzi no, chiedo per la mia famiglia» and «no scusa, sono un'impresa»", async () => {
    const c = await openChat();
    await c.sendAll("Impresa", "anzi no, chiedo per la mia famiglia");
    expect(c.state.audience).toBe("family");
    expect(c.state.step).toEqual({ kind: "interview", field: "children_ages" });
    await c.send("no scusa, sono un'impresa");
    expect(c.state.audience).toBe("firm");
  });

  it("corrects the workers at the comune question instead of taking «scusa siamo 3» for a comune", async () => {
    const c = await openChat();
    await c.sendAll("impresa", "abbiamo 40 dipendenti a Brescia");
    const reply = await c.send("anzi no scusa siamo 3");
    expect(said(reply)).toContain("Ho corretto: 3 persone al lavoro");
    expect(c.state.profile.comune).toBeUndefined();
    expect(c.state.step).toEqual({ kind: "interview", field: "comune" });
  });

  it("takes «Bergamo, anzi no scusa, Brescia» as Brescia at the place question", async () => {
    const c = await openChat();
    await c.send("a quale ATS mi rivolgo?");
    const reply = await c.send("Bergamo, anzi no scusa, Brescia");
    expect(said(reply)).toContain("Brescia");
    expect(said(reply)).not.toContain("ATS di Bergamo");
  });

  it("corrects the email on the summary card from free wording", async () => {
    const c = await openChat();
    for (const text of FAMILY_REQUEST_TO_REVIEW) await c.send(text);
    expect(c.state.step.kind).toBe("form_review");
    const reply = await c.send("ho sbagliato la mail, è giulia.v@example.org");
    expect(said(reply)).toContain("giulia.v@example.org");
    expect(c.state.form?.values.email).toBe("giulia.v@example.org");
    expect(c.state.step.kind).toBe("form_review");
  });
});

describe("a person, asked for in words", () => {
  it("hands over on «I'd rather speak to someone» in the middle of the interview and asks the pending question again", async () => {
    const c = await openChat();
    c.state.lang = "en";
    await c.send("Family");
    const reply = await c.send("I'd rather speak to someone");
    expect(c.effectsOf("handoff")).toEqual([{ kind: "handoff", reason: "user_request" }]);
    expect(c.state.step.kind).toBe("interview");
    expect(last(reply).buttons.length).toBeGreaterThan(0);
  });
});

describe("answers that are not the expected words", () => {
  it("takes a place said at another interview question and asks that question again", async () => {
    const c = await openChat();
    await c.sendAll("Famiglia", "Meno di 3 anni", "Sì");
    const pending = c.state.step;
    const reply = await c.send("Bergamo");
    expect(said(reply)).toContain("Ho capito: provincia di Bergamo");
    expect(c.state.profile.province).toBe("BG");
    expect(c.state.step).toEqual(pending);
  });

  it("does not take the place a figure is asked about for where the person lives", async () => {
    const c = await openChat();
    await c.sendAll("Impresa", "quanti progetti POR FSE ci sono stati a Bergamo?");
    expect(c.state.profile.province).toBeUndefined();
  });

  it("skips a question whose id differs from its field, and picks «dopo scuola» among a form's options", async () => {
    const c = await openChat();
    await c.sendAll("Impresa", "salta");
    expect(c.state.step).not.toEqual({ kind: "interview", field: "workers" });
    const f = await openChat();
    await toConsent(f);
    for (const text of ["Acconsento", "Giulia Verdi", "VRDLCU79E55F205Q", "Treviglio", "dopo scuola"])
      await f.send(text);
    expect(f.state.form?.values.need).toBe("pre_post_school");
  });
});

describe("what the document cannot say", () => {
  it("says the document has nothing on a year no period covers, and still answers one it covers", async () => {
    const c = await openChat();
    expect(said(await c.send("quanto è il budget del 2025?"))).toContain(
      "per l'anno che chiedi non dice nulla",
    );
    expect(said(await c.send("quanti progetti a Como nel 2019?"))).toContain("0 progetti");
  });

  it("starts the interview for «mio figlio ha 3 anni, cosa posso avere?» instead of listing every action", async () => {
    const c = await openChat();
    const reply = await c.send("mio figlio ha 3 anni, cosa posso avere?");
    expect(said(reply)).toContain("Ho capito");
    expect(c.state.step.kind).toBe("interview");
  });
});

describe("small talk in the middle of something", () => {
  it("says goodbye mid-interview and keeps the question; answers the scope at a form field and asks it again", async () => {
    const c = await openChat();
    await c.sendAll("Famiglia", "Meno di 3 anni");
    const bye = await c.send("ciao grazie, ci risentiamo");
    expect(said(bye)).toContain("a presto");
    expect(said(bye)).not.toContain("Non ho capito");
    expect(c.state.step.kind).toBe("interview");
    const f = await openChat();
    await toConsent(f);
    await f.sendAll("Acconsento", "Giulia Verdi");
    const weather = await f.send("che tempo fa domani?");
    expect(said(weather)).toContain("Su questo non posso aiutarti");
    expect(last(weather).text).toContain("codice fiscale");
  });
});

describe("from the fourth blind test", () => {
  it("opens the door a short self-description names («ho un'azienda», «we are a company», «I'm a family»)", async () => {
    for (const [text, audience] of [
      ["ho un'azienda", "firm"],
      ["we are a company", "firm"],
      ["I'm a family", "family"],
    ] as const) {
      const c = await openChat();
      await c.send(text);
      expect(c.state.audience).toBe(audience);
      expect(c.state.step.kind).toBe("interview");
    }
  });

  it("says goodbye to «grazie ciao» at the comune question, and a door at the consent changes the request", async () => {
    const c = await openChat();
    await c.send("sono una piccola impresa di 12 dipendenti a Brescia, cosa posso fare?");
    const bye = await c.send("grazie ciao");
    expect(said(bye)).toContain("a presto");
    expect(c.state.profile.comune).toBeUndefined();
    const f = await openChat();
    await f.sendAll("vorrei lasciare una richiesta", "famiglia", "impresa");
    expect(f.state.step).toEqual({ kind: "form_consent", form: "firm_request" });
  });
});

describe("the language of each message", () => {
  it("answers «hello» and «and Monza?» in English when the client says the message is English", async () => {
    const c = await openChat();
    expect(said(await c.send("a che ATS devo rivolgermi se abito a Pavia?"))).toContain("ATS di Pavia");
    expect(said(await c.send("and Monza?", "en"))).toContain("work-life balance network");
    const it = await openChat();
    await it.send("a che ATS devo rivolgermi se abito a Pavia?");
    expect(said(await it.send("e Monza?", "en"))).toContain("rete di conciliazione");
    expect(it.state.lang).toBe("it");
  });

  it("keeps the message's language on the way from the channel to the dialogue", async () => {
    const deps = await createTestDeps();
    const opened = await handleTurn({ kind: "start", lang: "it" }, initialState("it"), CONTEXT, deps);
    const result = await handleChannelTurn(
      { kind: "text", text: "max grant?", lang: "en" },
      opened.state,
      CONTEXT,
      deps,
    );
    expect(said(result.replies)).toContain("never more than €100,000.00");
  });
});

describe("requests and consent in natural words", () => {
  it("asks again for whom on «ok», opens the firm's form on «for my company», takes «potete usare i miei dati» as consent", async () => {
    const c = await openChat();
    await c.send("posso lasciare una richiesta?");
    expect(said(await c.send("ok"))).toContain("Per chi è la richiesta");
    await c.send("per la mia impresa");
    expect(c.state.step).toMatchObject({ kind: "form_consent", form: "firm_request" });
    await c.send("ok va bene, potete usare i miei dati");
    expect(c.state.step.kind).toBe("form_field");
  });

  it("takes «sì» right after a verdict as the request it offered, and a refusal of data in words at the consent", async () => {
    const c = await openChat();
    for (const text of FAMILY_REQUEST_TO_REVIEW.slice(0, 5)) await c.send(text);
    await c.send("si");
    expect(c.state.step).toEqual({ kind: "form_consent", form: "family_request" });
    c.state.lang = "en";
    await c.send("no thanks, I don't want to share data");
    expect(c.state.step.kind).toBe("menu");
    expect(c.state.form).toBeUndefined();
  });

  it("asks for the ages in years when the answer says «uno piccolo e uno grande»", async () => {
    const c = await openChat();
    await c.send("Famiglia");
    const reply = await c.send("uno piccolo e uno grande");
    expect(said(reply)).toContain("Mi servono le età in anni");
    expect(said(reply)).not.toContain("Non ho capito");
    await c.send("2 e 15");
    expect(c.state.profile.children_ages).toHaveLength(2);
  });
});

describe("short replies after a verdict", () => {
  it("says whether an action fits when asked what it is after the verdict, without the verdict again", async () => {
    const c = await openChat();
    await c.sendAll("Impresa", "7", "Varese");
    const smart = await c.send("cos'è di preciso lo smart working nel programma?");
    expect(said(smart)).toContain("co-working");
    expect(said(smart)).toContain("questa azione fa per te");
    expect(said(smart)).not.toContain("Non adatte:");
    const timeSaving = await c.send("e il time saving?");
    expect(said(timeSaving)).toContain("non fa per te – La tua impresa ha 7 occupati");
  });

  it("answers «anche se lavoro part time?» mid-interview, takes the fact and goes on", async () => {
    const c = await openChat();
    await c.sendAll("Famiglia", "Meno di 3 anni");
    const reply = await c.send("ma il voucher lo danno anche se lavoro part time?");
    expect(said(reply)).toContain("senza distinguere tra tempo pieno, part time");
    expect(c.state.profile.working_family).toBe(true);
    expect(c.state.step.kind).toBe("interview");
  });
});

describe("facts said in passing fill the profile and are never asked again", () => {
  it("does not take «disoccupata da due anni» for a child of two", async () => {
    const c = await openChat();
    await c.send("sono disoccupata da due anni e vorrei aprire un baby parking a Lecco");
    expect(c.state.profile.children_ages).toBeUndefined();
    expect(c.state.profile.woman_excluded_from_work).toBe(true);
  });

  it("takes a situation told in several facts as a request for the interview, not for a side topic", async () => {
    const c = await openChat();
    const reply = await c.send(
      "prendiamo già il bonus nido del comune, lavoriamo entrambi, bimbo di 1 anno, siamo a Lodi",
    );
    expect(said(reply)).toContain("Ho capito");
    expect(said(reply)).not.toContain("non parla del bonus nido");
    expect(c.state.profile.already_supported).toBe(true);
  });

  it("says what it understood and skips the questions already answered", async () => {
    const c = await openChat();
    const reply = await c.send(
      "io e mio marito lavoriamo tutti e due, la bimba ha 2 anni e abitiamo a Monza",
    );
    expect(said(reply)).toContain("Ho capito:");
    expect(c.state.profile).toMatchObject({ working_family: true, children_ages: [2], province: "MB" });
    expect(said(reply)).not.toContain("lavora?");
    expect(said(reply)).not.toContain("Quanti anni");
  });

  it("reads several children's ages in one sentence", async () => {
    const c = await openChat();
    await c.send("ho due bambini di 4 e 8 anni, lavoriamo entrambi e abitiamo a Brescia");
    expect(c.state.profile.children_ages).toEqual([4, 8]);
  });
});

describe("leaving, repeating, going back and skipping work in every state", () => {
  it("leaves the interview on «basta, voglio uscire»", async () => {
    const c = await openChat();
    await c.send("Famiglia");
    const reply = await c.send("basta, voglio uscire");
    expect(c.state.step.kind).toBe("menu");
    expect(labels(last(reply))).toContain("Famiglia");
  });

  it("cancels a form right after a validation error", async () => {
    const c = await openChat();
    await toConsent(c);
    await c.sendAll("Acconsento", "Giulia Verdi");
    expect(last(await c.send("VRDLCU79E55")).text).toContain("16 caratteri");
    const reply = await c.send("annulla tutto");
    expect(c.state.form).toBeUndefined();
    expect(said(reply)).toContain("Nulla è stato inviato");
  });

  it("repeats the pending question word for word", async () => {
    const c = await openChat();
    const question = last(await c.send("Famiglia")).text;
    expect(last(await c.send("puoi ripetere?")).text).toBe(question);
  });

  it("goes back to the previous interview question and forgets its answer", async () => {
    const c = await openChat();
    const first = last(await c.send("Famiglia")).text;
    await c.send("Meno di 3 anni");
    expect(c.state.profile.children_ages).toBeDefined();
    expect(last(await c.send("torna indietro")).text).toBe(first);
    expect(c.state.profile.children_ages).toBeUndefined();
  });

  it("skips an interview question on «non lo so» and does not ask it again", async () => {
    const c = await openChat();
    await c.send("Famiglia");
    const asked = c.state.step;
    const reply = await c.send("non lo so");
    expect(said(reply)).toContain("saltiamo");
    expect(c.state.step).not.toEqual(asked);
  });
});

describe("yes and no in natural wording", () => {
  it("accepts «ok acconsento» at the consent and «sì, va benissimo, manda pure» on the summary", async () => {
    const c = await openChat();
    await toConsent(c);
    expect(last(await c.send("ok acconsento")).channelData.form).toEqual({
      id: "family_request",
      field: "full_name",
    });
  });

  it("declines on «nah, I'd rather not share my data»", async () => {
    const c = await openChat();
    await c.sendAll("I'd like to leave a request for my family", "nah, I'd rather not share my data");
    expect(c.state.step.kind).toBe("menu");
    expect(c.state.form).toBeUndefined();
  });
});

describe("asking for a form at any time", () => {
  it("starts the form that fits the interview when asked mid-interview", async () => {
    const c = await openChat();
    await c.send("Impresa");
    const reply = await c.send("senti, preferisco essere ricontattato da voi");
    expect(last(reply).channelData.form).toEqual({ id: "firm_request", field: "consent" });
  });

  it("asks for whom when nothing is known, and the chosen door opens the form", async () => {
    const c = await openChat();
    const reply = await c.send("vorrei lasciare i miei dati per essere ricontattata");
    expect(labels(last(reply))).toEqual(["Impresa", "Famiglia", "Voglio avviare un'attività"]);
    expect(last(await c.send("Famiglia")).channelData.form).toEqual({
      id: "family_request",
      field: "consent",
    });
  });
});

describe("waiting for a person", () => {
  it("tells the place in line on «quanto devo aspettare?» and withdraws on «lascia perdere»", async () => {
    const c = await openChat();
    c.queue = { ...OPEN_QUEUE, position: 2, expectedWaitMinutes: 10 };
    await c.send("voglio parlare con una persona");
    expect(c.handoff).toBe("queued");
    expect(said(await c.send("quanto devo aspettare?"))).toContain("Prima di te c'è 1 persona");
    const withdrawn = await c.send("lascia perdere, non mi serve più parlare con qualcuno");
    expect(said(withdrawn)).toContain("ho annullato la richiesta di parlare con una persona");
    expect(last(withdrawn).channelData.handoff).toBeNull();
    expect(c.effectsOf("handoff_withdrawn")).toHaveLength(1);
  });

  it("off hours: offers the mailbox, asks a valid contact and forwards it with a reference", async () => {
    const c = await openChat();
    c.queue = { ...OPEN_QUEUE, onDuty: false, offerMailbox: "closed" };
    const offer = await c.send("voglio parlare con una persona");
    expect(labels(last(offer))).toEqual(["Sì, inoltra", "No, resto in attesa"]);
    expect(said(await c.send("sì grazie, inoltrala"))).toContain("email o un numero di telefono");
    expect(said(await c.send("la mia email è giulia@"))).toContain("Non ho trovato");
    const done = await c.send("la mia email è giulia.verdi@example.it");
    expect(said(done)).toContain("giulia.verdi@example.it");
    const [forward] = c.effectsOf("mailbox_forward");
    expect(forward?.contact).toBe("giulia.verdi@example.it");
    expect(last(done).channelData.reference).toBe(forward?.reference);
  });
});

describe("clarification when two readings are close", () => {
  it("asks «Intendi … oppure …?» with a button per reading, and a button settles it", async () => {
    const c = await openChat();
    const reply = await c.send("mi interessa il centro");
    expect(last(reply).text).toContain("Intendi");
    expect(labels(last(reply))).toHaveLength(2);
    expect(c.effectsOf("handoff")).toHaveLength(0);
    const settled = await c.send(labels(last(reply))[0] ?? "");
    expect(last(settled).text).not.toContain("Intendi");
    expect(last(settled).channelData.intent).toBe("family.school_closure_camps");
  });
});

describe("escalating without a territory", () => {
  it("asks the province with a button row, so the operators of that ATS see the conversation", async () => {
    const c = await openChat();
    c.queue = { ...OPEN_QUEUE, territoryKnown: false };
    const reply = await c.send("voglio parlare con una persona");
    expect(labels(last(reply))).toContain("Brescia");
    expect(c.state.step).toEqual({ kind: "ask_place", field: "province" });
    await c.send("Brescia");
    expect(c.effectsOf("territory").at(-1)).toMatchObject({ province: "BS" });
  });
});

describe("withdrawing while the province is asked", () => {
  it("drops the province question with the request for a person", async () => {
    const c = await openChat();
    c.queue = { ...OPEN_QUEUE, territoryKnown: false };
    await c.send("voglio parlare con una persona");
    expect(c.state.step.kind).toBe("ask_place");
    await c.send("lascia perdere, non mi serve più");
    expect(c.effectsOf("handoff_withdrawn")).toHaveLength(1);
    expect(c.state.step.kind).toBe("menu");
  });
});
