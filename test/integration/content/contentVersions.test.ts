import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { type ConsoleHarness, signIn, startConsoleHarness } from "../console/support/consoleHarness.ts";
import { say } from "../console/support/escalate.ts";
import type { StaffClient } from "../console/support/StaffClient.ts";
import { saveDraft } from "./support/saveDraft.ts";

const DraftSchema = z.object({
  revision: z.number(),
  baseNumber: z.number(),
  liveNumber: z.number(),
  changed: z.array(z.string()),
});
const FileSchema = z.object({ revision: z.number(), data: z.unknown(), yaml: z.string().optional() });
const SavedSchema = z.object({
  revision: z.number(),
  problems: z.array(z.object({ file: z.string(), path: z.string(), message: z.string() })),
});
const VersionsSchema = z.object({
  versions: z.array(
    z.object({ number: z.number(), origin: z.string(), note: z.string(), author: z.string().nullable() }),
  ),
});
const PeriodsSchema = z.object({ periods: z.array(z.record(z.string(), z.unknown())) });
const TopicsSchema = z
  .object({ topics: z.array(z.looseObject({ id: z.string(), period: z.string().optional() })) })
  .loose();

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe(`content versions edited in the console on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let supervisor: StaffClient;
  let operator: StaffClient;
  let admin: StaffClient;

  beforeAll(async () => {
    h = await startConsoleHarness();
    supervisor = await signIn(h, "supervisor");
    operator = await signIn(h, "operator", "ats_val_padana");
    admin = await signIn(h, "admin");
  });
  afterAll(async () => {
    await h?.dispose();
  });

  async function ask(externalKey: string, text: string): Promise<string> {
    await h.gateway.receive({ channel: "web", externalKey, inbound: { kind: "start" } });
    return (await say(h, externalKey, text)).map((r) => r.text).join(" ");
  }
  /** A family's interview up to the verdict, which warns when the actions' period is over. */
  async function verdict(externalKey: string): Promise<string> {
    await h.gateway.receive({ channel: "web", externalKey, inbound: { kind: "start" } });
    await say(
      h,
      externalKey,
      "io e mio marito lavoriamo tutti e due, la bimba ha 2 anni e abitiamo a Monza. che aiuti ci sono?",
    );
    return (await say(h, externalKey, "no")).map((r) => r.text).join(" ");
  }
  async function draft() {
    return DraftSchema.parse((await supervisor.json("/console/api/content/draft")).body);
  }
  async function file(path: string) {
    return FileSchema.parse(
      (await supervisor.json(`/console/api/content/draft/file?path=${encodeURIComponent(path)}`)).body,
    );
  }

  it("keeps the files deployed with the service as the first published version", async () => {
    const versions = VersionsSchema.parse(
      (await supervisor.json("/console/api/content/versions")).body,
    ).versions;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ number: 1, origin: "files", author: null });
    expect(await draft()).toMatchObject({ revision: -1, baseNumber: 1, liveNumber: 1, changed: [] });
  });

  it("refuses the editor to operators, on the server", async () => {
    expect((await operator.fetch("/console/api/content/draft")).status).toBe(403);
    const save = await saveDraft(operator, -1, [{ path: "programme/periods.yaml", data: { periods: [] } }]);
    expect(save.status).toBe(403);
    const rollback = await operator.fetch("/console/api/content/versions/1/rollback", {
      method: "POST",
      body: { note: "x" },
    });
    expect(rollback.status).toBe(403);
  });

  it("lets only administrators save YAML text, and reports broken YAML with its line", async () => {
    const asSupervisor = await saveDraft(supervisor, -1, [
      { path: "programme/periods.yaml", yaml: "periods: []\n" },
    ]);
    expect(asSupervisor.status).toBe(403);
    const territory = await supervisor.fetch(
      "/console/api/content/draft/file?path=territory%2Fprovinces.yaml",
    );
    expect(territory.status).toBe(404);
    const file = FileSchema.parse(
      (await admin.json("/console/api/content/draft/file?path=territory%2Fprovinces.yaml")).body,
    );
    expect(file.yaml).toContain("provinces");
    const res = await saveDraft(admin, -1, [
      { path: "programme/periods.yaml", yaml: "periods:\n  - id: [unclosed\n" },
    ]);
    const saved = SavedSchema.parse(res.body);
    expect(saved.problems).toContainEqual(
      expect.objectContaining({
        file: "programme/periods.yaml",
        message: expect.stringContaining("invalid YAML"),
      }),
    );
    const discard = await admin.fetch("/console/api/content/draft/discard", {
      method: "POST",
      body: { revision: saved.revision },
    });
    expect(discard.status).toBe(200);
  });

  it("keeps a draft with a mistake and places the problem on its field, and will not publish it", async () => {
    const periods = PeriodsSchema.parse((await file("programme/periods.yaml")).data);
    const broken = structuredClone(periods);
    const second = broken.periods[1];
    if (second) second.end = { date: "2019-15-15", precision: "day", source: "x" };
    const res = await saveDraft(supervisor, -1, [{ path: "programme/periods.yaml", data: broken }]);
    expect(res.status).toBe(200);
    const saved = SavedSchema.parse(res.body);
    expect(saved.problems).toContainEqual(
      expect.objectContaining({ file: "programme/periods.yaml", path: "periods.1.end.date" }),
    );
    const publish = await supervisor.json("/console/api/content/draft/publish", {
      method: "POST",
      body: { revision: saved.revision, note: "prova" },
    });
    expect(publish.status).toBe(422);
    const stale = await saveDraft(supervisor, -1, [{ path: "programme/periods.yaml", data: periods }]);
    expect(stale.status).toBe(409);
    const discard = await supervisor.fetch("/console/api/content/draft/discard", {
      method: "POST",
      body: { revision: saved.revision },
    });
    expect(discard.status).toBe(200);
    expect((await draft()).revision).toBe(-1);
  });

  it("answers with a new period once published, keeps the comments of the file, and rolls back in one step", async () => {
    const before = await ask("editor-user-1", "le domande sono ancora aperte?");
    expect(before).toContain("2017-2018");

    const periods = PeriodsSchema.parse((await file("programme/periods.yaml")).data);
    periods.periods.push({
      id: "p2025_2026",
      kind: "programme",
      name: { it: "programmazione 2025-2026", en: "2025-2026 programme" },
      start: { date: isoDay(-300), precision: "day", source: "Delibera della programmazione 2025-2026" },
      end: {
        date: isoDay(400),
        precision: "day",
        source: "Le attività si concludono entro la data indicata",
      },
    });
    expect(await verdict("verdict-before")).toContain("è concluso");
    const actions = z.looseObject({ period: z.string() }).parse((await file("programme/actions.yaml")).data);
    actions.period = "p2025_2026";
    const topics = TopicsSchema.parse((await file("programme/topics.yaml")).data);
    const applyNow = topics.topics.find((t) => t.id === "apply_now");
    if (applyNow) applyNow.period = "p2025_2026";
    const res = await saveDraft(supervisor, -1, [
      { path: "programme/periods.yaml", data: periods },
      { path: "programme/topics.yaml", data: topics },
      { path: "programme/actions.yaml", data: actions },
    ]);
    const saved = SavedSchema.parse(res.body);
    expect(saved.problems).toEqual([]);
    const yaml = (await file("programme/periods.yaml")).yaml ?? "";
    expect(yaml).toBe(""); // supervisors never get the YAML text
    const diff = await supervisor.json("/console/api/content/diff?from=1&to=draft");
    expect(JSON.stringify(diff.body)).toContain("p2025_2026");

    const published = await supervisor.json("/console/api/content/draft/publish", {
      method: "POST",
      body: { revision: saved.revision, note: "Nuova programmazione 2025-2026" },
    });
    expect(published.body).toMatchObject({ ok: true, number: 2 });
    const after = await ask("editor-user-2", "le domande sono ancora aperte?");
    expect(after).toContain("2025-2026");
    expect(after).not.toContain("non si possono più presentare");
    // The actions it funds are the new period's: the verdict no longer warns that the period is over.
    const funded = await verdict("verdict-after");
    expect(funded).toContain("In base alle tue risposte");
    expect(funded).not.toContain("è concluso");

    const exported = await supervisor.fetch(
      "/console/api/content/versions/2/file?path=programme%2Fperiods.yaml",
    );
    const text = await exported.text();
    expect(text).toContain("# Periodi di programmazione");
    expect(PeriodsSchema.parse(parse(text)).periods.map((p) => p.id)).toContain("p2025_2026");

    const rollback = await supervisor.json("/console/api/content/versions/1/rollback", {
      method: "POST",
      body: { note: "Torna alla versione dei file" },
    });
    expect(rollback.body).toMatchObject({ ok: true, number: 3 });
    const back = await ask("editor-user-3", "le domande sono ancora aperte?");
    expect(back).toContain("2017-2018");

    const versions = VersionsSchema.parse(
      (await supervisor.json("/console/api/content/versions")).body,
    ).versions;
    expect(versions.map((v) => [v.number, v.origin])).toEqual([
      [3, "rollback"],
      [2, "editor"],
      [1, "files"],
    ]);
    const audit = await h.db.prisma.auditLog.findMany({ where: { action: { startsWith: "content." } } });
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        "content.discard",
        "content.discard",
        "content.publish",
        "content.rollback",
        "content.save",
        "content.save",
        "content.save",
        "content.save",
        "content.save",
      ].sort(),
    );
  });
});
