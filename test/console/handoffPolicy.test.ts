import { describe, expect, it } from "vitest";
import { decideEscalation } from "../../src/conversation/handoff/decideEscalation.ts";
import { parseMailboxAnswer } from "../../src/conversation/handoff/parseMailboxAnswer.ts";
import { parseOfficeHours } from "../../src/conversation/handoff/parseOfficeHours.ts";
import { placeEscalationNotice } from "../../src/conversation/handoff/placeEscalationNotice.ts";
import { planHandoff } from "../../src/conversation/handoff/planHandoff.ts";
import { shouldBotAnswer } from "../../src/conversation/handoff/shouldBotAnswer.ts";
import { waitExceeded } from "../../src/conversation/handoff/waitExceeded.ts";
import type { Reply } from "../../src/conversation/turn.ts";

const hours = (text: string) => {
  const parsed = parseOfficeHours(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};
const weekdays = hours("mon-fri 09:00-17:00");
// Wednesday 25 November 2026, 10:00 in Rome (UTC+1).
const wednesdayMorning = new Date("2026-11-25T09:00:00Z");
const saturday = new Date("2026-11-28T10:00:00Z");

describe("when a conversation goes to a person", () => {
  it("escalates when the user asks for a person", () => {
    expect(decideEscalation({ intent: "human_handoff", misunderstoodInARow: 0 })).toEqual({
      escalate: true,
      reason: "user_request",
    });
  });

  it("escalates after the bot failed to understand twice in a row, not once", () => {
    expect(decideEscalation({ intent: "out_of_scope", misunderstoodInARow: 1 })).toEqual({ escalate: false });
    expect(decideEscalation({ intent: "out_of_scope", misunderstoodInARow: 2 })).toEqual({
      escalate: true,
      reason: "not_understood",
    });
  });

  it("escalates when a flow meets a case its rules cannot decide", () => {
    expect(decideEscalation({ misunderstoodInARow: 0, flowAsksForPerson: true })).toEqual({
      escalate: true,
      reason: "flow",
    });
  });

  it("keeps the user's own request as the reason when several apply", () => {
    expect(
      decideEscalation({ intent: "human_handoff", misunderstoodInARow: 5, flowAsksForPerson: true }),
    ).toMatchObject({ reason: "user_request" });
  });
});

describe("the plan told to the user", () => {
  it("gives the place in line and an expected wait during office hours", () => {
    const plan = planHandoff({
      now: wednesdayMorning,
      officeHours: weekdays,
      maxWaitMinutes: 15,
      position: 2,
    });
    expect(plan).toMatchObject({ onDuty: true, position: 2, expectedWaitMinutes: 10, offerMailbox: null });
  });

  it("bases the expected wait on how long recent escalations waited", () => {
    const plan = planHandoff({
      now: wednesdayMorning,
      officeHours: weekdays,
      maxWaitMinutes: 60,
      position: 3,
      recentAverageWaitMinutes: 2.5,
    });
    expect(plan.expectedWaitMinutes).toBe(8);
  });

  it("offers the mailbox when the expected wait passes the limit", () => {
    const plan = planHandoff({
      now: wednesdayMorning,
      officeHours: weekdays,
      maxWaitMinutes: 15,
      position: 4,
    });
    expect(plan.offerMailbox).toBe("wait_exceeded");
  });

  it("offers the mailbox when nobody is on duty, and says when staff are back", () => {
    const plan = planHandoff({ now: saturday, officeHours: weekdays, maxWaitMinutes: 15, position: 1 });
    expect(plan.onDuty).toBe(false);
    expect(plan.offerMailbox).toBe("closed");
    expect(plan.opening).toEqual({ inDays: 2, weekday: 1, minutes: 9 * 60 });
  });

  it("counts the wait limit from the time the conversation was queued", () => {
    const queuedAt = new Date("2026-11-25T09:00:00Z");
    expect(waitExceeded(queuedAt, new Date("2026-11-25T09:15:00Z"), 15)).toBe(false);
    expect(waitExceeded(queuedAt, new Date("2026-11-25T09:15:01Z"), 15)).toBe(true);
  });
});

describe("the bot while a person handles the conversation", () => {
  it("stays quiet while a staff member has it, and keeps helping while it only waits", () => {
    expect(shouldBotAnswer("with_staff", "s1")).toBe(false);
    expect(shouldBotAnswer("queued", "s1")).toBe(false);
    expect(shouldBotAnswer("queued", null)).toBe(true);
    expect(shouldBotAnswer("none", null)).toBe(true);
  });
});

describe("the answer to the mailbox offer", () => {
  it("understands the buttons and the usual ways to say yes or no, in Italian and English", () => {
    for (const yes of ["Sì, inoltra la conversazione", "si", "Sì.", "ok", "Yes, forward it", "yes"]) {
      expect(parseMailboxAnswer(yes)).toBe("forward");
    }
    for (const no of ["No, resto in attesa", "no", "No grazie", "aspetto", "No, I'll wait"]) {
      expect(parseMailboxAnswer(no)).toBe("wait");
    }
  });

  it("leaves anything else to the bot", () => {
    expect(parseMailboxAnswer("sì ma prima dimmi gli orari")).toBeUndefined();
    expect(parseMailboxAnswer("nido famiglia a Bergamo")).toBeUndefined();
  });
});

describe("where the queue notice goes among the bot's replies", () => {
  const text = (t: string, buttons: Reply["buttons"] = []): Reply => ({ text: t, buttons, channelData: {} });
  const menu = text("Scegli", [{ label: "Impresa", value: "Impresa" }]);

  it("goes before the menu, so the menu keeps its buttons at the end", () => {
    const placed = placeEscalationNotice(
      [text("Ho chiesto a una persona"), menu],
      [text("Sei il primo in coda")],
    );
    expect(placed.map((r) => r.text)).toEqual(["Ho chiesto a una persona", "Sei il primo in coda", "Scegli"]);
  });

  it("goes last when it carries the mailbox offer's buttons", () => {
    const offer = text("Vuoi che la inoltri?", [{ label: "Sì", value: "Sì" }]);
    expect(placeEscalationNotice([text("Ho chiesto"), menu], [offer]).at(-1)?.text).toBe(
      "Vuoi che la inoltri?",
    );
  });
});
