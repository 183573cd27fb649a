/** Why a code could not move a conversation: the user's mistake, said back to them plainly. */
export type TransferFailure = "unknown_code" | "same_conversation";

export type TransferResult =
  | { ok: true; sourceConversationId?: string; duplicate: boolean }
  | { ok: false; reason: TransferFailure };

export interface TransferRequest {
  code: string;
  targetConversationId: string;
  now: Date;
  /** The channel's id of the message carrying the code: a re-delivered one changes nothing. */
  externalId?: string;
  /** What the user wrote, kept in the target conversation's transcript. */
  text: string;
}

/**
 * What the resume service needs from the database (implemented in
 * `src/persistence/createResumeCodeStore.ts`), so the service itself stays framework-free.
 */
export interface ResumeCodeStore {
  /** The conversation's code, if it has one still valid at `now`. */
  findActiveCode(conversationId: string, now: Date): Promise<{ code: string; expiresAt: Date } | null>;
  /** Gives the code to the conversation; "taken" when another conversation holds it and it is still valid. */
  assignCode(conversationId: string, code: string, expiresAt: Date, now: Date): Promise<"assigned" | "taken">;
  /**
   * In one step: copies the state of the conversation holding `code` into the target, consumes
   * the code and records the message that carried it.
   */
  transfer(request: TransferRequest): Promise<TransferResult>;
}
