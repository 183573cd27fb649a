import type { Database } from "../Database.ts";

/**
 * The tables an erasure or a retention purge rewrites or deletes from: every one that holds a
 * user's words, form data, notes about them or mails to and about them (Conversation keeps the
 * form's answers in its state until the erasure clears it).
 */
const TABLES_WITH_PERSONAL_DATA = [
  "Conversation",
  "Message",
  "Submission",
  "OutboxMail",
  "Note",
  "AnswerFeedback",
];

/** Set while a compaction is due and has not yet succeeded in this process. */
let owed = false;

/**
 * After an erasure or a purge has committed: the old versions of the rows it changed are removed
 * from disk too (Database.removeDeadRows), so "cancellato" holds for the files, not only for SQL.
 * A compaction that fails (the erasure itself stays committed) is owed: the next retention pass
 * runs it even when nothing expired ("if-owed").
 */
export async function compactErasedData(db: Database, when: "now" | "if-owed" = "now"): Promise<void> {
  if (when === "if-owed" && !owed) return;
  owed = true;
  await db.removeDeadRows(TABLES_WITH_PERSONAL_DATA);
  owed = false;
}
