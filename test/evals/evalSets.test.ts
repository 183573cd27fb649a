import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REQUIRED_COVERAGE } from "../../scripts/evals/REQUIRED_COVERAGE.ts";
import type { Check } from "../../src/app/evaluation/CheckSchema.ts";
import { DIALOGUE_STATES } from "../../src/app/evaluation/DIALOGUE_STATES.ts";
import { DialogueSetSchema } from "../../src/app/evaluation/DialogueSetSchema.ts";
import { FactSetSchema } from "../../src/app/evaluation/FactSetSchema.ts";
import { REPAIR_PATTERNS } from "../../src/app/evaluation/REPAIR_PATTERNS.ts";

const read = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(path.resolve(import.meta.dirname, name), "utf8"));

const dialogues = DialogueSetSchema.parse(await read("dialogues.json"));
const facts = FactSetSchema.parse(await read("facts.json"));
const steps = dialogues.flatMap((d) => d.steps.map((step) => ({ ...step, dialogue: d })));
const english = (step: Check) => step.locale === "en-US";

/** Every expected phrase of a step: what it looks for, not what it must avoid. */
const expected = (step: Check) => [
  ...(step.any ?? []),
  ...(step.all ?? []),
  ...(step.groups ?? []).flat(),
  ...(step.min?.of ?? []),
];
const ITALIAN_AMOUNT = /\d{1,3}(\.\d{3})+,\d{2}/;
const ENGLISH_AMOUNT = /\d{1,3}(,\d{3})+\.\d{2}/;

describe("the dialogue evaluation set", () => {
  it("has at least 130 dialogues, at least a quarter of them in English", () => {
    expect(dialogues.length).toBeGreaterThanOrEqual(130);
    const inEnglish = dialogues.filter((d) => d.steps.every(english));
    expect(inEnglish.length / dialogues.length).toBeGreaterThanOrEqual(0.25);
    expect(steps.filter(english).length / steps.length).toBeGreaterThanOrEqual(0.25);
  });

  it("exercises every required pattern in every required state twice, once at least in English", () => {
    const missing: string[] = [];
    for (const [pattern, states] of Object.entries(REQUIRED_COVERAGE)) {
      for (const state of states) {
        const cell = steps.filter((s) => s.pattern === pattern && s.state === state);
        if (cell.length < 2 || !cell.some(english)) {
          missing.push(`${pattern} × ${state}: ${cell.length} steps, ${cell.filter(english).length} English`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("uses every pattern and every state it declares", () => {
    expect(new Set(steps.map((s) => s.pattern))).toEqual(new Set(REPAIR_PATTERNS));
    expect(new Set(steps.map((s) => s.state))).toEqual(new Set(DIALOGUE_STATES));
  });

  it("checks every repair step on something besides being understood", () => {
    const unchecked = steps.filter(
      (s) =>
        s.pattern !== "guided" &&
        !s.any &&
        !s.all &&
        !s.groups &&
        !s.min &&
        !s.none &&
        s.form === undefined &&
        s.handoff === undefined &&
        !s.actions,
    );
    expect(unchecked.map((s) => `${s.dialogue.name}: ${s.say}`)).toEqual([]);
  });

  it("puts off-hours offers only in dialogues run with the office closed, and queue waits only with staff on duty", () => {
    const misplaced = steps.filter(
      (s) =>
        (s.state === "off_hours_offer" && !s.dialogue.office_closed) ||
        (s.state === "queued" && s.dialogue.office_closed),
    );
    expect(misplaced.map((s) => `${s.dialogue.name}: ${s.say}`)).toEqual([]);
  });

  it("expects no escalation flag from a queued conversation unless the user withdraws the request", () => {
    // Once queued, every reply carries channelData.handoff: only a cancel can make handoff:false pass.
    const impossible = steps.filter(
      (s) =>
        s.handoff === false &&
        (s.state === "queued" || s.state === "off_hours_offer") &&
        s.pattern !== "cancel",
    );
    expect(impossible.map((s) => `${s.dialogue.name}: ${s.say}`)).toEqual([]);
  });

  it("expects amounts in the user's number format", () => {
    const wrong = steps.filter((s) =>
      expected(s).some((x) => (english(s) ? ITALIAN_AMOUNT : ENGLISH_AMOUNT).test(x)),
    );
    expect(wrong.map((s) => `${s.dialogue.name}: ${s.say}`)).toEqual([]);
  });
});

describe("the facts evaluation set", () => {
  const questions = facts.flatMap((item) =>
    item.steps.filter((s) => !s.context).map((step) => ({ ...step, item })),
  );

  it("has at least 100 questions, at least a quarter of them in English, some of them follow-ups", () => {
    expect(facts.length).toBeGreaterThanOrEqual(100);
    expect(questions.filter(english).length / questions.length).toBeGreaterThanOrEqual(0.25);
    expect(facts.filter((item) => item.steps.some((s) => s.context)).length).toBeGreaterThanOrEqual(10);
  });

  it("asks about every part of the programme document in Italian and in English", () => {
    const topics = [
      "history_2014_2016",
      "networks_reorganisation",
      "ats_role",
      "governance",
      "budget",
      "firm_actions",
      "family_actions",
      "por_fse_family_actions",
      "territorial_plans",
      "por_fse_notice",
      "por_fse_table",
      "por_fse_totals",
      "decree",
      "communication",
      "ats_networks",
      "contacts",
      "period_status",
      "honesty",
    ];
    const missing = topics.flatMap((topic) =>
      (["it", "en"] as const)
        .filter((lang) => !questions.some((q) => q.item.topic === topic && english(q) === (lang === "en")))
        .map((lang) => `${topic} (${lang})`),
    );
    expect(missing).toEqual([]);
  });

  it("asks for the POR FSE figures of every province", () => {
    const provinces = [
      "Bergamo",
      "Brescia",
      "Como",
      "Cremona",
      "Lecco",
      "Lodi",
      "Mantova",
      "Milano",
      "Monza",
      "Pavia",
      "Sondrio",
      "Varese",
    ];
    const asked = questions
      .filter((q) => q.item.topic === "por_fse_table" && !english(q))
      .map((q) => q.say.toLowerCase());
    expect(provinces.filter((p) => !asked.some((say) => say.includes(p.toLowerCase())))).toEqual([]);
  });

  it("expects every document fact to name its source, and honesty answers to start no form", () => {
    const documentFacts = questions.filter(
      (q) => q.item.kind === "fact" && !["ats_networks", "contacts", "period_status"].includes(q.item.topic),
    );
    expect(documentFacts.filter((q) => !q.source).map((q) => q.item.name)).toEqual([]);
    const honesty = questions.filter((q) => q.item.kind === "honesty");
    expect(honesty.length).toBeGreaterThanOrEqual(15);
    expect(honesty.filter((q) => q.form !== false).map((q) => q.item.name)).toEqual([]);
  });

  it("expects amounts in the user's number format", () => {
    const wrong = questions.filter((q) =>
      expected(q).some((x) => (english(q) ? ITALIAN_AMOUNT : ENGLISH_AMOUNT).test(x)),
    );
    expect(wrong.map((q) => q.item.name)).toEqual([]);
  });
});
