import { z } from "zod";

/** Every staff action the audit log knows; the admins' page filters by them. */
export const AuditActionSchema = z.enum([
  "login",
  "login_failed",
  "login_locked",
  "logout",
  "conversation.view",
  "conversation.claim",
  "conversation.reassign",
  "conversation.reply",
  "conversation.note",
  "conversation.handback",
  "conversation.close",
  "submission.view",
  "submission.status",
  "submission.export",
  "outbox.retry",
  "staff.create",
  "staff.update",
  "content.reload",
  "content.save",
  "content.publish",
  "content.discard",
  "content.rollback",
  "content.evaluate",
  "unanswered.view",
  "access.denied",
  "feedback.view",
  "feedback.export",
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;
