import path from "node:path";
import { ContentError } from "../../content/ContentError.ts";
import { readYamlFile } from "../../content/readYamlFile.ts";
import { type CannedReplies, CannedRepliesSchema } from "./CannedRepliesSchema.ts";

export const CANNED_REPLIES_FILE = path.join(import.meta.dirname, "cannedReplies.yaml");

/** Canned replies are data: staff wording changes without a release of code. */
export async function loadCannedReplies(file = CANNED_REPLIES_FILE): Promise<CannedReplies> {
  const result = await readYamlFile(file, CannedRepliesSchema);
  if (!result.ok) throw new ContentError(result.problems);
  return result.value;
}
