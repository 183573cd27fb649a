import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { seedEvaluationCluster } from "../../support/seedPgliteTemplate.ts";
import {
  type ConsoleHarness,
  createStaffAccount,
  signIn,
  startConsoleHarness,
} from "../console/support/consoleHarness.ts";
import { StaffClient } from "../console/support/StaffClient.ts";
import { saveDraft } from "./support/saveDraft.ts";

const Tally = z.object({ passed: z.number(), total: z.number() });
const Item = z.object({
  name: z.string(),
  ok: z.boolean(),
  failed: z.array(
    z.object({
      step: z.number(),
      say: z.string(),
      expected: z.string(),
      got: z.string(),
      why: z.array(z.string()),
    }),
  ),
});
const SetComparison = z.object({
  items: z.object({ published: Tally, draft: Tally }),
  groups: z.array(z.object({ group: z.string(), published: Tally, draft: Tally })),
  newlyFailing: z.array(Item),
  newlyPassing: z.array(Item),
  stillFailing: z.number(),
});
const StateSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("idle") }),
  z.object({ status: z.literal("running"), id: z.string() }),
  z.object({ status: z.literal("failed"), id: z.string(), message: z.string() }),
  z.object({
    status: z.literal("done"),
    id: z.string(),
    comparison: z.object({
      seconds: z.object({ published: z.number(), draft: z.number() }),
      dialogue: SetComparison,
      facts: SetComparison,
    }),
  }),
]);
const FileSchema = z.object({
  revision: z.number(),
  data: z.looseObject({
    model_2017_2018: z.looseObject({ regional_budget: z.looseObject({ value: z.string() }) }),
  }),
});

/** The four questions on the regional budget (Italian, English, follow-ups): quick to evaluate. */
const FILTER = "regional budget";

describe(`evaluating a draft from the console on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let supervisor: StaffClient;
  let operator: StaffClient;
  let supervisorAccount: { email: string; password: string };
  /** The id of the evaluation the second test ran. */
  let finished = "";

  beforeAll(async () => {
    h = await startConsoleHarness();
    // The end-to-end test lets the first evaluation make it; here both copy it.
    await seedEvaluationCluster(h.target.dataDir);
    const s = await createStaffAccount(h.db, "supervisor");
    supervisorAccount = s;
    supervisor = await StaffClient.login(h.url, s.email, s.password);
    operator = await signIn(h, "operator", "ats_val_padana");
  });
  afterAll(async () => {
    await h?.dispose();
  });

  async function until(done: (state: z.infer<typeof StateSchema>) => boolean, limitMs: number) {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const state = StateSchema.parse((await supervisor.json("/console/api/content/evaluation")).body);
      if (done(state) || Date.now() > deadline) return state;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  it("refuses operators", async () => {
    const res = await operator.json("/console/api/content/evaluation", { method: "POST", body: {} });
    expect(res.status).toBe(403);
  });

  it("shows the questions a wrong figure in the draft makes fail, with what was expected and what the bot said", async () => {
    const path = "programme/facts.yaml";
    const file = FileSchema.parse(
      (await supervisor.json(`/console/api/content/draft/file?path=${encodeURIComponent(path)}`)).body,
    );
    file.data.model_2017_2018.regional_budget.value = "4 milioni";
    const saved = await saveDraft(supervisor, -1, [{ path, data: file.data }]);
    expect(saved.status).toBe(200);

    const started = await supervisor.json("/console/api/content/evaluation", {
      method: "POST",
      body: { filter: FILTER },
    });
    expect(started.status).toBe(202);
    expect(StateSchema.parse(started.body).status).toBe("running");
    const again = await supervisor.json("/console/api/content/evaluation", {
      method: "POST",
      body: { filter: FILTER },
    });
    expect(again.status).toBe(409);

    // While the evaluation runs in its own process, the instance keeps answering.
    const health = await fetch(`${h.url}/console/api/content/draft`, {
      headers: { cookie: supervisor.cookie },
    });
    expect(health.status).toBe(200);

    const state = await until((s) => s.status === "done" || s.status === "failed", 400_000);
    if (state.status !== "done") throw new Error(`evaluation ended as ${JSON.stringify(state)}`);
    finished = state.id;
    const { facts, dialogue } = state.comparison;
    expect(facts.items.published).toEqual({ passed: 4, total: 4 });
    expect(facts.items.draft.passed).toBeLessThan(4);
    expect(facts.groups[0]).toMatchObject({ group: "budget", published: { passed: 4, total: 4 } });
    const failing = facts.newlyFailing.find((i) => i.name === "regional budget");
    expect(failing?.failed[0]?.expected).toContain("«3,5 milioni»");
    expect(failing?.failed[0]?.got).toContain("4 milioni");
    expect(facts.newlyPassing).toEqual([]);
    expect(dialogue.items.published.total).toBe(0);

    const audit = await h.db.prisma.auditLog.findMany({ where: { action: "content.evaluate" } });
    expect(audit).toHaveLength(1);
  }, 480_000);

  it.runIf(process.env.TEST_DB === "postgres")(
    "shows the outcome on another instance of the same database, whichever one the page polls",
    async () => {
      const other = await startConsoleHarness({}, h.target);
      try {
        const client = await StaffClient.login(
          other.url,
          supervisorAccount.email,
          supervisorAccount.password,
        );
        const state = StateSchema.parse((await client.json("/console/api/content/evaluation")).body);
        expect(state).toMatchObject({ status: "done", id: finished });
      } finally {
        await other.dispose();
      }
    },
  );

  it("will not evaluate a draft that does not pass the checks of a save", async () => {
    const draft = z
      .object({ revision: z.number() })
      .parse((await supervisor.json("/console/api/content/draft")).body);
    const saved = await saveDraft(supervisor, draft.revision, [
      { path: "programme/periods.yaml", data: { periods: [] } },
    ]);
    expect(saved.status).toBe(200);
    const res = await supervisor.json("/console/api/content/evaluation", { method: "POST", body: {} });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain("periods.yaml");
  });
});
