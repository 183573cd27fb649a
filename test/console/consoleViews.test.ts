import { describe, expect, it } from "vitest";
import { readSubmissionData } from "../../src/console/views/readSubmissionData.ts";
import { romeDate } from "../../src/console/views/romeDate.ts";
import { romeMidnight } from "../../src/console/views/romeMidnight.ts";
import { summariseWaits } from "../../src/console/views/summariseWaits.ts";
import { buildTranscriptMail } from "../../src/conversation/handoff/buildTranscriptMail.ts";
import { handoffReplies } from "../../src/conversation/handoff/handoffReplies.ts";
import { createTestDeps } from "../conversation/support/createTestDeps.ts";

describe("what the console shows", () => {
  it("starts an Italian day at Rome's midnight, in winter and in summer", () => {
    expect(romeMidnight("2026-11-25").toISOString()).toBe("2026-11-24T23:00:00.000Z");
    expect(romeMidnight("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(romeMidnight("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(romeDate(new Date("2026-11-24T23:30:00Z"))).toBe("2026-11-25");
  });

  it("summarises waiting times by the median and 90th percentile", () => {
    const summary = summariseWaits([30, 120, 240, 600, 4000]);
    expect(summary.count).toBe(5);
    expect(summary.medianMinutes).toBe(4);
    expect(summary.buckets.map((b) => b.count)).toEqual([1, 2, 1, 0, 0, 1]);
    expect(summariseWaits([]).medianMinutes).toBeNull();
  });

  it("reads a submission's summary as the user reviewed it, and survives erased data", () => {
    const data = readSubmissionData({
      values: { email: "a@b.it" },
      facts: { it: [{ label: "Email", value: "a@b.it" }], en: [] },
      title: { it: "Richiesta di una famiglia", en: "A family's request" },
    });
    expect(data).toEqual({
      title: "Richiesta di una famiglia",
      facts: [{ label: "Email", value: "a@b.it" }],
    });
    expect(readSubmissionData(null)).toEqual({ title: null, facts: [] });
  });
});

describe("the transcript forwarded to the mailbox", () => {
  it("carries the conversation with times in Rome and one dedupe key per escalation", () => {
    const queuedAt = new Date("2026-11-25T17:30:00Z");
    const mail = buildTranscriptMail({
      conversationId: "c1",
      channel: "web",
      atsId: "ats_bergamo",
      province: "BG",
      reason: "user_request",
      queuedAt,
      mailbox: "conciliazione@regione.lombardia.it",
      messages: [
        { direction: "in", text: "Vorrei parlare con qualcuno", createdAt: new Date("2026-11-25T17:29:00Z") },
        { direction: "bot", text: "Ho chiesto a una persona", createdAt: new Date("2026-11-25T17:29:01Z") },
      ],
    });
    expect(mail.to).toBe("conciliazione@regione.lombardia.it");
    expect(mail.kind).toBe("handoff_transcript");
    expect(mail.dedupeKey).toBe("handoff_transcript:c1:2026-11-25T17:30:00.000Z");
    expect(mail.text).toContain("[25/11/2026, 18:29] Utente: Vorrei parlare con qualcuno");
    expect(mail.text).toContain("Motivo: L'utente ha chiesto una persona");
    expect(mail.subject).toContain("ats_bergamo / BG");
  });
});

describe("what the bot tells the user", () => {
  it("says the place in line and the wait in plain words", async () => {
    const { responses } = (await createTestDeps()).content;
    expect(handoffReplies.queued({ position: 1, expectedWaitMinutes: 5 }, responses.it.handoff).text).toBe(
      "Sei il primo in coda: l'attesa prevista è di circa 5 minuti.",
    );
    expect(handoffReplies.queued({ position: 3, expectedWaitMinutes: 15 }, responses.en.handoff).text).toBe(
      "2 people are ahead of you: the expected wait is about 15 minutes.",
    );
    expect(handoffReplies.queued({ position: 2, expectedWaitMinutes: 1 }, responses.it.handoff).text).toBe(
      "Prima di te c'è 1 persona: l'attesa prevista è di circa 1 minuto.",
    );
  });

  it("offers the mailbox with two buttons and the office hours when nobody is on duty", async () => {
    const { responses } = (await createTestDeps()).content;
    const reply = handoffReplies.mailboxOffer(
      {
        position: 1,
        expectedWaitMinutes: 5,
        why: "closed",
        officeHours: "dal lunedì al venerdì, 09:00–17:00",
        opening: "lunedì alle 09:00",
        mailbox: "conciliazione@regione.lombardia.it",
      },
      responses.it.handoff,
      "it",
    );
    expect(reply.text).toContain("non c'è nessuno in servizio");
    expect(reply.text).toContain("riapriamo lunedì alle 09:00");
    expect(reply.buttons.map((b) => b.label)).toEqual(["Sì, inoltra", "No, resto in attesa"]);
    expect(reply.channelData.handoff).toBe("queued");
  });
});
