import { z } from "zod";
import { ContentFilesSchema } from "../../content/versions/ContentFiles.ts";

export const ContentOriginSchema = z.enum(["files", "editor", "rollback"]);
export type ContentOrigin = z.infer<typeof ContentOriginSchema>;

/** A published version as read back from the database (the JSON column parsed with zod). */
export const ContentVersionRowSchema = z.object({
  number: z.number().int().min(1),
  files: ContentFilesSchema,
  hash: z.string(),
  origin: ContentOriginSchema,
  authorId: z.string().nullable(),
  note: z.string(),
  createdAt: z.date(),
});
export type ContentVersionRow = z.infer<typeof ContentVersionRowSchema>;
