import type { Action, Criteria } from "../../content/actionsSchema.ts";
import type { CriteriaTextsFile } from "../../content/criteriaTextsSchema.ts";
import type { LocalizedText } from "../../content/localizedTextSchema.ts";
import { CRITERION_KEYS, type CriterionKey } from "../../content/vocabulary/criterionKeys.ts";
import type { ChildAge, FirmSize, Profile } from "../../content/vocabulary/profileSchema.ts";
import { joinList } from "../format/joinList.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import type { Basis, Outcome } from "./EligibilityReport.ts";
import { firmSizeForWorkers } from "./firmSizeForWorkers.ts";
import { type KnownWorkers, workersRangeOf } from "./workersRangeOf.ts";

export type Vars = Record<string, LocalizedText>;
/**
 * A criterion's outcome, and the values its explanation needs: computed only when there are labels
 * to write them with, because choosing the next question tries every answer on every action and
 * needs the outcomes alone.
 */
export type Check = { outcome: Outcome; vars: Vars };
type Labels = CriteriaTextsFile["labels"];
type Evaluator<K extends CriterionKey> = (
  rule: NonNullable<Criteria[K]>,
  profile: Profile,
  labels: Labels | undefined,
) => Check | null;

const NONE: Vars = {};
const same = (text: string): LocalizedText => ({ it: text, en: text });
const fromBoolean = (value: boolean | undefined, wanted: boolean): Outcome =>
  value === undefined ? "unknown" : value === wanted ? "pass" : "fail";

/**
 * One function per criterion: each says pass / fail / unknown from what the profile holds, and the
 * values its explanation needs. `null` means the criterion does not apply to this applicant.
 */
const EVALUATORS: { [K in CriterionKey]: Evaluator<K> } = {
  applicant_kinds: (allowed, profile, labels) => {
    const kind = profile.applicant_kind;
    const vars: Vars = labels
      ? {
          allowed: localizedJoin(
            allowed.map((k) => labels.applicant_kind[k]),
            labels.or,
          ),
          ...(kind === undefined ? {} : { value: labels.applicant_kind[kind] }),
        }
      : NONE;
    if (kind === undefined) return { outcome: "unknown", vars };
    return { outcome: allowed.includes(kind) ? "pass" : "fail", vars };
  },
  firm_sizes: (allowed, profile, labels) => {
    if (profile.applicant_kind !== "firm") return null;
    const range = workersRangeOf(profile);
    const possible = possibleSizes(range);
    const vars: Vars = labels
      ? {
          workers: workersPhrase(range, labels),
          value: localizedJoin(
            possible.map((size) => labels.firm_size[size]),
            labels.or,
          ),
        }
      : NONE;
    if (possible.every((size) => allowed.includes(size))) return { outcome: "pass", vars };
    if (possible.every((size) => !allowed.includes(size))) return { outcome: "fail", vars };
    return { outcome: "unknown", vars };
  },
  max_workers: (max, profile, labels) => {
    const range = workersRangeOf(profile);
    const vars: Vars = labels ? { max: same(String(max)), workers: workersPhrase(range, labels) } : NONE;
    if (range.max !== undefined && range.max <= max) return { outcome: "pass", vars };
    if (range.min > max) return { outcome: "fail", vars };
    return { outcome: "unknown", vars };
  },
  sectors: (allowed, profile, labels): Check => {
    const sector = profile.sector;
    if (sector === undefined) return { outcome: "unknown", vars: NONE };
    return {
      outcome: allowed.includes(sector) ? "pass" : "fail",
      vars: labels ? { value: labels.sector[sector] } : NONE,
    };
  },
  roles: (allowed, profile, labels): Check => {
    const role = profile.role;
    if (role === undefined) return { outcome: "unknown", vars: NONE };
    return {
      outcome: allowed.includes(role) ? "pass" : "fail",
      vars: labels ? { value: labels.role[role] } : NONE,
    };
  },
  requires_chores_unrelated_to_business: (_, profile) => ({
    outcome: fromBoolean(profile.chores_unrelated_to_business, true),
    vars: NONE,
  }),
  requires_woman_excluded_from_work: (_, profile) => ({
    outcome: fromBoolean(profile.woman_excluded_from_work, true),
    vars: NONE,
  }),
  requires_conciliation_service_business: (_, profile) => ({
    outcome: fromBoolean(profile.conciliation_service_business, true),
    vars: NONE,
  }),
  requires_working_family: (_, profile) => ({
    outcome: fromBoolean(profile.working_family, true),
    vars: NONE,
  }),
  requires_no_other_public_support: (_, profile) => ({
    outcome: fromBoolean(profile.already_supported, false),
    vars: NONE,
  }),
  children_age: (band, profile, labels) => {
    const vars: Vars = labels ? { range: ageRangePhrase(band.min, band.below, labels) } : NONE;
    return { outcome: childrenOutcome(profile.children_ages, band.min, band.below), vars };
  },
  typical_children_age: (band, profile, labels) => {
    const below = band.below ?? Number.POSITIVE_INFINITY;
    const vars: Vars = labels ? { range: ageRangePhrase(band.min, below, labels) } : NONE;
    return { outcome: childrenOutcome(profile.children_ages, band.min, below), vars };
  },
  frail_relative_or_child: (rule, profile, labels) => {
    const vars: Vars = labels ? { below: same(String(rule.child_below)) } : NONE;
    if (profile.frail_relative === true) return { outcome: "pass", vars };
    const children = childrenOutcome(profile.children_ages, 0, rule.child_below);
    if (children === "pass") return { outcome: "pass", vars };
    if (profile.frail_relative === false && children === "fail") return { outcome: "fail", vars };
    return { outcome: "unknown", vars };
  },
};

