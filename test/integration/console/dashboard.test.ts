import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleHarness, signIn, startConsoleHarness } from "./support/consoleHarness.ts";
import type { StaffClient } from "./support/StaffClient.ts";

describe(`the dashboard on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let asSupervisor: StaffClient;
  let asOperator: StaffClient;

  beforeAll(async () => {
    h = await startConsoleHarness();
    asSupervisor = await signIn(h, "supervisor");
    asOperator = await signIn(h, "operator", "ats_pavia");
    const at = (iso: string) => new Date(iso);
    const event = (kind: string, createdAt: string, extra: Record<string, unknown> = {}) => ({
      kind,
      channel: "web",
      actionIds: [],
      createdAt: at(createdAt),
      ...extra,
    });
    await h.db.prisma.analyticsEvent.createMany({
      data: [
        event("conversation_started", "2026-11-23T10:00:00Z"),
        event("conversation_started", "2026-11-23T11:00:00Z", { channel: "telegram" }),
        event("conversation_started", "2026-11-24T23:30:00Z"),
        event("intent", "2026-11-23T10:01:00Z", { intent: "family.childcare_voucher" }),
        event("intent", "2026-11-23T10:02:00Z", { intent: "family.childcare_voucher" }),
        event("intent", "2026-11-23T10:03:00Z", { intent: "out_of_scope" }),
        event("fallback", "2026-11-23T10:03:00Z"),
        event("verdict", "2026-11-23T10:04:00Z", {
          province: "PV",
          actionIds: ["family.childcare_voucher", "family.pre_post_school"],
        }),
        event("form_started", "2026-11-23T10:05:00Z", { formId: "family_request" }),
        event("form_step", "2026-11-23T10:06:00Z", { formId: "family_request", step: "email" }),
        event("form_submitted", "2026-11-23T10:07:00Z", { formId: "family_request" }),
        event("handoff_claimed", "2026-11-23T10:08:00Z", { value: 90 }),
        event("handoff_claimed", "2026-11-23T10:09:00Z", { value: 1200 }),
      ],
    });
    const conversation = await h.db.prisma.conversation.create({
      data: { id: "dash-1", channel: "web", externalKey: "dash-1", state: {} },
    });
    // What the user wrote, the intent understood and with what confidence (none: not given).
    const messages: Array<[string, string, number?]> = [
      ["quanto costa il parcheggio?", "out_of_scope"],
      ["forse un nido?", "family.childcare_voucher", 0.3],
      ["voucher nido", "family.childcare_voucher", 0.95],
    ];
    await h.db.prisma.message.createMany({
      data: messages.map(([text, intent, confidence]) => ({
        conversationId: conversation.id,
        direction: "in",
        text,
        intent,
        ...(confidence === undefined ? {} : { confidence }),
      })),
    });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("counts conversations per Rome day and channel, intents (with their names), actions by province, the form funnel (fields by label) and waits", async () => {
    const res = await asOperator.json("/console/api/dashboard?from=2026-11-20&to=2026-11-25");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      conversations: [
        { day: "2026-11-23", channel: "telegram", count: 1 },
        { day: "2026-11-23", channel: "web", count: 1 },
        { day: "2026-11-25", channel: "web", count: 1 },
      ],
      intents: [
        { intent: "family.childcare_voucher", label: "Voucher per servizi per l'infanzia", count: 2 },
        { intent: "out_of_scope", label: "Fuori tema", count: 1 },
      ],
      actions: [
        { province: "PV", action: "family.childcare_voucher", count: 1 },
        { province: "PV", action: "family.pre_post_school", count: 1 },
      ],
      funnel: expect.arrayContaining([
        { formId: "family_request", kind: "form_started", step: null, stepLabel: null, count: 1 },
        { formId: "family_request", kind: "form_step", step: "email", stepLabel: "Email", count: 1 },
        { formId: "family_request", kind: "form_submitted", step: null, stepLabel: null, count: 1 },
      ]),
      waits: { count: 2, medianMinutes: 1.5, p90Minutes: 20 },
    });
  });

  it("shows supervisors what the bot did not understand, and keeps it from operators", async () => {
    const res = await asSupervisor.json("/console/api/dashboard/unanswered");
    const texts = JSON.stringify(res.body);
    expect(texts).toContain("quanto costa il parcheggio?");
    expect(texts).toContain("forse un nido?");
    expect(texts).not.toContain("voucher nido");
    expect((await asOperator.fetch("/console/api/dashboard/unanswered")).status).toBe(403);
  });

  it("serves Chart.js from this server", async () => {
    const res = await asOperator.fetch("/console/assets/vendor/chart.umd.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("javascript");
    const page = await (await asOperator.fetch("/console/dashboard")).text();
    expect(page).toContain('<script src="/console/assets/vendor/chart.umd.js" defer></script>');
    expect(page).not.toMatch(/https?:\/\//);
    expect((await asOperator.fetch("/console/assets/js/nope.js")).status).toBe(404);
    const css = await asOperator.fetch("/console/assets/bi/css/bootstrap-italia.min.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toContain("text/css");
  });
});
