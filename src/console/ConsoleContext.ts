import type { Config } from "../kernel/config.ts";
import type { Logger } from "../kernel/createLogger.ts";
import type { Database } from "../persistence/Database.ts";
import type { ConsoleEvents } from "./live/ConsoleEvents.ts";
import type { AuditLog } from "./services/createAuditLog.ts";
import type { ContentReloader } from "./services/createContentReload.ts";
import type { HandoffDesk } from "./services/createHandoffDesk.ts";
import type { Insights } from "./services/createInsights.ts";
import type { OutboxDesk } from "./services/createOutboxDesk.ts";
import type { StaffAccounts } from "./services/createStaffAccounts.ts";
import type { StaffSessions } from "./services/createStaffSessions.ts";
import type { SubmissionDesk } from "./services/createSubmissionDesk.ts";

export type ContentReload = { ok: true } | { ok: false; problems: string[] };

/** What every console route needs, built once by the console module. */
export interface ConsoleContext {
  db: Database;
  config: Config;
  logger: Logger;
  /** Live updates for open consoles, across instances. */
  events: ConsoleEvents;
  /** Claim, reply, hand back, close: the handoff operations shared with the conversation service. */
  desk: HandoffDesk;
  /** Sign-in with its lockout, sign-out. */
  sessions: StaffSessions;
  /** Staff accounts: create, change, list (administrators). */
  accounts: StaffAccounts;
  /** Requests (submissions): list and export, open one, change its status. */
  submissions: SubmissionDesk;
  /** The mail outbox: list, retry an unsent mail (supervisors and administrators). */
  outbox: OutboxDesk;
  /** The dashboard and feedback figures; users' words for staff who reach the whole network. */
  insights: Insights;
  /** The audit log (administrators). */
  auditLog: AuditLog;
  /**
   * Reloads the content files (intents, answers, forms) on every instance; "unavailable" until the
   * conversation service is connected.
   */
  reloadContent: () => Promise<ContentReload | "unavailable">;
  /** The same reload asked by an administrator, audited. */
  contentReload: ContentReloader;
  now: () => Date;
}
