import type {
  EvaluationComparison,
  EvaluationReport,
  SetComparison,
  SetReport,
  Tally,
} from "./EvaluationReport.ts";

const EMPTY: Tally = { passed: 0, total: 0 };
const rate = (t: Tally) => (t.total ? t.passed / t.total : 0);

function compareSets(published: SetReport, draft: SetReport): SetComparison {
  const before = new Map(published.results.map((r) => [r.name, r]));
  const keys = [...new Set([...Object.keys(published.groups), ...Object.keys(draft.groups)])];
  const groups = keys
    .map((group) => ({
      group,
      published: published.groups[group] ?? EMPTY,
      draft: draft.groups[group] ?? EMPTY,
    }))
    .sort(
      (a, b) =>
        Number(rate(b.published) !== rate(b.draft)) - Number(rate(a.published) !== rate(a.draft)) ||
        a.group.localeCompare(b.group),
    );
  const newlyFailing = draft.results.filter((r) => !r.ok && before.get(r.name)?.ok !== false);
  const newlyPassing = draft.results.flatMap((r) => {
    const old = before.get(r.name);
    return r.ok && old && !old.ok ? [old] : [];
  });
  const stillFailing = draft.results.filter((r) => !r.ok && before.get(r.name)?.ok === false).length;
  return {
    items: { published: published.items, draft: draft.items },
    groups,
    newlyFailing,
    newlyPassing,
    stillFailing,
  };
}

/**
 * What a draft changes in the evaluations, against the published content evaluated the same way:
 * rates per repair pattern and per topic side by side, and the dialogues and questions that start
 * or stop failing with the step's expectation and the bot's reply.
 */
export function compareEvaluations(
  published: EvaluationReport,
  draft: EvaluationReport,
): EvaluationComparison {
  return {
    seconds: { published: published.seconds, draft: draft.seconds },
    dialogue: compareSets(published.dialogue, draft.dialogue),
    facts: compareSets(published.facts, draft.facts),
  };
}
