import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { testDbKind } from "../../support/testDatabase.ts";
import { type ConsoleHarness, signIn, startConsoleHarness } from "../console/support/consoleHarness.ts";
import { say } from "../console/support/escalate.ts";
import { saveDraft } from "./support/saveDraft.ts";

const FileSchema = z.object({ revision: z.number(), data: z.object({ help: z.string() }).loose() });

async function help(h: ConsoleHarness, key: string): Promise<string> {
  await h.gateway.receive({ channel: "web", externalKey: key, inbound: { kind: "start" } });
  return (await say(h, key, "aiuto")).map((r) => r.text).join(" ");
}

describe.skipIf(testDbKind() !== "postgres")("a content version published on one instance", () => {
  let a: ConsoleHarness;
  let b: ConsoleHarness;
  let c: ConsoleHarness | undefined;

  beforeAll(async () => {
    a = await startConsoleHarness();
    b = await startConsoleHarness({}, a.target);
  });
  afterAll(async () => {
    await c?.dispose();
    await b?.dispose();
    await a?.dispose();
  });

  it("is live on the other instance at once, and on an instance started afterwards", async () => {
    const onA = await signIn(a, "supervisor");
    const file = FileSchema.parse(
      (await onA.json("/console/api/content/draft/file?path=responses%2Fit.yaml")).body,
    );
    expect(await help(b, "before")).toContain(file.data.help.slice(0, 40));
    const reworded =
      "Ti aiuto a capire quali azioni del programma 2025-2026 fanno per te, a chi rivolgerti e come fare domanda.";
    const saved = await saveDraft(onA, file.revision, [
      { path: "responses/it.yaml", data: { ...file.data, help: reworded } },
    ]);
    expect(saved.body).toMatchObject({ problems: [] });
    const published = await onA.json("/console/api/content/draft/publish", {
      method: "POST",
      body: { revision: 0, note: "Testo di aiuto più chiaro" },
    });
    expect(published.body).toMatchObject({ ok: true, number: 2 });

    await expect
      .poll(() => help(b, `after-${Date.now()}`), { timeout: 40_000, interval: 500 })
      .toContain(reworded);
    c = await startConsoleHarness({}, a.target);
    expect(await help(c, "restarted")).toContain(reworded);
    const versions = await c.db.prisma.contentVersion.count();
    expect(versions).toBe(2);
  });
});
