import { ContentError } from "../../content/ContentError.ts";
import { readYamlFile } from "../../content/readYamlFile.ts";
import { appPath } from "../../kernel/appPath.ts";
import { type CannedReplies, CannedRepliesSchema } from "./CannedRepliesSchema.ts";

export const CANNED_REPLIES_FILE = appPath("src", "console", "content", "cannedReplies.yaml");

/** Canned replies are data: staff wording changes without a release of code. */
export async function loadCannedReplies(file = CANNED_REPLIES_FILE): Promise<CannedReplies> {
  const result = await readYamlFile(file, CannedRepliesSchema);
  if (!result.ok) throw new ContentError(result.problems);
  return result.value;
}
