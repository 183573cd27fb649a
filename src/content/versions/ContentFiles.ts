import { z } from "zod";

/**
 * A path inside the `intents` folder: forward slashes, no `..`, no leading slash, so a stored
 * version can never write outside the folder it is materialised into.
 */
export const ContentPathSchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9_][a-z0-9_.-]*(\/[a-z0-9_][a-z0-9_.-]*)*$/i, "percorso di file non valido")
  .refine((p) => !p.split("/").includes(".."), "percorso di file non valido");

/** One version of the content: every file of the `intents` folder by its path, as text. */
export const ContentFilesSchema = z.record(ContentPathSchema, z.string().max(2_000_000));
export type ContentFiles = z.infer<typeof ContentFilesSchema>;
