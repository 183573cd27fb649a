import { describe, expect, it } from "vitest";
import { type Profile, ProfileSchema } from "../../../src/content/vocabulary/profileSchema.ts";
import type { QuestionId } from "../../../src/content/vocabulary/questionIds.ts";
import { applyAnswer } from "../../../src/conversation/eligibility/applyAnswer.ts";
import { realContent } from "../../content/contentFixture.ts";

const content = await realContent();

describe("applyAnswer", () => {
  it.each<[QuestionId, string, Profile]>([
    ["applicant_kind", "Impresa", { applicant_kind: "firm" }],
    ["applicant_kind", "Business", { applicant_kind: "firm" }],
    ["applicant_kind", "famiglia", { applicant_kind: "family" }],
    ["applicant_kind", "Avviare un'attività", { applicant_kind: "aspiring_entrepreneur" }],
    ["workers", "Da 4 a 9", { workers_range: { min: 4, max: 9 } }],
    ["workers", "siamo in tre", { workers: 3 }],
    ["workers", "1.200 dipendenti", { workers: 1200 }],
    ["workers", "una ditta di 12 persone", { workers: 12 }],
    ["sector", "artigiana", { sector: "artisan" }],
    ["children_ages", "2 e 7 anni", { children_ages: [2, 7] }],
    ["children_ages", "18 mesi", { children_ages: [1.5] }],
    ["children_ages", "Meno di 3 anni", { children_ages: [{ min: 0, below: 3 }] }],
    ["children_ages", "nessun figlio", { children_ages: [] }],
    ["working_family", "sì, lavoriamo entrambi", { working_family: true }],
    ["working_family", "Yes", { working_family: true }],
    ["already_supported", "no", { already_supported: false }],
    ["province", "Valtellina", { province: "SO" }],
    ["province", "MB", { province: "MB" }],
    ["province", "Breno", { province: "BS", comune: "Breno" }],
    ["comune", "darfo boario terme", { province: "BS", comune: "Darfo Boario Terme" }],
  ])("reads the answer to %s %j", (question, text, expected) => {
    expect(applyAnswer({}, question, text, content)).toEqual({ ok: true, profile: expected });
  });

  it("keeps what was already known", () => {
    const result = applyAnswer(
      { applicant_kind: "firm", firm_size: "micro" },
      "workers",
      "siamo in 3",
      content,
    );
    expect(result).toEqual({ ok: true, profile: { applicant_kind: "firm", workers: 3 } });
  });

  it.each<[QuestionId, string]>([
    ["applicant_kind", "boh"],
    ["workers", "non so"],
    ["children_ages", "grandi"],
    ["working_family", "forse"],
    ["province", "Parigi"],
  ])("returns not_understood for %s %j so the dialog asks again", (question, text) => {
    expect(applyAnswer({}, question, text, content)).toEqual({ ok: false, reason: "not_understood" });
  });
});

describe("ProfileSchema", () => {
  it("refuses unknown fields and wrong types, so a tool's typo is not silently ignored", () => {
    expect(ProfileSchema.safeParse({ aplicant_kind: "firm" }).success).toBe(false);
    expect(ProfileSchema.safeParse({ workers: "tre" }).success).toBe(false);
    expect(ProfileSchema.safeParse({ workers: 2.5 }).success).toBe(false);
    expect(ProfileSchema.safeParse({ province: "XX" }).success).toBe(false);
  });

  it("accepts a partial profile, including an empty one", () => {
    expect(ProfileSchema.parse({})).toEqual({});
    expect(ProfileSchema.parse({ children_ages: [1.5, { min: 3, below: 6 }] })).toEqual({
      children_ages: [1.5, { min: 3, below: 6 }],
    });
  });
});
