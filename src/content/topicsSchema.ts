import { z } from "zod";
import {
  ACTION_SITUATIONS,
  COMMON_PLACEHOLDERS,
  GLOBAL_PLACEHOLDERS,
  SITUATION_PLACEHOLDERS,
  SituationSchema,
} from "./answerSituations.ts";
import { checkListedOnce } from "./checkListedOnce.ts";
import { templatePlaceholders } from "./format/templatePlaceholders.ts";
import { LocalizedTextSchema } from "./localizedTextSchema.ts";
import { TOPIC_IDS, TopicIdSchema } from "./vocabulary/topicIds.ts";

/** A concept of concepts.yaml, or one the code computes (`$place`, `$action`, `$ats`). */
const ConceptRefSchema = z.string().regex(/^\$?[a-z0-9_]+$/, "expected a concept name");
/** Parts of document.yaml (sections or public sources) an answer comes from, in citing order. */
const SourceRefsSchema = z.array(z.string().min(1)).min(1);

/** One way a message shows its topic: every concept of `all`, none of `not`. */
export const MatchRuleSchema = z.strictObject({
  all: z.array(ConceptRefSchema).min(1),
  not: z.array(ConceptRefSchema).default([]),
  /** From 0 to 1; from 0.5 on the message is clearly about the topic. */
  score: z.number().gt(0).max(1),
  /**
   * Only right after an answer on one of these topics: "e gli altri che fine fanno?" asks about
   * the projects not funded only after the admitted/funded figures.
   */
  after: z.array(TopicIdSchema).default([]),
});
export type MatchRule = z.infer<typeof MatchRuleSchema>;

const WhenSchema = z
  .strictObject({
    situation: z.array(SituationSchema).min(1).optional(),
    concepts: z.array(ConceptRefSchema).min(1).optional(),
  })
  .refine((w) => w.situation !== undefined || w.concepts !== undefined, {
    message: "`when` needs a situation or concepts",
  });

export const TopicAnswerSchema = z.strictObject({
  when: WhenSchema.optional(),
  /** Overrides the topic's source for this text (a date of the decree comes from the decree). */
  source: SourceRefsSchema.optional(),
  it: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type TopicAnswer = z.infer<typeof TopicAnswerSchema>;

export const TopicSchema = z
  .strictObject({
    id: TopicIdSchema,
    /** fact: from the programme document; not_in_document: an honest gap; navigation: where to turn. */
    kind: z.enum(["fact", "not_in_document", "navigation"]),
    source: SourceRefsSchema.optional(),
    /** The period the answer describes: when it is over, the answer says so. */
    period: z.string().min(1).optional(),
    /** The topic a message naming a place moves to (the list of ATS → the ATS of that place). */
    place_topic: TopicIdSchema.optional(),
    match: z.array(MatchRuleSchema).default([]),
    /** Tried in order: the first whose `when` holds; the one without `when` comes last. */
    answers: z.array(TopicAnswerSchema).min(1),
    /** Suggested next questions, offered as buttons (the label is also the text sent back). */
    follow_ups: z.array(LocalizedTextSchema).default([]),
  })
  .superRefine((topic, ctx) => {
    const fallbacks = topic.answers.filter((a) => a.when === undefined).length;
    if (fallbacks !== 1 || topic.answers.at(-1)?.when !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["answers"],
        message: "exactly one answer has no `when`, and it comes last",
      });
    }
    topic.answers.forEach((answer, index) => {
      const situations = answer.when?.situation ?? [];
      const allowed = new Set<string>([
        ...GLOBAL_PLACEHOLDERS,
        ...situations.flatMap((s) => SITUATION_PLACEHOLDERS[s]),
        // A topic about a period always knows it, whatever its state.
        ...(topic.period ? SITUATION_PLACEHOLDERS.period_open : []),
      ]);
      checkPlaceholders(answer, allowed, ["answers", index], ctx);
      const aboutAnAction = situations.some((s) => ACTION_SITUATIONS.has(s));
      if (topic.kind === "fact" && !answer.source && !topic.source && !aboutAnAction) {
        ctx.addIssue({
          code: "custom",
          path: ["answers", index],
          message: "a fact needs a source (on the topic or on this answer)",
        });
      }
    });
    if (topic.place_topic === topic.id) {
      ctx.addIssue({ code: "custom", path: ["place_topic"], message: "a topic cannot move to itself" });
    }
    topic.follow_ups.forEach((followUp, f) => {
      for (const lang of ["it", "en"] as const) {
        if (Buffer.byteLength(followUp[lang], "utf8") > 64) {
          ctx.addIssue({
            code: "custom",
            path: ["follow_ups", f, lang],
            message: "a button text must fit in 64 bytes",
          });
        }
      }
    });
  });
export type Topic = z.infer<typeof TopicSchema>;

const CommonSchema = z.strictObject({
  closed_programme: LocalizedTextSchema,
  closed_notice: LocalizedTextSchema,
  upcoming: LocalizedTextSchema,
  network_hint_known: LocalizedTextSchema,
  network_hint_unknown: LocalizedTextSchema,
  place_province: LocalizedTextSchema,
  source_line: LocalizedTextSchema,
  and: LocalizedTextSchema,
  more_than: LocalizedTextSchema,
  projects_none: LocalizedTextSchema,
  projects_one: LocalizedTextSchema,
  projects_many: LocalizedTextSchema,
  table_row: LocalizedTextSchema,
  table_total: LocalizedTextSchema,
  top_projects_one: LocalizedTextSchema,
  top_projects_many: LocalizedTextSchema,
  top_amount: LocalizedTextSchema,
  none_provinces: LocalizedTextSchema,
  ats_row: LocalizedTextSchema,
});

/** `intents/programme/topics.yaml`: programme questions, how to recognise them, and their answers. */
export const TopicsFileSchema = z
  .strictObject({ topics: z.array(TopicSchema), common: CommonSchema })
  .superRefine((file, ctx) => {
    checkListedOnce(ctx, ["topics"], file.topics, "id", { ids: TOPIC_IDS, name: "topics" });
    for (const [name, text] of Object.entries(file.common)) {
      checkPlaceholders(text, new Set(COMMON_PLACEHOLDERS[name] ?? []), ["common", name], ctx);
    }
  });
export type TopicsFile = z.infer<typeof TopicsFileSchema>;

function checkPlaceholders(
  text: { it: string; en: string },
  allowed: ReadonlySet<string>,
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  for (const lang of ["it", "en"] as const) {
    for (const name of templatePlaceholders(text[lang])) {
      if (!allowed.has(name)) {
        ctx.addIssue({
          code: "custom",
          path: [...path, lang],
          message: `placeholder {${name}} is not available here`,
        });
      }
    }
  }
}
