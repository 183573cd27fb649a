import { describe, expect, it } from "vitest";
import type { ActionId } from "../../../src/content/ids.ts";
import type { Profile } from "../../../src/content/vocabulary/profileSchema.ts";
import { evaluateEligibility } from "../../../src/conversation/eligibility/evaluateEligibility.ts";
import { realContent } from "../../content/contentFixture.ts";

const content = await realContent();

function statusOf(profile: Profile, action: ActionId) {
  const verdict = evaluateEligibility(profile, content).verdicts.find((v) => v.action === action);
  if (!verdict) throw new Error(`no verdict for ${action}`);
  return verdict;
}

const shop: Profile = {
  applicant_kind: "firm",
  sector: "commercial",
  role: "owner",
  chores_unrelated_to_business: true,
};

describe("borders, exactly as the seed says", () => {
  it.each<[string, Profile, "eligible" | "not_eligible" | "unknown"]>([
    ["a shop with 1 worker", { ...shop, workers: 1 }, "eligible"],
    ["a shop with 3 workers", { ...shop, workers: 3 }, "eligible"],
    ["a shop with 4 workers", { ...shop, workers: 4 }, "not_eligible"],
    ["a shop with '1 to 3' workers", { ...shop, workers_range: { min: 1, max: 3 } }, "eligible"],
    ["a shop with '4 to 9' workers", { ...shop, workers_range: { min: 4, max: 9 } }, "not_eligible"],
    ["a micro shop of unknown headcount", { ...shop, firm_size: "micro" }, "unknown"],
    ["a craft business with 2 workers", { ...shop, sector: "artisan", workers: 2 }, "eligible"],
    ["an employee of a 3-worker shop", { ...shop, role: "employee", workers: 3 }, "eligible"],
    ["a 2-worker firm in another sector", { ...shop, sector: "other", workers: 2 }, "not_eligible"],
    [
      "a shop needing help with running the business",
      { ...shop, workers: 2, chores_unrelated_to_business: false },
      "not_eligible",
    ],
    ["a network of small shops", { ...shop, applicant_kind: "firm_network", workers: 2 }, "not_eligible"],
  ])("time saving: %s is %s", (_, profile, status) => {
    expect(statusOf(profile, "firm.time_saving").status).toBe(status);
  });

  const firmActions: ActionId[] = [
    "firm.welfare_tax_relief",
    "firm.second_level_bargaining",
    "firm.leave_flexibility_plans",
  ];
  it.each<[number, "eligible" | "not_eligible"]>([
    [1, "eligible"],
    [9, "eligible"],
    [10, "eligible"],
    [49, "eligible"],
    [50, "eligible"],
    [249, "eligible"],
    [250, "not_eligible"],
    [1000, "not_eligible"],
  ])("SME actions: a firm with %i workers is %s", (workers, status) => {
    for (const action of firmActions) {
      expect(statusOf({ applicant_kind: "firm", workers }, action).status).toBe(status);
    }
  });

  it("treats a stated 'large' firm as not eligible and 'medium' as eligible for the SME actions", () => {
    expect(statusOf({ applicant_kind: "firm", firm_size: "large" }, "firm.welfare_tax_relief").status).toBe(
      "not_eligible",
    );
    expect(statusOf({ applicant_kind: "firm", firm_size: "medium" }, "firm.welfare_tax_relief").status).toBe(
      "eligible",
    );
  });

  it("sets no size limit for networks of firms and care providers, and none for smart working", () => {
    expect(statusOf({ applicant_kind: "firm_network", workers: 400 }, "firm.welfare_tax_relief").status).toBe(
      "eligible",
    );
    expect(
      statusOf({ applicant_kind: "care_provider", workers: 400 }, "firm.second_level_bargaining").status,
    ).toBe("eligible");
    expect(statusOf({ applicant_kind: "care_provider" }, "firm.welfare_tax_relief").status).toBe(
      "not_eligible",
    );
    expect(statusOf({ applicant_kind: "firm", workers: 400 }, "firm.smart_working").status).toBe("eligible");
  });

  const starter: Profile = { applicant_kind: "aspiring_entrepreneur", conciliation_service_business: true };
  it.each<[string, Profile, "eligible" | "not_eligible" | "unknown"]>([
    [
      "a woman excluded from work starting a baby-parking",
      { ...starter, woman_excluded_from_work: true },
      "eligible",
    ],
    [
      "an employed woman (not excluded from work)",
      { ...starter, woman_excluded_from_work: false },
      "not_eligible",
    ],
    [
      "a woman excluded from work starting a bakery",
      { ...starter, woman_excluded_from_work: true, conciliation_service_business: false },
      "not_eligible",
    ],
    ["someone whose work situation is not known yet", { ...starter }, "unknown"],
    [
      "a firm",
      { applicant_kind: "firm", woman_excluded_from_work: true, conciliation_service_business: true },
      "not_eligible",
    ],
  ])("female self-employment: %s is %s", (_, profile, status) => {
    expect(statusOf(profile, "firm.female_self_employment").status).toBe(status);
  });

  const carer: Profile = { applicant_kind: "family", working_family: true, frail_relative: true };
  it.each<[string, Profile, "eligible" | "not_eligible" | "unknown"]>([
    ["a working family not already supported", { ...carer, already_supported: false }, "eligible"],
    [
      "a family already supported by other public measures",
      { ...carer, already_supported: true },
      "not_eligible",
    ],
    ["a family that has not said about other support", { ...carer }, "unknown"],
    [
      "a family where the carers do not work",
      { ...carer, working_family: false, already_supported: false },
      "not_eligible",
    ],
    [
      "a working family with a child but no frail relative",
      {
        applicant_kind: "family",
        working_family: true,
        frail_relative: false,
        children_ages: [8],
        already_supported: false,
      },
      "eligible",
    ],
    [
      "a working family with neither a frail relative nor minors",
      {
        applicant_kind: "family",
        working_family: true,
        frail_relative: false,
        children_ages: [],
        already_supported: false,
      },
      "not_eligible",
    ],
  ])("care and transport: %s is %s", (_, profile, status) => {
    expect(statusOf(profile, "family.fragile_care_transport").status).toBe(status);
  });

  it.each<[string, Profile["children_ages"], ActionId, "eligible" | "not_eligible" | "unknown"]>([
    ["an 18-month-old", [1.5], "family.childcare_voucher", "eligible"],
    ["a 5-year-old", [5], "family.childcare_voucher", "eligible"],
    ["'under 3' from the buttons", [{ min: 0, below: 3 }], "family.childcare_voucher", "eligible"],
    ["a 3-year-old", [3], "family.pre_post_school", "eligible"],
    ["a 17-year-old", [17], "family.school_closure_camps", "eligible"],
    ["an 18-year-old", [18], "family.school_closure_camps", "not_eligible"],
    ["children of 2 and 19", [2, 19], "family.sport_culture_leisure", "eligible"],
    ["no minor children", [], "family.sport_culture_leisure", "not_eligible"],
    ["no minor children", [], "family.childcare_voucher", "not_eligible"],
  ])("children's ages: %s for %s is %s", (_, ages, action, status) => {
    expect(statusOf({ applicant_kind: "family", children_ages: ages }, action).status).toBe(status);
  });

  it.each<[string, Profile["children_ages"], ActionId, string]>([
    [
      "a 6-year-old",
      [6],
      "family.childcare_voucher",
      "Di solito i servizi per l'infanzia sono per bambini in età prescolare: conferma con la tua ATS.",
    ],
    [
      "'6 to 13' from the buttons",
      [{ min: 6, below: 14 }],
      "family.childcare_voucher",
      "Di solito i servizi per l'infanzia sono per bambini in età prescolare: conferma con la tua ATS.",
    ],
    [
      "a 2-year-old",
      [2],
      "family.pre_post_school",
      "Di solito il pre e dopo scuola è per figli che vanno già a scuola: conferma con la tua ATS.",
    ],
    [
      "a 1-year-old",
      [1],
      "family.school_closure_camps",
      "Di solito grest e centri estivi accolgono figli che vanno già a scuola: conferma con la tua ATS.",
    ],
  ])(
    "an age the document does not state never excludes: %s for %s is eligible with a caution",
    (_, ages, action, caution) => {
      const verdict = statusOf({ applicant_kind: "family", children_ages: ages }, action);
      expect(verdict.status).toBe("eligible");
      expect(verdict.reasons.filter((r) => r.outcome === "caution")).toEqual([
        {
          criterion: "typical_children_age",
          outcome: "caution",
          basis: "interpretation",
          text: expect.objectContaining({ it: caution }),
        },
      ]);
    },
  );

  it("never asks a question only to settle an interpretation", () => {
    const report = evaluateEligibility({ applicant_kind: "family", children_ages: [4] }, content);
    const childcare = report.verdicts.find((v) => v.action === "family.childcare_voucher");
    expect(childcare?.status).toBe("eligible");
    expect(childcare?.reasons.some((r) => r.basis === "interpretation" && r.outcome !== "caution")).toBe(
      false,
    );
  });
});

