import { createHash } from "node:crypto";
import type { FormProgress } from "../state/ConversationState.ts";

/**
 * The identity of a summary card: the form run (its consent time) and every answer on it. Two
 * summaries showing the same answers of the same run are the same card; after any change, or in
 * another run, the old card's buttons name a card that no longer exists and do nothing.
 */
export function reviewCardId(progress: FormProgress): string {
  const canonical = JSON.stringify([
    progress.id,
    progress.consentAt ?? "",
    Object.entries(progress.values).sort(([a], [b]) => a.localeCompare(b)),
    progress.resumedFields ?? [],
  ]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 8);
}
