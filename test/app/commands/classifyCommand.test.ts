import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { IntentIdSchema, LangSchema } from "../../../src/content/ids.ts";
import { EntitiesSchema } from "../../../src/conversation/nlu/Entities.ts";
import { CONTENT_DIR } from "../../conversation/nlu/support/loadTestUnderstanding.ts";
import { runTs } from "../../support/runProcess.ts";
import { seedNluCache } from "../../support/seedNluCache.ts";

const OutputLineSchema = z.strictObject({
  id: z.union([z.string(), z.number()]),
  intent: IntentIdSchema,
  confidence: z.number().min(0).max(1),
  lang: LangSchema,
  entities: EntitiesSchema.strict(),
});

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "nlu-cli-test-"));
  // The command reads the model from its data folder, as the service does; training is
  // test/conversation/nlu/cache.test.ts's subject, not this file's.
  await seedNluCache(dataDir);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function classify(input: string) {
  return runTs("src/app/cli.ts", ["classify", "--offline"], { DATA_DIR: dataDir, CONTENT_DIR }, input);
}

describe("npm run -s cli -- classify", () => {
  it("answers each JSON line with one JSON line, in order, and prints nothing else on stdout", async () => {
    const input = [
      { id: "a", text: "sono titolare di un negozio a Bergamo con 3 dipendenti, servizi salvatempo?" },
      { id: 7, text: "qual è la capitale della Francia?" },
      { id: "c", text: "my 2 year old needs a nursery, I live in Pavia" },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");
    const { stdout, code } = await classify(`${input}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => OutputLineSchema.parse(JSON.parse(line)));
    expect(lines.map((l) => l.id)).toEqual(["a", 7, "c"]);
    expect(lines[0]).toMatchObject({
      intent: "firm.time_saving",
      lang: "it",
      entities: { province: "BG", employees: 3 },
    });
    expect(lines[1]).toMatchObject({ intent: "out_of_scope" });
    expect(lines[2]).toMatchObject({
      intent: "family.childcare_voucher",
      lang: "en",
      entities: { province: "PV", child_age: 2 },
    });
  });

  it("answers a bad line with an error for its id and goes on with the next", async () => {
    const { stdout, code } = await classify('not json\n{"id":"x"}\n{"id":"y","text":"ciao"}\n');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: null, error: expect.any(String) });
    expect(lines[1]).toMatchObject({ id: "x", error: expect.any(String) });
    expect(lines[2]).toMatchObject({ id: "y", intent: "greeting" });
  });
});