describe("reasons", () => {
  it("says which criterion failed, in Italian and English", () => {
    const verdict = statusOf({ ...shop, workers: 4 }, "firm.time_saving");
    expect(verdict.reasons[0]).toEqual({
      criterion: "max_workers",
      outcome: "fail",
      basis: "document",
      text: {
        it: "La tua impresa ha 4 occupati: l'azione è per imprese con massimo 3 occupati.",
        en: "Your business has 4 workers: the action is for businesses with at most 3 workers.",
      },
    });
  });

  it("explains the 250-worker border in plain words", () => {
    const [first] = statusOf({ applicant_kind: "firm", workers: 250 }, "firm.welfare_tax_relief").reasons;
    expect(first?.outcome).toBe("fail");
    expect(first?.text.it).toBe(
      "La tua è una grande impresa (250 occupati): l'azione è solo per micro, piccole e medie imprese (per la definizione europea di PMI, meno di 250 occupati).",
    );
  });

  it("says what is still unknown rather than guessing", () => {
    const verdict = statusOf(
      { applicant_kind: "family", children_ages: [1] },
      "family.fragile_care_transport",
    );
    expect(verdict.status).toBe("unknown");
    expect(verdict.reasons.filter((r) => r.outcome === "unknown").map((r) => r.criterion)).toEqual([
      "requires_working_family",
      "requires_no_other_public_support",
    ]);
  });

  it("gives a family only the reason that the action is for firms", () => {
    const verdict = statusOf({ applicant_kind: "family" }, "firm.time_saving");
    expect(verdict.reasons).toHaveLength(1);
    expect(verdict.reasons[0]?.text.it).toBe("È rivolta a un'impresa, non a una famiglia.");
  });

  it("returns a verdict for every action, each with its form", () => {
    const report = evaluateEligibility({}, content);
    expect(report.verdicts).toHaveLength(12);
    expect(report.verdicts.every((v) => v.status === "unknown")).toBe(true);
    expect(report.verdicts.find((v) => v.action === "firm.female_self_employment")?.form).toBe(
      "self_employment_project",
    );
    expect(report.verdicts.find((v) => v.action === "family.childcare_voucher")?.form).toBe("family_request");
  });
});

describe("recommended actions", () => {
  it("puts time saving first for a small shop owner, the most specific match", () => {
    const report = evaluateEligibility({ ...shop, workers: 2 }, content);
    expect(report.recommended[0]).toBe("firm.time_saving");
    expect(report.recommended).toHaveLength(6);
  });

  it("puts what the person asked about first", () => {
    const report = evaluateEligibility({ ...shop, workers: 2, interests: ["firm.smart_working"] }, content);
    expect(report.recommended.slice(0, 2)).toEqual(["firm.smart_working", "firm.time_saving"]);
  });

  it("recommends nothing that is not eligible, and ranks an action with a caution after those without", () => {
    const report = evaluateEligibility({ applicant_kind: "family", children_ages: [1] }, content);
    expect(report.recommended).toEqual([
      "family.childcare_voucher",
      "family.sport_culture_leisure",
      "family.pre_post_school",
      "family.school_closure_camps",
    ]);
    expect(report.recommended).not.toContain("family.fragile_care_transport");
  });

  it("puts the school services first for a school-age child, the childcare voucher last", () => {
    const report = evaluateEligibility({ applicant_kind: "family", children_ages: [8] }, content);
    expect(report.recommended.at(-1)).toBe("family.childcare_voucher");
  });
});
