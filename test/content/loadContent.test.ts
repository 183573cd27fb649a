import { readFile, rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/ContentError.ts";
import { loadContent } from "../../src/content/loadContent.ts";
import { tryLoadContent } from "../../src/content/tryLoadContent.ts";
import { answerProgrammeQuestion } from "../../src/conversation/answers/answerProgrammeQuestion.ts";
import { INTENTS_DIR, withContentCopy } from "./contentFixture.ts";

async function problemsOf(dir: string): Promise<string[]> {
  const result = await tryLoadContent(dir);
  if (result.ok) throw new Error("expected the content to be rejected");
  return result.problems;
}

/** The problems reported for a copy of the content with `from` replaced by `to` in `file`. */
function problemsAfterEdit(file: string, from: string, to: string): Promise<string[]> {
  return withContentCopy(async (copy) => {
    await copy.edit(file, from, to);
    return problemsOf(copy.dir);
  });
}

describe("loadContent", () => {
  it("loads the real content files", async () => {
    const content = await loadContent(INTENTS_DIR);
    expect(content.actions.actions).toHaveLength(12);
  });

  it("rejects a POR FSE table whose provinces do not add up to the stated total", async () => {
    const problems = await problemsAfterEdit("programme/facts.yaml", '"427.438,27"', '"427.438,28"');
    expect(problems).toEqual([
      expect.stringMatching(
        /programme\/facts\.yaml: decree\.table\.total: the provinces add up to 26 projects and 2\.466\.804,75 €, but the stated total is 26 projects and 2\.466\.804,74 €/,
      ),
    ]);
  });

  it("rejects a table whose project counts do not add up", async () => {
    const [problem] = await problemsAfterEdit(
      "programme/facts.yaml",
      "{ province: VA, projects: 4,",
      "{ province: VA, projects: 3,",
    );
    expect(problem).toContain("the provinces add up to 25 projects");
  });

  it("rejects the seed's misprint when no correction is recorded for it", async () => {
    await withContentCopy(async (copy) => {
      const text = await readFile(`${copy.dir}/programme/facts.yaml`, "utf8");
      const start = text.indexOf("        correction:");
      const end = text.indexOf('        source: "Monza e Brianza');
      await copy.write("programme/facts.yaml", text.slice(0, start) + text.slice(end));
      const problems = await problemsOf(copy.dir);
      expect(problems).toEqual([
        expect.stringMatching(
          /facts\.yaml: decree\.table\.rows\[8\]\.amount: "97\.232\.72" has dots that are not thousands separators .*record a correction/,
        ),
      ]);
    });
  });

  it("rejects a correction recorded for an amount that was printed correctly", async () => {
    const [problem] = await problemsAfterEdit(
      "programme/facts.yaml",
      '{ province: BG, projects: 1, amount: "99.978,00",',
      '{ province: BG, projects: 1, amount: "99.978,00", correction: { amount: "99.978,00", note: "x" },',
    );
    expect(problem).toContain(
      "decree.table.rows[0].correction: a correction is recorded but the printed amount",
    );
  });

  it("names the file, the path inside it and what is wrong", async () => {
    const problems = await problemsAfterEdit(
      "programme/actions.yaml",
      "max_workers: 3",
      'max_workers: "tre"',
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^.*intents\/programme\/actions\.yaml: actions\[4\]\.criteria\.max_workers: expected number, got "tre" \(line \d+\)$/,
      ),
    ]);
  });

  it("refuses a misspelt criterion instead of ignoring it", async () => {
    const [problem] = await problemsAfterEdit("programme/actions.yaml", "max_workers: 3", "max_worker: 3");
    expect(problem).toMatch(/actions\.yaml: actions\[4\]\.criteria: unknown key "max_worker"/);
  });

  it("refuses an unknown ATS or province code", async () => {
    const [problem] = await problemsAfterEdit("territory/provinces.yaml", "ats: ats_pavia", "ats: ats_pv");
    expect(problem).toMatch(
      /territory\/provinces\.yaml: provinces\[9\]\.ats: expected one of .*got "ats_pv"/,
    );
  });

  it("reports invalid YAML with its line", async () => {
    const [problem] = await problemsAfterEdit(
      "programme/periods.yaml",
      "  - id: p2017_2018\n",
      "  - id: p2017_2018\n   kind: [\n",
    );
    expect(problem).toMatch(/programme\/periods\.yaml: \(line \d+\) invalid YAML/);
  });

  it("reports a missing file", async () => {
    await withContentCopy(async (copy) => {
      await rm(`${copy.dir}/programme/networks.yaml`);
      expect(await problemsOf(copy.dir)).toEqual([
        expect.stringMatching(/programme\/networks\.yaml: file not found$/),
      ]);
    });
  });

  it("reports a missing or duplicated action", async () => {
    const problems = await problemsAfterEdit(
      "programme/actions.yaml",
      "  - id: firm.network_synergy",
      "  - id: firm.smart_working",
    );
    expect(problems).toContainEqual(
      expect.stringContaining("actions: missing actions: firm.network_synergy"),
    );
    expect(problems).toContainEqual(
      expect.stringContaining("actions[5].id: firm.smart_working is listed twice"),
    );
  });

  it("reports a missing translation", async () => {
    const problems = await problemsAfterEdit(
      "programme/actions.yaml",
      "      en: Vouchers for early-childhood services\n",
      "",
    );
    expect(problems).toEqual([expect.stringContaining("actions[8].title.en: missing (expected string)")]);
  });

  it("lists the problems of several files at once", async () => {
    await withContentCopy(async (copy) => {
      await copy.edit("programme/actions.yaml", "max_workers: 3", "max_workers: -1");
      await copy.edit("programme/networks.yaml", "website: https://www.ats-pavia.it", "website: ats-pavia");
      const problems = await problemsOf(copy.dir);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toContain("actions.yaml: actions[4].criteria.max_workers");
      expect(problems[1]).toContain("networks.yaml: networks[6].website");
    });
  });

  it("checks that the networks cover exactly the provinces the territory gives their ATS", async () => {
    const [problem] = await problemsAfterEdit(
      "programme/networks.yaml",
      "provinces: [MB, LC]",
      "provinces: [MB]",
    );
    expect(problem).toContain(
      "programme/networks.yaml: networks[2].provinces: ats_brianza covers [MB] but the territory gives it [LC, MB]",
    );
  });

  it("checks that dates in the facts agree with the periods", async () => {
    const [problem] = await problemsAfterEdit(
      "programme/periods.yaml",
      'date: "2019-01-15"',
      'date: "2019-01-31"',
    );
    expect(problem).toContain(
      'model_2017_2018.end: "15 gennaio 2019" disagrees with periods.yaml 2019-01-31',
    );
  });

  it("rejects an answer template with a placeholder the code does not fill", async () => {
    const [problem] = await problemsAfterEdit(
      "programme/topics.yaml",
      "non più di {max_grant}.",
      "non più di {max_grnat}.",
    );
    expect(problem).toMatch(
      /topics\.yaml: topics\[\d+\]\.answers\[0\]\.it: placeholder \{max_grnat\} is not available here, got "Con l'Avviso POR FSE.*" \(line \d+\)$/,
    );
  });

  it("throws a ContentError carrying every problem when used at start", async () => {
    await withContentCopy(async (copy) => {
      await copy.edit("programme/facts.yaml", "admitted: { value: 54,", "admitted: { value: 20,");
      await expect(loadContent(copy.dir)).rejects.toBeInstanceOf(ContentError);
      await expect(loadContent(copy.dir)).rejects.toThrow(/fewer projects admitted than funded/);
    });
  });

  it("loads a new programming period as data, and answers about it without a 'closed' note while it is open", async () => {
    await withContentCopy(async (copy) => {
      const text = await readFile(`${copy.dir}/programme/periods.yaml`, "utf8");
      await copy.write(
        "programme/periods.yaml",
        `${text}
  - id: p2026_2027
    kind: programme
    name: { it: "programmazione 2026-2027", en: "2026-2027 programme" }
    start: { date: "2026-01-01", precision: day, source: "delibera di esempio" }
    end: { date: "2027-12-31", precision: day, source: "delibera di esempio" }
`,
      );
      await copy.edit(
        "programme/topics.yaml",
        "  - id: apply_now\n    kind: fact\n    period: p2017_2018",
        "  - id: apply_now\n    kind: fact\n    period: p2026_2027",
      );
      const content = await loadContent(copy.dir);
      expect(content.periods.periods.map((p) => p.id)).toContain("p2026_2027");
      const inside = answerProgrammeQuestion(
        { intent: "programme_info", entities: {}, text: "posso ancora fare domanda?", lang: "it" },
        content,
        "2026-06-01",
      );
      expect(inside.topic).toBe("apply_now");
      expect(inside.reply.text).toMatch(/^La programmazione 2026-2027 è in corso fino al 31 dicembre 2027/);
      expect(inside.reply.text).not.toMatch(/chius/);
      const after = answerProgrammeQuestion(
        { intent: "programme_info", entities: {}, text: "posso ancora fare domanda?", lang: "it" },
        content,
        "2028-01-01",
      );
      expect(after.reply.text).toMatch(
        /^No: le domande per la programmazione 2026-2027 non si possono più presentare/,
      );
    });
  });

  it("rejects a criterion with no source", async () => {
    const problems = await problemsAfterEdit(
      "programme/actions.yaml",
      '      max_workers: { quote: "con massimo tre occupati" }\n',
      "",
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /programme\/actions\.yaml: actions\[4\]\.criteria_sources: criterion max_workers needs a source \(a quote of the document or an interpretation\) \(line \d+\)$/,
      ),
    ]);
  });

  it("rejects an interpretation that would decide who an action is for", async () => {
    const [problem] = await problemsAfterEdit(
      "programme/actions.yaml",
      '      applicant_kinds: { quote: "in favore di titolari o dipendenti di imprese commerciali o artigianali" }',
      '      applicant_kinds: { interpretation: "x", shown: { it: "x", en: "x" } }',
    );
    expect(problem).toContain(
      "actions[4].criteria_sources.applicant_kinds: who an action is for must come from the document",
    );
  });

  it("rejects a rule naming a concept that does not exist", async () => {
    const [problem] = await problemsAfterEdit(
      "programme/topics.yaml",
      "{ all: [income], score: 0.95 }",
      "{ all: [incme], score: 0.95 }",
    );
    expect(problem).toMatch(
      /topics\.yaml: topics\[\d+\]\.match\[0\]\.all\[0\]: unknown concept "incme" \(not in concepts\.yaml\)/,
    );
  });

  it("rejects an answer citing a part of the document that does not exist", async () => {
    const [problem] = await problemsAfterEdit(
      "programme/topics.yaml",
      "    source: [effectiveness]\n",
      "    source: [efectiveness]\n",
    );
    expect(problem).toMatch(
      /topics\.yaml: topics\[\d+\]\.source\[0\]: unknown source "efectiveness" \(not in document\.yaml\)/,
    );
  });

  it("rejects a document fact with no source", async () => {
    const [problem] = await problemsAfterEdit("programme/topics.yaml", "    source: [effectiveness]\n", "");
    expect(problem).toMatch(
      /topics\.yaml: topics\[\d+\]\.answers\[0\]: a fact needs a source \(on the topic or on this answer\)/,
    );
  });

  it("rejects a topic whose answer without `when` is not the last", async () => {
    const problems = await problemsAfterEdit(
      "programme/topics.yaml",
      '      - when: { situation: [province_none] }\n        it: "In provincia di {province_name} nessun progetto',
      '      - it: "In provincia di {province_name} nessun progetto',
    );
    expect(problems.join("\n")).toMatch(
      /topics\[\d+\]\.answers: exactly one answer has no `when`, and it comes last/,
    );
  });
});
