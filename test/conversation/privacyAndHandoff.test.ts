import { describe, expect, it } from "vitest";
import { createTestDeps } from "./support/createTestDeps.ts";
import { labels, last, said } from "./support/replyHelpers.ts";
import { openChat, Transcript } from "./support/Transcript.ts";

async function filedRequest(): Promise<Transcript> {
  const chat = await openChat();
  await chat.sendAll("Impresa", "8", "Como", "Lascia una richiesta", "Acconsento");
  await chat.sendAll(
    "Lario Servizi",
    "12345678903",
    "Cantù",
    "Welfare aziendale",
    "Ada Neri",
    "ada@example.it",
  );
  await chat.sendAll("salta", "salta", "Invia");
  return chat;
}

describe("privacy", () => {
  it("declining consent keeps nothing and asks for no personal data", async () => {
    const chat = await openChat();
    await chat.sendAll("Impresa", "3", "Lascia una richiesta");
    const declined = await chat.send("No, grazie");
    expect(last(declined).text).toContain("non ti chiederò dati personali");
    expect(last(declined).channelData.form).toBeUndefined();
    expect(chat.state.form).toBeUndefined();
    expect(chat.effectsOf("analytics").map((e) => e.event.kind)).toContain("form_consent_declined");
  });

  it("«cancella i miei dati» asks to confirm, saying what will go, then erases and says what was erased", async () => {
    const chat = await filedRequest();
    const reference = chat.state.references[0];
    expect(reference).toBeDefined();
    const confirm = await chat.send("cancella i miei dati");
    expect(last(confirm).text).toContain(`richieste ${reference}`);
    expect(labels(last(confirm))).toEqual(["Sì, cancella", "No"]);
    expect(chat.effectsOf("erase")).toHaveLength(0);

    const done = await chat.send("Sì, cancella");
    expect(last(done).text).toContain("ho cancellato i testi dei messaggi");
    expect(last(done).text).toContain(`richieste ${reference}`);
    expect(last(done).text).toContain("statistiche anonime");
    expect(last(done).channelData.intent).toBe("privacy");
    expect(chat.effectsOf("erase")).toEqual([{ kind: "erase", references: [reference] }]);
    expect(chat.state.profile).toEqual({});
    expect(chat.state.references).toEqual([]);
  });

  it("saying no to the erasure keeps everything and goes back to where the user was", async () => {
    const chat = await openChat();
    await chat.sendAll("Famiglia", "cancella i miei dati");
    const kept = await chat.send("No");
    expect(said(kept)).toContain("non ho cancellato nulla");
    expect(last(kept).text).toContain("Quanti anni hanno i figli");
    expect(chat.effectsOf("erase")).toHaveLength(0);
  });

  it("«delete my data» works in English", async () => {
    const chat = await openChat();
    const confirm = await chat.send("delete my data");
    expect(last(confirm).text).toContain("Do you really want to delete your data?");
    const done = await chat.send("yes");
    expect(last(done).text).toContain("Done: I deleted");
    expect(chat.effectsOf("erase")).toHaveLength(1);
  });
});

describe("a person instead of the bot", () => {
  it("asking for a person queues a handoff with a reason and keeps the form where it was", async () => {
    const chat = await openChat();
    await chat.send("Famiglia");
    const queued = await chat.send("Parlare con una persona");
    expect(said(queued)).toContain("persona dello staff");
    expect(queued[0]?.channelData.handoff).toBe("queued");
    expect(queued[0]?.channelData.intent).toBe("human_handoff");
    expect(chat.effectsOf("handoff")).toEqual([{ kind: "handoff", reason: "user_request" }]);
    expect(chat.state.handoffReason).toBe("user_request");
    expect(last(queued).text).toContain("Quanti anni hanno i figli");
    const again = await chat.send("voglio parlare con un operatore");
    expect(said(again)).toContain("già in coda");
    expect(chat.effectsOf("handoff")).toHaveLength(1);
    expect(last(again).channelData.handoff).toBe("queued");
  });

  it("small talk gets a short scope answer and never wakes an operator", async () => {
    const chat = await openChat();
    for (const text of [
      "qual è la capitale della Francia?",
      "chi ha vinto il campionato di calcio?",
      "che tempo fa?",
      "voglio un mutuo",
    ]) {
      const reply = await chat.send(text);
      expect(last(reply).channelData.intent).toBe("out_of_scope");
      expect(labels(last(reply))).toContain("Parlare con una persona");
    }
    expect(chat.effectsOf("handoff")).toHaveLength(0);
  });

  it("after three misunderstood messages in a row a person is offered as a choice, not imposed", async () => {
    const chat = await openChat();
    const misses = ["blorf snap", "zzt prrr", "grunf blek", "plim plom", "vrr zok"];
    const replies = [];
    for (const text of misses) replies.push(last(await chat.send(text)));
    const offered = replies.findIndex((r) => r.text.includes("Vuoi parlare con una persona"));
    expect(offered).toBeGreaterThanOrEqual(2);
    expect(replies[offered] && labels(replies[offered])).toEqual(["Parlare con una persona", "Menu"]);
    expect(chat.effectsOf("handoff")).toHaveLength(0);
    await chat.send("Parlare con una persona");
    expect(chat.effectsOf("handoff")).toEqual([{ kind: "handoff", reason: "user_request" }]);
  });
});

describe("coming back", () => {
  it("reopening the chat days later resumes at the same field", async () => {
    const chat = await openChat();
    await chat.sendAll("Voglio avviare un'attività", "Sì", "Sì", "Sondrio");
    await chat.sendAll("Lascia una richiesta", "Sì", "Elena Sala");
    const back = await chat.start();
    expect(back[0]?.text).toContain("Bentornato");
    expect(last(back).text).toContain("codice fiscale");
    expect(last(back).channelData.form).toEqual({ id: "self_employment_project", field: "tax_code" });
  });

  it("answers in English to a user who writes in English, from the opening on", async () => {
    const chat = new Transcript(await createTestDeps());
    const reply = await chat.send(
      "Hello, I run a small shop with two employees and I need help with errands",
    );
    expect(chat.state.lang).toBe("en");
    expect(reply[0]?.text).toContain("I am Conciliabot, the automatic assistant");
    expect(said(reply)).toContain("Let's see which actions of the programme fit your business");
    expect(last(reply).channelData.intent).toBe("firm.time_saving");
  });
});
