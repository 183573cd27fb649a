import { describe, expect, it } from "vitest";
import { compareEvaluations } from "../../../src/console/content/compareEvaluations.ts";
import type {
  EvaluatedItem,
  EvaluationReport,
  SetReport,
} from "../../../src/console/content/EvaluationReport.ts";

const step = (say: string) => ({
  step: 2,
  say,
  expected: "una tra «3,5 milioni»",
  got: "4 milioni",
  why: ["none"],
});
const passed = (name: string): EvaluatedItem => ({ name, ok: true, failed: [] });
const failed = (name: string): EvaluatedItem => ({ name, ok: false, failed: [step(`${name}?`)] });

function set(results: EvaluatedItem[], groups: SetReport["groups"]): SetReport {
  return { items: { passed: results.filter((r) => r.ok).length, total: results.length }, groups, results };
}
function report(dialogue: SetReport, facts: SetReport): EvaluationReport {
  return { seconds: 1, dialogue, facts };
}
const none = set([], {});

describe("comparing the evaluations of the published content and a draft", () => {
  it("lists what the draft breaks and what it mends, and not what fails on both", () => {
    const published = report(
      set([passed("budget"), failed("brianza"), failed("montagna"), passed("plans")], {
        budget: { passed: 1, total: 1 },
        ats: { passed: 0, total: 2 },
        plans: { passed: 1, total: 1 },
      }),
      none,
    );
    const draft = report(
      set([failed("budget"), passed("brianza"), failed("montagna"), passed("plans"), failed("new one")], {
        budget: { passed: 0, total: 1 },
        ats: { passed: 1, total: 2 },
        plans: { passed: 1, total: 1 },
      }),
      none,
    );
    const { dialogue } = compareEvaluations(published, draft);
    expect(dialogue.newlyFailing.map((i) => i.name)).toEqual(["budget", "new one"]);
    expect(dialogue.newlyFailing[0]?.failed[0]).toMatchObject({
      expected: "una tra «3,5 milioni»",
      got: "4 milioni",
    });
    // What used to fail is shown with the step that failed then.
    expect(dialogue.newlyPassing).toEqual([failed("brianza")]);
    expect(dialogue.stillFailing).toBe(1);
    // Groups whose rate changed come first; unchanged ones follow.
    expect(dialogue.groups.map((g) => g.group)).toEqual(["ats", "budget", "plans"]);
    expect(dialogue.items).toEqual({ published: { passed: 2, total: 4 }, draft: { passed: 2, total: 5 } });
  });
});
