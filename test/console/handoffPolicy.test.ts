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
/** A plan on a Wednesday morning in office hours with a 15-minute limit, unless `input` says otherwise. */
const plan = (input: Partial<Parameters<typeof planHandoff>[0]> & { position: number }) =>
  planHandoff({ now: wednesdayMorning, officeHours: weekdays, maxWaitMinutes: 15, ...input });

describe("the plan told to the user", () => {
  it("gives the place in line and an expected wait during office hours", () => {
    expect(plan({ position: 2 })).toMatchObject({
      onDuty: true,
      position: 2,
      expectedWaitMinutes: 10,
      offerMailbox: null,
    });
  });

  it("bases the expected wait on how long recent escalations waited", () => {
    expect(plan({ maxWaitMinutes: 60, position: 3, recentAverageWaitMinutes: 2.5 }).expectedWaitMinutes).toBe(
      8,
    );
  });

  it("offers the mailbox when the expected wait passes the limit", () => {
    expect(plan({ position: 4 }).offerMailbox).toBe("wait_exceeded");
  });

  it("offers the mailbox when nobody is on duty, and says when staff are back", () => {
    const closed = plan({ now: saturday, position: 1 });
    expect(closed.onDuty).toBe(false);
    expect(closed.offerMailbox).toBe("closed");
    expect(closed.opening).toEqual({ inDays: 2, weekday: 1, minutes: 9 * 60 });
  });

  it("counts the wait limit from the time the conversation was queued", () => {
    const queuedAt = new Date("2026-11-25T09:00:00Z");
    expect(waitExceeded(queuedAt, new Date("2026-11-25T09:15:00Z"), 15)).toBe(false);
    expect(waitExceeded(queuedAt, new Date("2026-11-25T09:15:01Z"), 15)).toBe(true);
  });
});
