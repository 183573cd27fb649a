import type { Content } from "../../content/Content.ts";
import type { ActionId, Lang } from "../../content/ids.ts";
import type { Profile } from "../../content/vocabulary/profileSchema.ts";
import { QuestionIdSchema } from "../../content/vocabulary/questionIds.ts";
import { BoundedMap } from "../../kernel/BoundedMap.ts";
import { answerProgrammeQuestion } from "../answers/answerProgrammeQuestion.ts";
import { matchTopic } from "../answers/matchTopic.ts";
import { periodStatus } from "../answers/periodStatus.ts";
import { readQuestion } from "../answers/readQuestion.ts";
import { applyAnswer } from "../eligibility/applyAnswer.ts";
import type { EligibilityStatus, Reason } from "../eligibility/EligibilityReport.ts";
import { evaluateEligibility } from "../eligibility/evaluateEligibility.ts";
import { resolveAts } from "../eligibility/resolveAts.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import { audienceOfAction } from "../interview/audienceOfAction.ts";
import type { Understanding } from "../nlu/Understanding.ts";
import type { Assessment, ProgrammeKnowledge } from "../ports/ProgrammeKnowledge.ts";
import type { Audience } from "../state/Audience.ts";

const APPLICANT_KIND = { firm: "firm", family: "family", self_employment: "aspiring_entrepreneur" } as const;

/**
 * The programme knowledge the dialog consults, on top of the eligibility engine and the programme
 * answers (both pure, over the loaded content). `today` is asked on every call so a long-running
 * service notices when a period closes.
 */
