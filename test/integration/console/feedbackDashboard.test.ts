import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleHarness, signIn, startConsoleHarness } from "./support/consoleHarness.ts";
import type { StaffClient } from "./support/StaffClient.ts";

/**
 * The satisfaction figures on the dashboard, checked against a seeded set of votes and ratings
 * whose totals are worked out by hand below.
 */
describe(`satisfaction on the dashboard on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let asSupervisor: StaffClient;
  let asOperator: StaffClient;
  const PERIOD = "from=2026-11-20&to=2026-11-25";

  beforeAll(async () => {
    h = await startConsoleHarness();
    asSupervisor = await signIn(h, "supervisor");
    asOperator = await signIn(h, "operator", "ats_pavia");
    const conversations = [
      { id: "fb-w1", channel: "web", atsId: "ats_pavia" },
      { id: "fb-w2", channel: "web", atsId: "ats_bergamo" },
      { id: "fb-t1", channel: "telegram", atsId: "ats_pavia" },
      { id: "fb-b1", channel: "botframework", atsId: null },
    ];
    await h.db.prisma.conversation.createMany({
      data: conversations.map((c) => ({ ...c, externalKey: c.id, state: {} })),
    });
    // One question and one rated answer per vote: [conversation, answer key, intent, vote, day, comment].
    const votes: Array<[string, string, string, "up" | "down", string, string | null]> = [
      [
        "fb-w1",
        "topic:max_grant",
        "por_fse_projects",
        "down",
        "2026-11-23T10:00:00Z",
        "mancava l'importo, chiamate il 333 1234567",
      ],
      ["fb-w1", "topic:deadlines", "programme_info", "up", "2026-11-23T10:05:00Z", null],
      ["fb-w2", "topic:max_grant", "por_fse_projects", "down", "2026-11-23T11:00:00Z", null],
      [
        "fb-w2",
        "action:family.childcare_voucher",
        "family.childcare_voucher",
        "up",
        "2026-11-24T09:00:00Z",
        null,
      ],
      ["fb-t1", "topic:max_grant", "por_fse_projects", "up", "2026-11-24T09:30:00Z", null],
      ["fb-t1", "verdict:eligibility", "eligibility_check", "down", "2026-11-24T10:00:00Z", null],
      ["fb-b1", "topic:deadlines", "programme_info", "up", "2026-11-24T23:30:00Z", null],
      // Outside the period: never counted.
      ["fb-b1", "topic:deadlines", "programme_info", "down", "2026-11-27T10:00:00Z", null],
    ];
    for (const [conversationId, answerKey, intent, vote, at, comment] of votes) {
      const createdAt = new Date(at);
      const question = await h.db.prisma.message.create({
        data: {
          conversationId,
          direction: "in",
          text: `domanda su ${answerKey}, scrivetemi a mario.rossi@example.com`,
          createdAt,
        },
      });
      const answer = await h.db.prisma.message.create({
        data: {
          conversationId,
          direction: "bot",
          text: "risposta",
          intent,
          payload: {
            reply: { text: "risposta", buttons: [], channelData: { intent, feedback: { answerKey } } },
            inReplyTo: question.id.toString(),
          },
          createdAt,
        },
      });
      await h.db.prisma.answerFeedback.create({
        data: {
          messageId: answer.id,
          conversationId,
          channel: conversations.find((c) => c.id === conversationId)?.channel ?? "web",
          intent,
          answerKey,
          vote,
          comment,
          createdAt,
          updatedAt: createdAt,
        },
      });
    }
    // One rating per conversation: [conversation, channel, trigger, ATS, score (null: skipped), at].
    const ratings: Array<[string, string, string, string | null, number | null, string]> = [
      ["fb-w1", "web", "handoff", "ats_pavia", 2, "2026-11-23T12:00:00Z"],
      ["fb-w2", "web", "goodbye", "ats_bergamo", 5, "2026-11-23T13:00:00Z"],
      ["fb-t1", "telegram", "handoff", "ats_pavia", 4, "2026-11-24T12:00:00Z"],
      ["fb-b1", "botframework", "handoff", null, null, "2026-11-24T12:00:00Z"],
    ];
    await h.db.prisma.conversationRating.createMany({
      data: ratings.map(([conversationId, channel, trigger, atsId, score, at]) => ({
        conversationId,
        channel,
        trigger,
        atsId,
        score,
        createdAt: new Date(at),
      })),
    });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("shows helpful shares and mean ratings per Rome day, per intent, per channel and handoff CSAT per ATS", async () => {
    const res = await asOperator.json(`/console/api/dashboard/feedback?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      from: "2026-11-20",
      to: "2026-11-25",
      overTime: [
        { day: "2026-11-23", up: 1, down: 2, helpfulShare: 33.3, ratings: 2, skipped: 0, averageRating: 3.5 },
        { day: "2026-11-24", up: 2, down: 1, helpfulShare: 66.7, ratings: 1, skipped: 1, averageRating: 4 },
        // 23:30 UTC on the 24th is the 25th in Rome.
        { day: "2026-11-25", up: 1, down: 0, helpfulShare: 100, ratings: 0, skipped: 0, averageRating: null },
      ],
      byIntent: [
        { intent: "eligibility_check", up: 0, down: 1, helpfulShare: 0 },
        { intent: "family.childcare_voucher", up: 1, down: 0, helpfulShare: 100 },
        { intent: "por_fse_projects", up: 1, down: 2, helpfulShare: 33.3 },
        { intent: "programme_info", up: 2, down: 0, helpfulShare: 100 },
      ],
      byChannel: [
        { channel: "botframework", up: 1, down: 0, helpfulShare: 100, ratings: 0, averageRating: null },
        { channel: "telegram", up: 1, down: 1, helpfulShare: 50, ratings: 1, averageRating: 4 },
        { channel: "web", up: 2, down: 2, helpfulShare: 50, ratings: 2, averageRating: 3.5 },
      ],
      handoffByAts: [
        { atsId: null, label: "ATS non indicata", ratings: 0, skipped: 1, averageRating: null },
        { atsId: "ats_pavia", label: "ATS di Pavia", ratings: 2, skipped: 0, averageRating: 3 },
      ],
    });
  });

  it("lists the most 'not helpful' answers with the users' words masked and a link to their content, for supervisors only", async () => {
    const res = await asSupervisor.json(`/console/api/dashboard/feedback/worst?${PERIOD}`);
    expect(res.status).toBe(200);
    const body = JSON.stringify(res.body);
    expect(body).not.toContain("mario.rossi");
    expect(body).not.toContain("1234567");
    expect(res.body).toMatchObject({
      items: [
        {
          answerKey: "topic:max_grant",
          up: 1,
          down: 2,
          content: { file: "programme/topics.yaml", href: "/console/content?file=programme%2Ftopics.yaml" },
          samples: [
            { question: "domanda su topic:max_grant, scrivetemi a [EMAIL]", comment: null },
            {
              question: "domanda su topic:max_grant, scrivetemi a [EMAIL]",
              comment: "mancava l'importo, chiamate il [NUMERO]",
            },
          ],
        },
        { answerKey: "verdict:eligibility", up: 0, down: 1, content: { file: "programme/criteria.yaml" } },
      ],
    });
    expect((await asOperator.fetch(`/console/api/dashboard/feedback/worst?${PERIOD}`)).status).toBe(403);
    const audit = await h.db.prisma.auditLog.findMany({ where: { action: "feedback.view" } });
    expect(audit).toHaveLength(1);
  });

  it("exports every vote and rating of the period as CSV, without conversation ids, for supervisors only", async () => {
    const res = await asSupervisor.fetch(`/console/api/feedback.csv?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const rows = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((line) => line.split(";").map((cell) => cell.replace(/^"|"$/g, "")));
    expect(rows[0]).toEqual([
      "Data",
      "Tipo",
      "Canale",
      "Intento",
      "Contenuto",
      "Voto",
      "Cosa mancava",
      "Dopo",
      "ATS",
      "Punteggio",
    ]);
    expect(rows).toHaveLength(1 + 7 + 4);
    expect(rows.filter((r) => r[1] === "risposta")).toHaveLength(7);
    expect(rows.filter((r) => r[1] === "conversazione").map((r) => r.slice(2).join("|"))).toEqual([
      "web|||||handoff|ats_pavia|2",
      "web|||||goodbye|ats_bergamo|5",
      "botframework|||||handoff||",
      "telegram|||||handoff|ats_pavia|4",
    ]);
    const text = rows.flat().join("\n");
    expect(text).toContain("mancava l'importo, chiamate il [NUMERO]");
    expect(text).not.toMatch(/fb-w1|1234567/);
    expect((await asOperator.fetch(`/console/api/feedback.csv?${PERIOD}`)).status).toBe(403);
  });
});
