import type { Content, UnderstandingContent } from "./Content.ts";
import { ContentError } from "./ContentError.ts";
import { tryLoadContent } from "./tryLoadContent.ts";

/**
 * The start-up loader: a broken content file stops the service with every problem listed
 * (file, path inside it, what is wrong), because answering from wrong data is worse than not starting.
 */
export function loadContent(dir: string): Promise<Content>;
export function loadContent(dir: string, part: "understanding"): Promise<UnderstandingContent>;
export async function loadContent(
  dir: string,
  part?: "understanding",
): Promise<Content | UnderstandingContent> {
  const result = part ? await tryLoadContent(dir, part) : await tryLoadContent(dir);
  if (!result.ok) throw new ContentError(result.problems);
  return "content" in result ? result.content : result.value;
}
