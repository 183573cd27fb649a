import { randomUUID } from "node:crypto";
import type { SubmissionDraft } from "../../conversation/submission/SubmissionDraft.ts";
import type { Prisma } from "../generated/client.ts";
import { toInputJson } from "../toInputJson.ts";

/** Stores a confirmed form; its mails go to the outbox in the same transaction (see enqueueMails). */
export async function createSubmission(
  tx: Prisma.TransactionClient,
  conversationId: string | undefined,
  draft: SubmissionDraft,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await tx.submission.create({
    data: {
      id,
      reference: draft.reference,
      conversationId: conversationId ?? null,
      formId: draft.formId,
      actionIds: draft.actionIds,
      province: draft.province ?? null,
      atsId: draft.atsId ?? null,
      data: toInputJson({ values: draft.data, facts: draft.facts, title: draft.title, lang: draft.lang }),
      consentAt: new Date(draft.consentAt),
      createdAt: now,
    },
  });
  return id;
}