export type CheckedCriterion = { key: CriterionKey; check: Check; basis: Basis };

/**
 * The criteria of one action that apply to this applicant, each with its outcome and whether it is
 * stated by the document or an interpretation. A failed applicant kind ends the list: telling a
 * family why a firm's size rule fails would only confuse.
 */
export function checkCriteria(
  action: Action,
  profile: Profile,
  labels: Labels | undefined,
): CheckedCriterion[] {
  const checks: CheckedCriterion[] = [];
  for (const key of CRITERION_KEYS) {
    const check = runCriterion(key, action.criteria, profile, labels);
    if (check === null) continue;
    const source = action.criteria_sources[key];
    checks.push({ key, check, basis: source && "interpretation" in source ? "interpretation" : "document" });
    if (key === "applicant_kinds" && check.outcome === "fail") break;
  }
  return checks;
}

function runCriterion<K extends CriterionKey>(
  key: K,
  criteria: Criteria,
  profile: Profile,
  labels: Labels | undefined,
): Check | null {
  const rule = criteria[key];
  if (rule === undefined) return null;
  const evaluator: Evaluator<K> = EVALUATORS[key];
  return evaluator(rule, profile, labels);
}

function localizedJoin(items: readonly LocalizedText[], or: LocalizedText): LocalizedText {
  return {
    it: joinList(
      items.map((i) => i.it),
      or.it,
    ),
    en: joinList(
      items.map((i) => i.en),
      or.en,
    ),
  };
}

function possibleSizes(range: KnownWorkers): FirmSize[] {
  const sizes: FirmSize[] = [];
  const low = firmSizeForWorkers(range.min);
  const high = range.max === undefined ? "large" : firmSizeForWorkers(range.max);
  const order: FirmSize[] = ["micro", "small", "medium", "large"];
  for (let i = order.indexOf(low); i <= order.indexOf(high); i++) {
    const size = order[i];
    if (size !== undefined) sizes.push(size);
  }
  return sizes;
}

function workersPhrase(range: KnownWorkers, labels: Labels): LocalizedText {
  const fill = (t: LocalizedText, values: Record<string, string>): LocalizedText => ({
    it: renderTemplate(t.it, values),
    en: renderTemplate(t.en, values),
  });
  if (range.max === range.min) {
    return range.min === 1 ? labels.workers_exact_one : fill(labels.workers_exact, { n: String(range.min) });
  }
  if (range.max === undefined) return fill(labels.workers_at_least, { min: String(range.min) });
  if (range.min === 0) return fill(labels.workers_up_to, { max: String(range.max) });
  return fill(labels.workers_between, { min: String(range.min), max: String(range.max) });
}

function ageRangePhrase(min: number, below: number, labels: Labels): LocalizedText {
  if (below === Number.POSITIVE_INFINITY) {
    return {
      it: renderTemplate(labels.age_from.it, { min: String(min) }),
      en: renderTemplate(labels.age_from.en, { min: String(min) }),
    };
  }
  if (min === 0) {
    return {
      it: renderTemplate(labels.age_under.it, { below: String(below) }),
      en: renderTemplate(labels.age_under.en, { below: String(below) }),
    };
  }
  const values = { min: String(min), max: String(below - 1) };
  return {
    it: renderTemplate(labels.age_between.it, values),
    en: renderTemplate(labels.age_between.en, values),
  };
}

/** An age in years covers [age, next birthday); a band is [min, below). */
function ageInterval(age: ChildAge): { from: number; to: number } {
  if (typeof age === "number") return { from: age, to: Math.floor(age) + 1 };
  return { from: age.min, to: age.below };
}

function childrenOutcome(children: readonly ChildAge[] | undefined, min: number, below: number): Outcome {
  if (children === undefined) return "unknown";
  let undecided = false;
  for (const child of children) {
    const { from, to } = ageInterval(child);
    if (from >= min && to <= below) return "pass";
    if (!(to <= min || from >= below)) undecided = true;
  }
  return undecided ? "unknown" : "fail";
}
