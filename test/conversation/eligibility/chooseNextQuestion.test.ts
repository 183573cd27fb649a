import { describe, expect, it } from "vitest";
import type { Profile } from "../../../src/content/vocabulary/profileSchema.ts";
import type { QuestionId } from "../../../src/content/vocabulary/questionIds.ts";
import { evaluateEligibility } from "../../../src/conversation/eligibility/evaluateEligibility.ts";
import { realContent } from "../../content/contentFixture.ts";

const content = await realContent();
const next = (profile: Profile) => evaluateEligibility(profile, content, "2026-05-01").next_question;

describe("next question", () => {
  it.each<[string, Profile, QuestionId | null]>([
    ["nobody known yet: who is asking", {}, "applicant_kind"],
    ["a firm: how many workers", { applicant_kind: "firm" }, "workers"],
    ["a family: the children's ages", { applicant_kind: "family" }, "children_ages"],
    [
      "a would-be entrepreneur: excluded from work",
      { applicant_kind: "aspiring_entrepreneur" },
      "woman_excluded_from_work",
    ],
    [
      "a 3-worker firm: whether the help is for personal chores",
      { applicant_kind: "firm", workers: 3 },
      "chores_unrelated_to_business",
    ],
    [
      "a 3-worker firm for personal chores: the sector",
      { applicant_kind: "firm", workers: 3, chores_unrelated_to_business: true },
      "sector",
    ],
    [
      "a 3-worker shop for personal chores: the role, needed though it never fails",
      { applicant_kind: "firm", workers: 3, chores_unrelated_to_business: true, sector: "commercial" },
      "role",
    ],
    ["a 40-worker firm: nothing left but the place", { applicant_kind: "firm", workers: 40 }, "province"],
    [
      "a family with a toddler: whether the carers work",
      { applicant_kind: "family", children_ages: [1.5] },
      "working_family",
    ],
    [
      "a family in Brescia with everything known: the comune",
      {
        applicant_kind: "family",
        children_ages: [4],
        working_family: true,
        already_supported: false,
        province: "BS",
      },
      "comune",
    ],
    [
      "a family in Sondrio with everything known: nothing",
      {
        applicant_kind: "family",
        children_ages: [4],
        working_family: true,
        already_supported: false,
        province: "SO",
      },
      null,
    ],
  ])("%s", (_, profile, expected) => {
    expect(next(profile)?.id ?? null).toBe(expected);
  });

  it("asks about the workers with buttons on the 3, 9, 49 and 249 borders", () => {
    const question = next({ applicant_kind: "firm" });
    expect(question?.buttons.it.map((b) => b.label)).toEqual([
      "Da 1 a 3",
      "Da 4 a 9",
      "Da 10 a 49",
      "Da 50 a 249",
      "250 o più",
    ]);
    expect(question?.buttons.en.map((b) => b.value)).toEqual([
      "1 to 3",
      "4 to 9",
      "10 to 49",
      "50 to 249",
      "250 or more",
    ]);
    expect(question?.text.it).toBe("Quante persone lavorano nell'impresa?");
  });

  it("offers the five kinds of applicant as buttons first, and says how many actions the answer decides", () => {
    const question = next({});
    expect(question?.buttons.it.map((b) => b.label)).toEqual([
      "Impresa",
      "Famiglia",
      "Avviare un'attività",
      "Azienda di cura",
      "Rete di imprese",
    ]);
    expect(question?.settles).toBeGreaterThan(5);
  });

  it("asks the comune of a split province naming the area that goes to another ATS", () => {
    const question = next({ applicant_kind: "firm", workers: 40, province: "BS" });
    expect(question?.id).toBe("comune");
    expect(question?.text.it).toContain("(Valcamonica)");
    expect(question?.buttons.it).toEqual([]);
  });

  it("prefers the question that decides what the person asked about", () => {
    const family: Profile = {
      applicant_kind: "family",
      children_ages: [1.5],
      interests: ["family.fragile_care_transport"],
    };
    expect(next(family)?.id).toBe("working_family");
    const asked = { ...family, working_family: true };
    expect(next(asked)?.id).toBe("already_supported");
  });
});
