import type { ApplicantKind } from "../../content/vocabulary/profileSchema.ts";
import type { Audience } from "../state/Audience.ts";

const AUDIENCE_OF: Partial<Record<ApplicantKind, Audience>> = {
  firm: "firm",
  family: "family",
  aspiring_entrepreneur: "self_employment",
};

/**
 * Which door of the menu fits a kind of applicant the profile knows; none for the kinds the
 * menu has no door of their own for (care providers, networks of firms).
 */
export function audienceOfApplicant(kind: ApplicantKind | undefined): Audience | undefined {
  return kind === undefined ? undefined : AUDIENCE_OF[kind];
}
