import { describe, expect, it } from "vitest";
import { listCriteria } from "../../../src/conversation/eligibility/listCriteria.ts";
import { realContent } from "../../content/contentFixture.ts";

const content = await realContent();
const listing = listCriteria(content);

describe("the list of eligibility criteria", () => {
  it("has every criterion of every action, each with a source", () => {
    const count = content.actions.actions.reduce((n, a) => n + Object.keys(a.criteria).length, 0);
    expect(listing).toHaveLength(count);
    expect(listing.every((c) => c.source.length > 0)).toBe(true);
  });

  it("quotes the document for the three-worker limit, without adding the owner", () => {
    expect(listing.find((c) => c.action === "firm.time_saving" && c.criterion === "max_workers")).toEqual({
      action: "firm.time_saving",
      criterion: "max_workers",
      rule: "3",
      basis: "document",
      source: "con massimo tre occupati",
    });
  });

  it("marks the usual ages as interpretations, with the reason", () => {
    const interpretations = listing.filter((c) => c.basis === "interpretation");
    expect(interpretations.map((c) => `${c.action} ${c.criterion} ${c.rule}`)).toEqual([
      "family.childcare_voucher typical_children_age 0–5 anni",
      "family.pre_post_school typical_children_age da 3 anni",
      "family.school_closure_camps typical_children_age da 3 anni",
    ]);
    expect(interpretations[0]?.source).toContain("il documento non fissa un'età");
  });
});
