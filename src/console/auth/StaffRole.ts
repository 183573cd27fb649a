import { z } from "zod";

/**
 * operator: the conversations and submissions of one ATS; supervisor: every territory, the
 * dashboard's unanswered questions and the outbox; admin: also staff accounts, content reload and
 * the audit log.
 */
export const StaffRoleSchema = z.enum(["operator", "supervisor", "admin"]);
export type StaffRole = z.infer<typeof StaffRoleSchema>;
