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

/**
 * After an erasure or a purge has committed: the old versions of the rows it changed are removed
 * from disk too (Database.removeDeadRows), so "cancellato" holds for the files, not only for SQL.
 */
export async function compactErasedData(db: Database): Promise<void> {
  await db.removeDeadRows(TABLES_WITH_PERSONAL_DATA);
}
