import { z } from "zod";
import { ContentFilesSchema } from "../../content/versions/ContentFiles.ts";

/** The shared draft as read back from the database. */
export const ContentDraftRowSchema = z.object({
  baseNumber: z.number().int().min(1),
  files: ContentFilesSchema,
  revision: z.number().int().min(0),
  updatedById: z.string().nullable(),
  updatedAt: z.date(),
});
export type ContentDraftRow = z.infer<typeof ContentDraftRowSchema>;
