import { z } from "zod";
import { LangSchema } from "./ids.ts";

const text = z.string().trim().min(1);
/** A link inside the site: a path, never another origin or a script. */
const sitePath = z
  .string()
  .regex(/^\/[\w/-]*$/, { message: "must be a path of this site, such as /privacy" });

/** What the public web pages say in one language (the bot's own words are in responses/). */
export const PageTextsSchema = z.strictObject({
  title: text,
  description: text,
  skipToChat: text,
  skipToContent: text,
  skipToFooter: text,
  region: text,
  programme: text,
  tagline: text,
  otherLanguage: z.strictObject({ label: text, href: sitePath, lang: LangSchema }),
  heading: text,
  intro: text,
  chatRegion: text,
  connecting: text,
  failed: text,
  retry: text,
  newConversation: text,
  /** The message box's counter: {used} and {max} are filled in by the page. */
  counter: text.refine((t) => t.includes("{used}") && t.includes("{max}"), {
    message: "must contain {used} and {max}",
  }),
  counterFull: text,
  noScript: text,
  contacts: text,
  mailbox: text,
  privacy: text,
  privacyHref: sitePath,
  homeHref: sitePath,
  footerNote: text,
  privacyTitle: text,
  privacyBody: z.array(text).min(1),
  backToChat: text,
});
export type PageTexts = z.infer<typeof PageTextsSchema>;

/** `intents/web/pages.yaml`: the page texts in Italian and English. */
export const WebPagesSchema = z.strictObject({ it: PageTextsSchema, en: PageTextsSchema });
export type WebPages = z.infer<typeof WebPagesSchema>;
