import { describe, expect, it } from "vitest";
import { parseOfficeHours } from "../../src/conversation/handoff/parseOfficeHours.ts";
import { planHandoff } from "../../src/conversation/handoff/planHandoff.ts";
import { waitExceeded } from "../../src/conversation/handoff/waitExceeded.ts";

const hours = (text: string) => {
  const parsed = parseOfficeHours(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};
const weekdays = hours("mon-fri 09:00-17:00");
// Wednesday 25 November 2026, 10:00 in Rome (UTC+1).
const wednesdayMorning = new Date("2026-11-25T09:00:00Z");
const saturday = new Date("2026-11-28T10:00:00Z");

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
