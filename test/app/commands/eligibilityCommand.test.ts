import { describe, expect, it } from "vitest";
import { runTs } from "../../support/runProcess.ts";

const cli = (args: string[], input: string) =>
  runTs("src/app/cli.ts", args, { CONTENT_DIR: "./intents" }, input);

describe("npm run cli -- eligibility", () => {
  it("prints the engine's verdict as JSON for a profile read from stdin", async () => {
    const profile = {
      applicant_kind: "firm",
      workers: 3,
      sector: "commercial",
      role: "owner",
      province: "SO",
    };
    const { code, stdout } = await cli(["eligibility", "--today=2026-05-01"], JSON.stringify(profile));
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.verdicts).toHaveLength(12);
    expect(report.recommended).toContain("firm.welfare_tax_relief");
    expect(report.next_question.id).toBe("chores_unrelated_to_business");
    expect(report.ats).toEqual({ ok: true, ats: "ats_montagna", province: "SO" });
  });

  it("refuses input that is not JSON with a clear message and exit code 2", async () => {
    const { code, stdout, stderr } = await cli(["eligibility"], "impresa con 3 dipendenti");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("il profilo non è JSON valido");
  });

  it("refuses an invalid profile naming the field, with exit code 2", async () => {
    const { code, stderr } = await cli(
      ["eligibility"],
      JSON.stringify({ applicant_kind: "firm", workers: "tre" }),
    );
    expect(code).toBe(2);
    expect(stderr).toContain("profilo non valido");
    expect(stderr).toContain("workers:");
  });
});
