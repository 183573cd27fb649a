import { randomUUID } from "node:crypto";
import type { Database } from "../../../../src/persistence/Database.ts";

export interface SeededSubmission {
  province: string;
  atsId: string;
  formId?: string;
  actionIds?: string[];
  reference?: string;
  status?: string;
  conversationId?: string;
  createdAt?: Date;
  /** The facts the user reviewed, in Italian. */
  facts?: Array<{ label: string; value: string }>;
  title?: { it: string; en: string };
}

/**
 * A request as a form files it, stored directly (the interviews are tested elsewhere): a family's
 * childcare voucher unless the fields say otherwise. Returns its id.
 */
export async function seedSubmission(
  db: Database,
  { facts = [], title, createdAt = new Date(), ...fields }: SeededSubmission,
): Promise<string> {
  const id = randomUUID();
  await db.prisma.submission.create({
    data: {
      id,
      reference: `CVL-2026-${id
        .slice(0, 5)
        .toUpperCase()
        .replace(/[^0-9A-Z]/g, "X")}`,
      formId: "family_request",
      actionIds: ["family.childcare_voucher"],
      ...fields,
      data: { values: {}, facts: { it: facts, en: [] }, ...(title ? { title } : {}) },
      consentAt: createdAt,
      createdAt,
    },
  });
  return id;
}