export function createProgrammeKnowledge(content: Content, today: () => string): ProgrammeKnowledge {
  const action = (id: ActionId) => {
    const found = content.actions.actions.find((a) => a.id === id);
    if (!found) throw new Error(`action ${id} missing from the loaded content`);
    return found;
  };
  const withKind = (audience: Audience, profile: Profile): Profile =>
    profile.applicant_kind === undefined ? { ...profile, applicant_kind: APPLICANT_KIND[audience] } : profile;

  const assess = (
    audience: Audience,
    profile: Profile,
    lang: Lang,
    day: string,
    pending: string | undefined,
  ): Assessment => {
    const report = evaluateEligibility(withKind(audience, profile), content, day, pending);
    const next = report.next_question;
    return {
      verdicts: report.verdicts
        // Actions for another audience would only be noise in a verdict ("not for families").
        .filter((v) => v.status === "eligible" || audienceOfAction(v.action) === audience)
        .map((v) => ({
          action: v.action,
          status: v.status,
          reasons: explain(v.reasons, v.status, lang),
        })),
      ranked: report.recommended,
      ...(next ? { next: { field: next.id, text: next.text[lang], buttons: next.buttons[lang] } } : {}),
    };
  };
  /**
   * An assessment is a pure function of the day, the audience, the language, the pending question
   * and the profile, and a turn often asks for the same one twice (the prefill, then the next
   * question); profiles repeat across conversations too. A result is shared, so it is frozen.
   */
  const assessments = new BoundedMap<string, Assessment>(2_000);

  return {
    assess(audience, profile, lang, pending) {
      const day = today();
      const key = JSON.stringify([day, audience, lang, pending ?? null, profile]);
      const cached = assessments.get(key);
      if (cached) return cached;
      const assessment = deepFreeze(assess(audience, profile, lang, day, pending));
      assessments.set(key, assessment);
      return assessment;
    },

    readAnswer(field, text, understanding, profile) {
      const question = QuestionIdSchema.safeParse(field);
      if (!question.success) return { ok: false };
      const direct = applyAnswer(profile, question.data, text, content);
      if (direct.ok) return { ok: true, profile: direct.profile };
      const fromEntities = understanding ? entitiesAnswer(field, understanding, profile) : undefined;
      return fromEntities ? { ok: true, profile: fromEntities } : { ok: false };
    },

    answer(understanding, text, profile, lang, options = {}) {
      const { province, comune } = understanding.entities;
      const answer = answerProgrammeQuestion(
        {
          ...(options.topic ? { topic: options.topic } : {}),
          ...(options.place ? { carried: options.place } : {}),
          ...(options.action ? { carriedAction: options.action } : {}),
          intent: understanding.intent,
          entities: { ...(province ? { province } : {}), ...(comune ? { comune } : {}) },
          known: {
            ...(profile.province ? { province: profile.province } : {}),
            ...(profile.comune ? { comune: profile.comune } : {}),
          },
          text,
          lang,
        },
        content,
        today(),
      );
      return {
        text: answer.reply.text,
        topic: answer.topic,
        kind: answer.kind,
        buttons: answer.reply.buttons,
        ...(answer.source ? { source: answer.source } : {}),
        ...(answer.place ? { place: answer.place } : {}),
        ...(answer.actions ? { actions: answer.actions } : {}),
      };
    },

    findTopic: (text, _lang, previous) => matchTopic(readQuestion(text, content), content, previous),

    actionTitle: (id, lang) => action(id).title[lang],

    describeAction(id, lang) {
      const a = action(id);
      const section = content.document.sections.find((s) => s.id === a.section);
      if (!section) throw new Error(`describeAction: section ${a.section} missing from the loaded content`);
      const source = section.label[lang];
      const line = renderTemplate(content.topics.common.source_line[lang], { source });
      return { text: `${a.title[lang]}: ${a.explanation[lang]} ${a.who_may_apply[lang]}\n\n${line}`, source };
    },

    atsName: (ats, lang) => content.networks.networks.find((n) => n.ats === ats)?.ats_name[lang],

    findNetwork(province, comune, lang) {
      const resolution = resolveAts({ province, comune, on: today() }, content.territory);
      if (!resolution.ok && resolution.reason === "need_comune") return { ok: false, reason: "need_comune" };
      // A comune the territory file does not list belongs to the province's own ATS.
      const atsId = resolution.ok
        ? resolution.ats
        : content.territory.provinces.find((p) => p.code === province)?.ats;
      const network = content.networks.networks.find((n) => n.ats === atsId);
      if (!network) return { ok: false, reason: "need_comune" };
      return {
        ok: true,
        network: {
          atsId: network.ats,
          name: network.ats_name[lang],
          website: network.website,
        },
      };
    },

    periodIsOpen() {
      const period = content.periods.periods.find((p) => p.id === content.actions.period);
      return period ? periodStatus(period, today()) === "open" : false;
    },
  };
}

/**
 * The reasons worth reading: why an action fits (without "it is for firms", which every fitting
 * action of the audience shares) and any interpretation that does not quite fit ("di solito…,
 * conferma con la tua ATS"), or why it does not fit.
 */
function explain(reasons: readonly Reason[], status: EligibilityStatus, lang: Lang): string[] {
  const relevant = reasons.filter((r) =>
    status === "eligible" ? r.outcome === "pass" : r.outcome === "fail",
  );
  const specific = relevant.filter((r) => r.criterion !== "applicant_kinds");
  const cautions = status === "eligible" ? reasons.filter((r) => r.outcome === "caution") : [];
  return [...(specific.length > 0 ? specific : relevant), ...cautions].map((r) => r.text[lang]);
}

/** When plain reading fails, what the understanding found in the text may still answer the question. */
function entitiesAnswer(field: string, understanding: Understanding, profile: Profile): Profile | undefined {
  const { province, comune, employees, child_age } = understanding.entities;
  if (field === "workers" && employees !== undefined) return { ...profile, workers: employees };
  if (field === "children_ages" && child_age !== undefined) return { ...profile, children_ages: [child_age] };
  if (field === "province" && province) return { ...profile, province, ...(comune ? { comune } : {}) };
  if (field === "comune" && comune) return { ...profile, comune, ...(province ? { province } : {}) };
  return undefined;
}

/** Freezes a shared result all the way down, so no caller can change it for the next one. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
