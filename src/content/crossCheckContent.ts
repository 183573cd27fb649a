import path from "node:path";
import { COMPUTED_CONCEPTS } from "./answerSituations.ts";
import type { Programme } from "./Content.ts";
import { CONTENT_FILES, type ContentFileKey } from "./contentFiles.ts";
import { displayFileName } from "./displayFileName.ts";
import { templatePlaceholders } from "./format/templatePlaceholders.ts";

/**
 * Checks that need more than one file: every period referenced exists, the networks cover exactly the
 * provinces and areas the territory gives their ATS, and dates written in facts agree with periods.
 */
export function crossCheckContent(content: Programme, dir: string): string[] {
  const problems: string[] = [];
  const report = (file: ContentFileKey, where: string, message: string) => {
    problems.push(`${displayFileName(path.join(dir, CONTENT_FILES[file]))}: ${where}: ${message}`);
  };
  const periods = new Map(content.periods.periods.map((p) => [p.id, p]));
  const needPeriod = (file: ContentFileKey, where: string, id: string | undefined) => {
    if (id !== undefined && !periods.has(id))
      report(file, where, `unknown period "${id}" (not in periods.yaml)`);
  };
  needPeriod("actions", "period", content.actions.period);
  needPeriod("facts", "results_2014_2016.period", content.facts.results_2014_2016.period);
  needPeriod("facts", "model_2017_2018.period", content.facts.model_2017_2018.period);
  needPeriod("facts", "por_fse_notice.period", content.facts.por_fse_notice.period);
  const citable = new Set([
    ...content.document.sections.map((s) => s.id),
    ...content.document.public_sources.map((s) => s.id),
  ]);
  const sections = new Set(content.document.sections.map((s) => s.id));
  const concepts = new Set<string>([...Object.keys(content.concepts.concepts), ...COMPUTED_CONCEPTS]);
  const needSources = (where: string, refs: readonly string[] | undefined) => {
    refs?.forEach((ref, r) => {
      if (!citable.has(ref))
        report("topics", `${where}[${r}]`, `unknown source "${ref}" (not in document.yaml)`);
    });
  };
  const needConcepts = (where: string, names: readonly string[] | undefined) => {
    names?.forEach((name, n) => {
      if (!concepts.has(name))
        report("topics", `${where}[${n}]`, `unknown concept "${name}" (not in concepts.yaml)`);
    });
  };
  content.topics.topics.forEach((topic, index) => {
    const at = `topics[${index}]`;
    needPeriod("topics", `${at}.period`, topic.period);
    needSources(`${at}.source`, topic.source);
    topic.match.forEach((rule, r) => {
      needConcepts(`${at}.match[${r}].all`, rule.all);
      needConcepts(`${at}.match[${r}].not`, rule.not);
    });
    topic.answers.forEach((answer, a) => {
      needSources(`${at}.answers[${a}].source`, answer.source);
      needConcepts(`${at}.answers[${a}].when.concepts`, answer.when?.concepts);
    });
  });
  content.actions.actions.forEach((action, index) => {
    if (!sections.has(action.section)) {
      report(
        "actions",
        `actions[${index}].section`,
        `unknown section "${action.section}" (not in document.yaml)`,
      );
    }
  });

  const model = content.facts.model_2017_2018;
  const modelPeriod = periods.get(model.period);
  if (modelPeriod && modelPeriod.start.date.slice(0, 7) !== model.start.text.iso.slice(0, 7)) {
    report(
      "facts",
      "model_2017_2018.start",
      `"${model.start.text.text}" disagrees with periods.yaml ${modelPeriod.start.date}`,
    );
  }
  if (modelPeriod && modelPeriod.end?.date !== model.end.text.iso) {
    report(
      "facts",
      "model_2017_2018.end",
      `"${model.end.text.text}" disagrees with periods.yaml ${modelPeriod.end?.date}`,
    );
  }
  const notice = content.facts.por_fse_notice;
  const noticePeriod = periods.get(notice.period);
  if (noticePeriod && noticePeriod.start.date !== notice.date.text.iso) {
    report(
      "facts",
      "por_fse_notice.date",
      `"${notice.date.text.text}" disagrees with periods.yaml ${noticePeriod.start.date}`,
    );
  }
  const decreeDate = content.facts.decree.date.text.iso;
  if (noticePeriod?.closed_by && noticePeriod.closed_by.date !== decreeDate) {
    report(
      "facts",
      "decree.date",
      `${decreeDate} disagrees with periods.yaml closed_by ${noticePeriod.closed_by.date}`,
    );
  }
  if (content.facts.mailbox !== content.networks.mailbox) {
    report("networks", "mailbox", `differs from facts.yaml mailbox ${content.facts.mailbox}`);
  }

  const areas = content.territory.provinces.flatMap((p) =>
    p.split.map((area) => ({ ...area, province: p.code })),
  );
  const areaIds = new Set(areas.map((a) => a.area));
  content.networks.networks.forEach((network, index) => {
    const expectedProvinces = content.territory.provinces
      .filter((p) => p.ats === network.ats)
      .map((p) => p.code);
    const expectedAreas = areas.filter((a) => a.ats === network.ats).map((a) => a.area);
    if (!sameSet(network.provinces, expectedProvinces)) {
      report(
        "networks",
        `networks[${index}].provinces`,
        `${network.ats} covers [${network.provinces.join(", ")}] but the territory gives it [${expectedProvinces.join(", ")}]`,
      );
    }
    network.areas.forEach((area, a) => {
      if (!areaIds.has(area)) report("networks", `networks[${index}].areas[${a}]`, `unknown area "${area}"`);
    });
    if (!sameSet(network.areas, expectedAreas)) {
      report(
        "networks",
        `networks[${index}].areas`,
        `${network.ats} lists areas [${network.areas.join(", ")}] but the territory gives it [${expectedAreas.join(", ")}]`,
      );
    }
  });

  content.questions.questions.forEach((question, index) => {
    const allowed = question.id === "comune" ? ["areas"] : [];
    for (const lang of ["it", "en"] as const) {
      for (const name of templatePlaceholders(question.text[lang])) {
        if (!allowed.includes(name)) {
          report(
            "questions",
            `questions[${index}].text.${lang}`,
            `placeholder {${name}} is not available here`,
          );
        }
      }
    }
  });
  return problems;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}
