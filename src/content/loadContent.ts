import type { Content } from "./Content.ts";
import { ContentError } from "./ContentError.ts";
import { tryLoadContent } from "./tryLoadContent.ts";

/**
 * The start-up loader: a broken content file stops the service with every problem listed
 * (file, path inside it, what is wrong), because answering from wrong data is worse than not starting.
 */
export async function loadContent(dir: string): Promise<Content> {
  const result = await tryLoadContent(dir);
  if (!result.ok) throw new ContentError(result.problems);
  return result.content;
}
