import { describe, expect, it } from "vitest";
import { describeOfficeHours } from "../../src/conversation/handoff/describeOfficeHours.ts";
import { describeOpening } from "../../src/conversation/handoff/describeOpening.ts";
import { isOnDuty } from "../../src/conversation/handoff/isOnDuty.ts";
import { nextOpening } from "../../src/conversation/handoff/nextOpening.ts";
import { parseOfficeHours } from "../../src/conversation/handoff/parseOfficeHours.ts";

const weekdays = (() => {
  const parsed = parseOfficeHours("mon-fri 09:00-17:00");
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
})();

describe("office hours in Rome", () => {
  it("reads the configuration's day range and times", () => {
    expect(parseOfficeHours("mon-fri 09:00-17:00")).toEqual({
      ok: true,
      value: { days: [1, 2, 3, 4, 5], opensAt: 540, closesAt: 1020 },
    });
    expect(parseOfficeHours("sat 09:00-12:30")).toEqual({
      ok: true,
      value: { days: [6], opensAt: 540, closesAt: 750 },
    });
    expect(parseOfficeHours("fri-mon 08:00-20:00")).toMatchObject({
      ok: true,
      value: { days: [5, 6, 7, 1] },
    });
  });

  it("rejects a closing time before the opening", () => {
    expect(parseOfficeHours("mon-fri 17:00-09:00")).toMatchObject({ ok: false });
  });

  it("uses Rome's clock in winter (UTC+1) and in summer (UTC+2)", () => {
    // 25 November 2026, 08:30 UTC = 09:30 in Rome.
    expect(isOnDuty(weekdays, new Date("2026-11-25T08:30:00Z"))).toBe(true);
    expect(isOnDuty(weekdays, new Date("2026-11-25T07:30:00Z"))).toBe(false);
    // 15 July 2026, 07:30 UTC = 09:30 in Rome; 15:30 UTC = 17:30 in Rome.
    expect(isOnDuty(weekdays, new Date("2026-07-15T07:30:00Z"))).toBe(true);
    expect(isOnDuty(weekdays, new Date("2026-07-15T15:30:00Z"))).toBe(false);
  });

  it("is closed at the weekend and at closing time sharp", () => {
    expect(isOnDuty(weekdays, new Date("2026-11-28T10:00:00Z"))).toBe(false);
    expect(isOnDuty(weekdays, new Date("2026-11-25T16:00:00Z"))).toBe(false);
  });

  it("tells when staff are next on duty", () => {
    const fridayEvening = new Date("2026-11-27T18:00:00Z");
    const opening = nextOpening(weekdays, fridayEvening);
    expect(opening).toEqual({ inDays: 3, weekday: 1, minutes: 540 });
    expect(describeOpening(opening, "it")).toBe("lunedì alle 09:00");
    expect(describeOpening(nextOpening(weekdays, new Date("2026-11-25T18:00:00Z")), "it")).toBe(
      "domani alle 09:00",
    );
    expect(describeOpening(nextOpening(weekdays, new Date("2026-11-25T06:00:00Z")), "en")).toBe(
      "today at 09:00",
    );
  });

  it("describes the hours in words", () => {
    expect(describeOfficeHours(weekdays, "it")).toBe("dal lunedì al venerdì, 09:00–17:00");
    expect(describeOfficeHours(weekdays, "en")).toBe("Monday to Friday, 09:00–17:00");
  });
});
