import { z } from "zod";
import { LocalizedTextSchema } from "./localizedTextSchema.ts";

const id = z.string().regex(/^[a-z0-9_]+$/, "expected a snake_case id");

/** A part of the programme document, as titled there, with the short name the source line shows. */
export const DocumentSectionSchema = z.strictObject({
  id,
  /** The part's title word for word (a test finds it in the document). */
  heading: z.string().trim().min(1),
  label: LocalizedTextSchema,
});

/** A public fact the document does not contain (the ATS territories), named as precisely. */
export const PublicSourceSchema = z.strictObject({
  id,
  reference: z.string().trim().min(1),
  label: LocalizedTextSchema,
});

/**
 * `intents/programme/document.yaml`: the parts of the programme document every answer cites, and the
 * public sources used besides it. Ids are unique across both lists: answers refer to them alike.
 */
export const DocumentFileSchema = z
  .strictObject({
    file: z.string().min(1),
    sections: z.array(DocumentSectionSchema).min(1),
    public_sources: z.array(PublicSourceSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    const check = (list: "sections" | "public_sources", entries: readonly { id: string }[]) => {
      entries.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          ctx.addIssue({ code: "custom", path: [list, index, "id"], message: `${entry.id} is listed twice` });
        }
        seen.add(entry.id);
      });
    };
    check("sections", file.sections);
    check("public_sources", file.public_sources);
  });
export type DocumentFile = z.infer<typeof DocumentFileSchema>;
