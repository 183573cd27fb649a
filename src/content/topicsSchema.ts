import { z } from "zod";
import {
  COMMON_PLACEHOLDERS,
  GLOBAL_PLACEHOLDERS,
  REQUIRED_VARIANTS,
  VARIANT_PLACEHOLDERS,
} from "../conversation/answers/answerPlaceholders.ts";
import { TOPIC_IDS, TopicIdSchema } from "../conversation/answers/topicIds.ts";
import { templatePlaceholders } from "../conversation/format/templatePlaceholders.ts";
import { LocalizedTextSchema } from "./localizedTextSchema.ts";

/** Keywords may be written bare in YAML even when they are numbers ("7132", 80). */
const keywordList = z.array(z.union([z.string().trim().min(1), z.number()]).transform(String));

export const TopicSchema = z.strictObject({
  id: TopicIdSchema,
  /** fact: from the programme document; not_in_document: an honest gap; navigation: where to turn. */
  kind: z.enum(["fact", "not_in_document", "navigation"]).default("fact"),
  /** The part of the programme document the answer comes from, named shortly for the source line. */
  source: LocalizedTextSchema.optional(),
  /** The period the answer describes: when it is over, the answer says so. */
  period: z.string().min(1).optional(),
  keywords: z.strictObject({ it: keywordList, en: keywordList }),
  templates: z.record(z.string(), LocalizedTextSchema),
  /** Suggested next questions, offered as buttons (the label is also the text sent back). */
  follow_ups: z.array(LocalizedTextSchema).default([]),
});
export type Topic = z.infer<typeof TopicSchema>;

const CommonSchema = z.strictObject({
  closed_programme: LocalizedTextSchema,
  closed_notice: LocalizedTextSchema,
  upcoming: LocalizedTextSchema,
  network_hint_known: LocalizedTextSchema,
  network_hint_unknown: LocalizedTextSchema,
  place_province: LocalizedTextSchema,
});

/** `intents/programme/topics.yaml`: programme questions, their keywords and answer templates. */
export const TopicsFileSchema = z
  .strictObject({ topics: z.array(TopicSchema), common: CommonSchema })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.topics.forEach((topic, index) => {
      if (seen.has(topic.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["topics", index, "id"],
          message: `${topic.id} is listed twice`,
        });
      }
      seen.add(topic.id);
      for (const variant of REQUIRED_VARIANTS[topic.id]) {
        if (!(variant in topic.templates)) {
          ctx.addIssue({
            code: "custom",
            path: ["topics", index, "templates"],
            message: `missing template "${variant}"`,
          });
        }
      }
      for (const [variant, text] of Object.entries(topic.templates)) {
        const extra = VARIANT_PLACEHOLDERS[variant];
        if (extra === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["topics", index, "templates", variant],
            message: `unknown template variant "${variant}" (known: ${Object.keys(VARIANT_PLACEHOLDERS).join(", ")})`,
          });
          continue;
        }
        const allowed = new Set<string>([...GLOBAL_PLACEHOLDERS, ...extra]);
        checkPlaceholders(text, allowed, ["topics", index, "templates", variant], ctx);
      }
      topic.follow_ups.forEach((followUp, f) => {
        for (const lang of ["it", "en"] as const) {
          if (Buffer.byteLength(followUp[lang], "utf8") > 64) {
            ctx.addIssue({
              code: "custom",
              path: ["topics", index, "follow_ups", f, lang],
              message: "a button text must fit in 64 bytes",
            });
          }
        }
      });
    });
    const missing = TOPIC_IDS.filter((id) => !seen.has(id));
    if (missing.length > 0) {
      ctx.addIssue({ code: "custom", path: ["topics"], message: `missing topics: ${missing.join(", ")}` });
    }
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
